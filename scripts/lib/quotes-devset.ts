/**
 * The quote dev set (`fixtures/quotes/`): loading it and scoring gisa's quotes against it.
 * Each article is `<name>.txt` (headline line, then body paragraphs) beside
 * `<name>.quotes.json` (the quotes a careful reader finds, with speaker and role).
 * Used by `npm run eval` (table) and `scripts/quotes-eval.ts` (every miss).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from '../../src/index.js';
import { key, norm, sameText, Tally } from './score.js';

/** One labelled quote. */
export interface DevQuote {
  text: string;
  speaker: string | null;
  role: string | null;
  organization: string | null;
  title: string | null;
  location: 'headline' | 'subheading' | 'body' | 'caption';
  /** The phenomenon the quote shows (`before-quote`, `coref-surname-title`, `broadcast-bracket` …). */
  pattern: string;
  /** A span a reader could count either way: never a miss, never an extra. */
  optional?: boolean;
  note?: string;
}

/** One article of the dev set. */
export interface DevArticle {
  name: string;
  textPath: string;
  text: string;
  quotes: DevQuote[];
}

/** Every article of the dev set under `dir` (an article needs both files). */
export function loadDevSet(dir = 'fixtures/quotes'): DevArticle[] {
  if (!existsSync(dir)) return [];
  const out: DevArticle[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.quotes.json')) continue;
    const name = entry.slice(0, -'.quotes.json'.length);
    const textPath = join(dir, `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const labels = JSON.parse(readFileSync(join(dir, entry), 'utf8')) as { quotes: DevQuote[] };
    out.push({ name, textPath, text: readFileSync(textPath, 'utf8'), quotes: labels.quotes });
  }
  return out;
}

type Predicted = Article['quotes'][number];

/** What went wrong on one article, for `--verbose`. */
export interface Miss {
  article: string;
  kind: 'missed' | 'extra' | 'speaker' | 'role';
  detail: string;
}

/** Pooled counts over the dev set. */
export interface DevScore {
  articles: number;
  quotes: Tally;
  withSpeaker: Tally;
  speaker: Tally;
  role: Tally;
  roleExact: Tally;
  orgTitle: Tally;
  byPattern: Map<string, { found: Tally; speaker: Tally }>;
  misses: Miss[];
}

function tally(map: Map<string, { found: Tally; speaker: Tally }>, pattern: string) {
  let t = map.get(pattern);
  if (!t) map.set(pattern, (t = { found: new Tally(), speaker: new Tally() }));
  return t;
}

/**
 * One-to-one matching of labelled and predicted quotes: equal texts in the same place
 * first, then equal texts, then the corpus rule (90% shared bigrams, or one text containing the other), so a short quote
 * is not taken by a longer one that merely contains it.
 */
export function matchQuotes(gold: readonly DevQuote[], pred: readonly Predicted[]): Array<[number, number]> {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const passes: Array<(g: DevQuote, p: Predicted) => boolean> = [
    (g, p) => key(g.text) === key(p.text) && g.location === p.location,
    (g, p) => key(g.text) === key(p.text),
    (g, p) => sameText(g.text, p.text),
  ];
  for (const same of passes) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const pi = pred.findIndex((p, i) => !usedP.has(i) && same(g, p));
      if (pi === -1) return;
      usedG.add(gi);
      usedP.add(pi);
      pairs.push([gi, pi]);
    });
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Whether the predicted speaker is the labelled one: same name; for unnamed sources, no name but a role. */
export function sameSpeaker(g: DevQuote, p: Predicted): boolean {
  const name = p.speaker?.name ?? null;
  if (g.speaker !== null) return norm(g.speaker) === norm(name);
  if (g.role === null) return p.speaker === null || (name === null && !p.speaker.role);
  return p.speaker !== null && name === null && !!p.speaker.role;
}

/** Roles agree as the corpus README counts them: equal, or one containing the other. */
export function sameRole(gold: string | null, pred: string | null | undefined): boolean {
  const g = key(gold);
  const p = key(pred);
  return g === p || (!!g && !!p && (g.includes(p) || p.includes(g)));
}

/** How an article's quotes are produced: by default its dev-set text parsed as text. */
export type QuoteReader = (article: DevArticle) => Article['quotes'];

const asText: QuoteReader = (article) => parseArticle(article.text, { format: 'text' }).quotes;

/**
 * The original page of a dev-set article (`fixtures/html/<name>.html`, or the seed text)
 * parsed the way a user would, through the HTML frontend and its site adapters.
 */
export const fromPage: QuoteReader = (article) => {
  const html = `fixtures/html/${article.name}.html`;
  if (!existsSync(html)) return asText(article);
  const gold = JSON.parse(readFileSync(html.replace(/\.html$/, '.gold.json'), 'utf8')) as { url?: string };
  return parseArticle(readFileSync(html), gold.url ? { url: gold.url } : {}).quotes;
};

/** Parses every dev-set article (as text, or with `read`) and scores its quotes. */
export function scoreDevSet(articles: readonly DevArticle[], read: QuoteReader = asText): DevScore {
  const score: DevScore = {
    articles: articles.length,
    quotes: new Tally(),
    withSpeaker: new Tally(),
    speaker: new Tally(),
    role: new Tally(),
    roleExact: new Tally(),
    orgTitle: new Tally(),
    byPattern: new Map(),
    misses: [],
  };
  for (const article of articles) {
    const pred = read(article);
    const pairs = matchQuotes(article.quotes, pred);
    const matchedG = new Set(pairs.map((p) => p[0]));
    const matchedP = new Set(pairs.map((p) => p[1]));
    const miss = (kind: Miss['kind'], detail: string) => score.misses.push({ article: article.name, kind, detail });
    let gold = 0;
    let predicted = 0;
    let tp = 0;
    let right = 0;
    article.quotes.forEach((g, gi) => {
      if (g.optional) return;
      gold += 1;
      const found = matchedG.has(gi);
      tally(score.byPattern, g.pattern).found.check(found);
      if (!found) miss('missed', `[${g.pattern}] ${JSON.stringify(g.text.slice(0, 60))} (${g.speaker ?? '-'} / ${g.role ?? '-'})`);
    });
    pred.forEach((p, pi) => {
      if (matchedP.has(pi)) return;
      predicted += 1;
      miss('extra', `${p.location} ${JSON.stringify(p.text.slice(0, 60))} (${p.speaker?.name ?? '-'} / ${p.speaker?.role ?? '-'})`);
    });
    for (const [gi, pi] of pairs) {
      const g = article.quotes[gi] as DevQuote;
      const p = pred[pi] as Predicted;
      if (g.optional) continue;
      predicted += 1;
      tp += 1;
      const speakerOk = sameSpeaker(g, p);
      score.speaker.check(speakerOk);
      tally(score.byPattern, g.pattern).speaker.check(speakerOk);
      if (speakerOk) right += 1;
      else miss('speaker', `[${g.pattern}] ${JSON.stringify(g.text.slice(0, 40))} gold ${g.speaker ?? `(${g.role ?? '-'})`} got ${p.speaker?.name ?? `(${p.speaker?.role ?? '-'})`}`);
      const roleOk = sameRole(g.role, p.speaker?.role);
      score.role.check(roleOk);
      score.roleExact.check(norm(g.role) === norm(p.speaker?.role));
      score.orgTitle.check(norm(g.organization) === norm(p.speaker?.organization) && norm(g.title) === norm(p.speaker?.title));
      if (!roleOk) miss('role', `[${g.pattern}] ${JSON.stringify(g.text.slice(0, 40))} gold ${g.role ?? '-'} got ${p.speaker?.role ?? '-'}`);
    }
    score.quotes.list(gold, predicted, tp);
    score.withSpeaker.list(gold, predicted, right);
  }
  return score;
}

const f3 = (n: number) => n.toFixed(3);

/** The dev-set table as Markdown lines. */
export function devSetTable(score: DevScore): string[] {
  const q = score.quotes;
  const s = score.withSpeaker;
  const golds = q.tp + q.fn;
  return [
    `Quote dev set (fixtures/quotes: ${score.articles} articles, ${golds} quotes)`,
    '| measure | n | value | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| quote F1 | ${golds} | ${f3(q.f1)} | ${f3(q.precision)} | ${f3(q.recall)} |`,
    `| speaker accuracy | ${score.speaker.total} | ${f3(score.speaker.accuracy)} | | |`,
    `| role accuracy | ${score.role.total} | ${f3(score.role.accuracy)} | | |`,
    `| quote-with-correct-speaker F1 | ${golds} | ${f3(s.f1)} | ${f3(s.precision)} | ${f3(s.recall)} |`,
    `| role exact | ${score.roleExact.total} | ${f3(score.roleExact.accuracy)} | | |`,
    `| organization + title exact | ${score.orgTitle.total} | ${f3(score.orgTitle.accuracy)} | | |`,
  ];
}

/** Recall and speaker accuracy per pattern, as Markdown lines. */
export function patternTable(score: DevScore): string[] {
  const lines = ['| pattern | quotes | found | speaker right |', '| --- | ---: | ---: | ---: |'];
  for (const [pattern, t] of [...score.byPattern].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`| ${pattern} | ${t.found.total} | ${f3(t.found.accuracy)} | ${f3(t.speaker.accuracy)} |`);
  }
  return lines;
}
