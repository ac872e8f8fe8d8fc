/**
 * `npm run eval`: parses every gold-labelled fixture and scores each field against its
 * gold values, pooled over fixtures: accuracy for single values, precision / recall / F1
 * for lists, and for quotes also speaker and role accuracy on the matched ones.
 *
 *   npm run eval                       all fixtures, adapters on
 *   npm run eval -- --no-adapters      the generic path alone
 *   npm run eval -- --by-fixture       one line per fixture as well
 *   npm run eval -- --verbose          print every miss
 *   npm run eval -- --only html        one group of fixtures (html, built, markdown, text, dates)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArticle, type Article } from '../src/index.js';
import { findFixtures, type Fixture, type Gold } from './lib/fixtures.js';
import { judgeRole, judgeSpeaker, matchLists, norm, sameText, Tally, unscored, type GoldQuote } from './lib/score.js';
import { halfOf, loadSplit } from './lib/split.js';
import { devSetTable, loadDevSet, scoreDevSet } from './lib/quotes-devset.js';

const argv = process.argv.slice(2);
const adapters = !argv.includes('--no-adapters');
const byFixture = argv.includes('--by-fixture');
const verbose = argv.includes('--verbose');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;

type Fields = Map<string, Tally>;
const FIELD_ORDER = [
  'headline',
  'section',
  'publishedAt',
  'publishedAt day',
  'day precision',
  'modifiedAt',
  'subheadings',
  'captions',
  'bylines',
  'paragraphs',
  'quotes',
  'quote+speaker',
  'speaker accuracy',
  'role accuracy',
  'wrong speaker',
  'people',
];
const GROUP_TITLES: Record<string, string> = {
  html: 'html: real pages of the shared corpus',
  built: 'built: pages made from the markup reference for outlets the corpus lacks',
  markdown: 'markdown: corpus articles as crawlers save them',
  text: 'text: raw-text scrapes',
  'text-tune': 'text, tune half: scraped articles rules may be fitted on',
  'text-check': 'text, check half: scraped articles no rule was fitted on (the honest figure)',
  'dates-tune': 'dates, tune half: pages from abroad, publication day (rules may be fitted on these)',
  'dates-check': 'dates, check half: pages from abroad, publication day (no rule was fitted on these)',
};
// The half of each page of fixtures/dates/, from its manifest (fixtures/README.md says how it was split).
const dateHalves = new Map(
  readFileSync('fixtures/dates/MANIFEST.tsv', 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([file, half]) => [String(file), String(half)]),
);
const split = loadSplit();
const LISTS = new Set(['subheadings', 'captions', 'bylines', 'paragraphs', 'quotes', 'quote+speaker', 'people']);

function tally(fields: Fields, name: string): Tally {
  let t = fields.get(name);
  if (!t) fields.set(name, (t = new Tally()));
  return t;
}

function minute(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor(t / 60000);
}

function captionStrings(c: Gold['captions'] extends (infer T)[] | undefined ? T : never): string[] {
  if (typeof c === 'string') return [c];
  return c.credit ? [c.text, `${c.text} ${c.credit}`] : [c.text];
}

function score(fx: Fixture, a: Article, fields: Fields, misses: string[]): void {
  const g = fx.gold;
  const miss = (field: string, detail: string) => misses.push(`  ${field}: ${detail}`);
  if ('headline' in g) {
    const ok = norm(g.headline) === norm(a.headline);
    tally(fields, 'headline').check(ok);
    if (!ok) miss('headline', `gold ${JSON.stringify(g.headline)} got ${JSON.stringify(a.headline)}`);
  }
  if ('section' in g) {
    const ok = norm(g.section) === norm(a.section);
    tally(fields, 'section').check(ok);
    if (!ok) miss('section', `gold ${JSON.stringify(g.section)} got ${JSON.stringify(a.section)}`);
  }
  if (fx.group === 'dates') {
    // Pages from abroad: the day only, as each side writes it (in its own offset). A wrong
    // day is worse than none, so precision counts the pages where gisa gave one.
    const gold = g.published ? g.published.slice(0, 10) : null;
    const got = a.publishedAt ? a.publishedAt.slice(0, 10) : null;
    tally(fields, 'publishedAt day').check(gold === got);
    if (got) tally(fields, 'day precision').check(gold === got);
    if (gold !== got) miss('publishedAt day', `gold ${gold} got ${a.publishedAt}`);
    return;
  }
  for (const [field, gv, av] of [
    ['publishedAt', g.published, a.publishedAt],
    ['modifiedAt', g.modified, a.modifiedAt],
  ] as const) {
    if (gv === undefined) continue;
    // A bare date in the gold (`2014-09-03`: the page gives no time) is compared by day.
    const ok = gv && /^\d{4}-\d{2}-\d{2}$/.test(gv) ? (av ?? '').slice(0, 10) === gv : minute(gv) === minute(av);
    tally(fields, field).check(ok);
    if (!ok) miss(field, `gold ${gv} got ${av}`);
  }
  const list = <G, P>(field: string, gold: readonly G[] | undefined, pred: readonly P[], same: (g: G, p: P) => boolean, show: (x: G | P) => string) => {
    if (!gold) return [] as Array<[number, number]>;
    const pairs = matchLists(gold, pred, same);
    tally(fields, field).list(gold.length, pred.length, pairs.length);
    const gm = new Set(pairs.map((p) => p[0]));
    const pm = new Set(pairs.map((p) => p[1]));
    gold.forEach((x, i) => gm.has(i) || miss(field, `missed ${show(x)}`));
    pred.forEach((x, i) => pm.has(i) || miss(field, `extra ${show(x)}`));
    return pairs;
  };
  // The contract's subheadings are deck lines and in-body section heads; the corpus gold
  // labels the heads apart, as _crossheads.
  const heads = g.subheadings ? [...g.subheadings, ...((g._crossheads as string[] | undefined) ?? [])] : undefined;
  list('subheadings', heads, a.subheadings, sameText, (x) => JSON.stringify(x));
  list(
    'captions',
    g.captions,
    a.captions,
    (gc, pc) => {
      const preds = pc.credit ? [pc.text, `${pc.text} ${pc.credit}`, pc.credit] : [pc.text];
      return captionStrings(gc).some((gs) => preds.some((ps) => sameText(gs, ps)));
    },
    (x) => JSON.stringify(x),
  );
  list('bylines', g.byline, a.bylines, (gn, b) => norm(gn) === norm(b.name), (x) => JSON.stringify(typeof x === 'string' ? x : (x as { name: string }).name));
  list('paragraphs', g.paragraphs, a.paragraphs, sameText, (x) => JSON.stringify(String(x).slice(0, 60)));
  list('people', g.people, a.people, (gp, p) => norm(gp.name) === norm(p.name), (x) => JSON.stringify(x));
  if (g.quotes) {
    // Gold without locations labels body quotes only; the text corpus marks headline and
    // deck quotes with _headline instead.
    const located = g.quotes.some((q) => q.location);
    const pred = located ? a.quotes : a.quotes.filter((q) => q.location === 'body');
    const gold = located ? g.quotes : g.quotes.filter((q) => !(q as GoldQuote)._headline);
    const pairs = matchLists(gold, pred, (gq, pq) => sameText(gq.text, pq.text));
    // Uncertain, repeated and nested gold quotes count neither way (CONVENTIONS.md).
    const skipG = new Set(gold.flatMap((q, i) => (unscored(q as GoldQuote) ? [i] : [])));
    const skipP = new Set(pairs.filter(([gi]) => skipG.has(gi)).map(([, pi]) => pi));
    const scored = pairs.filter(([gi]) => !skipG.has(gi));
    const gm = new Set(pairs.map((p) => p[0]));
    const pm = new Set(pairs.map((p) => p[1]));
    gold.forEach((x, i) => gm.has(i) || skipG.has(i) || miss('quotes', `missed ${JSON.stringify(x.text.slice(0, 50))}`));
    pred.forEach((x, i) => pm.has(i) || miss('quotes', `extra ${JSON.stringify(x.text.slice(0, 50))}`));
    const nGold = gold.length - skipG.size;
    const nPred = pred.length - skipP.size;
    tally(fields, 'quotes').list(nGold, nPred, scored.length);
    let withSpeaker = 0;
    for (const [gi, pi] of scored) {
      const gq = gold[gi] as GoldQuote;
      const pq = pred[pi] as Article['quotes'][number];
      const verdict = judgeSpeaker(gq, pq.speaker);
      tally(fields, 'speaker accuracy').check(verdict === 'right');
      tally(fields, 'wrong speaker').check(verdict === 'wrong');
      const said = pq.speaker ? `${pq.speaker.name ?? `(${pq.speaker.role ?? pq.speaker.organization ?? '-'})`}` : null;
      if (verdict === 'right') withSpeaker += 1;
      else miss(`speaker ${verdict}`, `${JSON.stringify(gq.text.slice(0, 30))} gold ${gq.speaker ?? `(${gq.role ?? gq._group_speaker ?? '-'})`} got ${said}`);
      const roleOk = judgeRole(gq, pq.speaker);
      tally(fields, 'role accuracy').check(roleOk);
      if (!roleOk) miss('role', `${JSON.stringify(gq.text.slice(0, 30))} gold ${gq.role ?? null} got ${pq.speaker?.role ?? null}`);
    }
    tally(fields, 'quote+speaker').list(nGold, nPred, withSpeaker);
  }
}

function fmt(n: number): string {
  return n.toFixed(3);
}

function printTable(title: string, fields: Fields, count: number): void {
  console.log(`\n${title} (${count} fixtures)`);
  console.log('| field | n | accuracy | precision | recall | F1 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const name of FIELD_ORDER) {
    const t = fields.get(name);
    if (!t) continue;
    if (LISTS.has(name)) console.log(`| ${name} | ${t.tp + t.fn} | | ${fmt(t.precision)} | ${fmt(t.recall)} | ${fmt(t.f1)} |`);
    else console.log(`| ${name} | ${t.total} | ${fmt(t.accuracy)} | | | |`);
  }
}

const fixtures = findFixtures('fixtures').filter((f) => !only || f.group === only);

interface Run {
  pooled: Fields;
  byGroup: Map<string, { fields: Fields; count: number }>;
  failures: number;
}

/** Parses and scores every fixture with adapters on or off; `report` prints misses per fixture. */
function evaluate(list: typeof fixtures, withAdapters: boolean, report: boolean): Run {
  const run: Run = { pooled: new Map(), byGroup: new Map(), failures: 0 };
  for (const fx of list) {
    const misses: string[] = [];
    let article: Article;
    try {
      article = parseArticle(readFileSync(fx.input), { url: fx.gold.url, adapters: withAdapters });
    } catch (error) {
      run.failures += 1;
      console.log(`${fx.name}: FAILED ${(error as Error).message}`);
      continue;
    }
    const own: Fields = new Map();
    score(fx, article, own, misses);
    const half = fx.group === 'text' ? halfOf(split, fx.input) : fx.group === 'dates' ? (dateHalves.get(basename(fx.input)) ?? null) : null;
    const groupName = half ? `${fx.group}-${half}` : fx.group;
    const group = run.byGroup.get(groupName) ?? { fields: new Map(), count: 0 };
    group.count += 1;
    run.byGroup.set(groupName, group);
    for (const target of [run.pooled, group.fields]) {
      for (const [name, t] of own) {
        const into = tally(target, name);
        into.tp += t.tp;
        into.fp += t.fp;
        into.fn += t.fn;
        into.right += t.right;
        into.total += t.total;
      }
    }
    if (report && (byFixture || (verbose && misses.length))) {
      const q = own.get('quote+speaker');
      const c = own.get('captions');
      console.log(`${fx.name}: headline ${own.get('headline')?.right ?? '-'} published ${own.get('publishedAt')?.right ?? '-'} captions F1 ${c ? fmt(c.f1) : '-'} quote+speaker F1 ${q ? fmt(q.f1) : '-'}`);
    }
    if (report && verbose) for (const m of misses) console.log(m);
  }
  return run;
}

/** One table, a column per group: F1 for list fields, accuracy (or rate) for the others. */
function printSideBySide(groups: Array<[string, { fields: Fields; count: number }]>): void {
  console.log(`\nSide by side (F1 for lists, accuracy otherwise; n in brackets). The text check half is the honest figure.`);
  console.log(`| field | ${groups.map(([n, g]) => `${n} (${g.count})`).join(' | ')} |`);
  console.log(`| --- | ${groups.map(() => '---:').join(' | ')} |`);
  for (const name of FIELD_ORDER) {
    if (!groups.some(([, g]) => g.fields.has(name))) continue;
    const cells = groups.map(([, g]) => {
      const t = g.fields.get(name);
      if (!t) return '';
      return LISTS.has(name) ? `${fmt(t.f1)} [${t.tp + t.fn}]` : `${fmt(t.accuracy)} [${t.total}]`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}

const { pooled, byGroup, failures } = evaluate(fixtures, adapters, true);
printTable(`All fixtures${adapters ? '' : ', adapters off'}`, pooled, fixtures.length - failures);
const ORDER = ['text-check', 'text-tune', 'text', 'html', 'built', 'markdown', 'dates-check', 'dates-tune'];
const groups = [...byGroup].sort((a, b) => ORDER.indexOf(a[0]) - ORDER.indexOf(b[0]));
if (byGroup.size > 1) for (const [name, group] of groups) printTable(GROUP_TITLES[name] ?? name, group.fields, group.count);
if (byGroup.size > 1) printSideBySide(groups);
// How gisa does on outlets it has no adapter for: the real HTML pages through the generic path alone.
if (adapters && (!only || only === 'html')) {
  const generic = evaluate(fixtures.filter((f) => f.group === 'html'), false, false);
  const html = generic.byGroup.get('html');
  if (html) printTable('html, adapters off: the generic path alone', html.fields, html.count);
}
// The quote dev set (fixtures/quotes/) is scored apart: its articles are text with hand-made quote labels.
if (!only) console.log(`\n${devSetTable(scoreDevSet(loadDevSet())).join('\n')}`);
if (failures) {
  console.log(`\n${failures} fixture(s) failed to parse`);
  process.exitCode = 1;
}
