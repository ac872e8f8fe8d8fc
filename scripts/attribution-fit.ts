/**
 * `npx tsx scripts/attribution-fit.ts`: how often each kind of attribution evidence is right,
 * on the sets rules may be fitted on (the tune half of fixtures/text, the HTML pages, the quote
 * dev set). Runs with the threshold at 0 so every candidate shows with its score; prints, per
 * evidence and feature combination, right / wrong counts and the score gisa gives it. The
 * check half is never read here.
 *
 *   --by-score   also print precision by score bucket (what the threshold would keep)
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/index.js';
import { attributionSettings } from '../src/rules/attribution.js';
import { findFixtures } from './lib/fixtures.js';
import { judgeSpeaker, matchLists, sameText, unscored, type GoldQuote } from './lib/score.js';
import { halfOf, loadSplit } from './lib/split.js';
import { loadDevSet } from './lib/quotes-devset.js';

const trace: NonNullable<typeof attributionSettings.trace> = [];
attributionSettings.threshold = 0;
attributionSettings.trace = trace;

const split = loadSplit();
const rows = new Map<string, { right: number; wrong: number; missing: number; score: number }>();
const byScore = new Map<number, { right: number; wrong: number }>();

function record(gold: GoldQuote[], input: string | Uint8Array, options: Parameters<typeof parseArticle>[1]): void {
  trace.length = 0;
  const article = parseArticle(input, options);
  const body = article.quotes.filter((q) => q.location === 'body');
  const pairs = matchLists(gold, body, (g, p) => sameText(g.text, p.text));
  for (const [gi, pi] of pairs) {
    const g = gold[gi] as GoldQuote;
    if (unscored(g)) continue;
    const p = body[pi]!;
    const t = trace.find((e) => e.text === p.text);
    const evidence = (t?.evidence || 'label/other').replace(/gap=(\d+)/, (_, n) => `gap=${Math.min(Number(n), 4)}`);
    const verdict = judgeSpeaker(g, p.speaker);
    if (verdict === 'wrong' && process.argv.includes('--wrong')) {
      const said = p.speaker ? (p.speaker.name ?? `(${p.speaker.role})`) : null;
      console.log(`${evidence.slice(0, 20)} | ${JSON.stringify(g.text.slice(0, 24))} gold ${g.speaker ?? `(${g.role ?? g._group_speaker})`} got ${said}`);
    }
    const row = rows.get(evidence) ?? { right: 0, wrong: 0, missing: 0, score: p.confidence };
    row[verdict] += 1;
    rows.set(evidence, row);
    const bucket = Math.floor(p.confidence * 10) / 10;
    const b = byScore.get(bucket) ?? { right: 0, wrong: 0 };
    if (verdict === 'right') b.right += 1;
    else if (verdict === 'wrong') b.wrong += 1;
    byScore.set(bucket, b);
  }
}

const sets = (process.argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'tune,html,dev').split(',');
for (const fx of findFixtures('fixtures')) {
  const half = fx.group === 'text' ? halfOf(split, fx.input) : null;
  const set = half === 'tune' ? 'tune' : fx.group === 'html' ? 'html' : null;
  if (!set || !sets.includes(set) || !fx.gold.quotes) continue;
  const gold = (fx.gold.quotes as GoldQuote[]).filter((q) => !q._headline && (!q.location || q.location === 'body'));
  record(gold, readFileSync(fx.input), { url: fx.gold.url });
}
if (sets.includes('dev')) {
  for (const a of loadDevSet()) record(a.quotes.filter((q) => q.location === "body" && !q.optional) as unknown as GoldQuote[], a.text, { format: 'text' });
}

console.log('| evidence | right | wrong | missing | score |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [k, r] of [...rows].sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong))) {
  console.log(`| ${k} | ${r.right} | ${r.wrong} | ${r.missing} | ${r.score.toFixed(2)} |`);
}
if (process.argv.includes('--by-score')) {
  console.log('\n| score ≥ | right | wrong |');
  for (const [k, b] of [...byScore].sort((a, b) => a[0] - b[0])) console.log(`| ${k.toFixed(1)} | ${b.right} | ${b.wrong} |`);
}
