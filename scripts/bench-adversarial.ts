/**
 * `npm run bench:adversarial`: each hostile input of the robustness suite at 1× and 10×
 * its size, timed (median of runs), with the time per MB and the growth ratio. Linear
 * time means the 10× input takes at most about 10× as long (the target is ≤ 12×).
 *
 *   npm run bench:adversarial                 all cases, 1× and 10×
 *   npm run bench:adversarial -- --quick      1× and 3×, one run each
 */
import { GisaError, parseArticle } from '../src/index.js';
import { adversarialMakers, type AdversarialCase } from '../test/adversarial/cases.js';
import { collectGarbage } from './bench/stats.js';

const quick = process.argv.includes('--quick');
const big = quick ? 3 : 10;
const runs = quick ? 1 : 3;
const options = { maxInputBytes: 2 ** 30 };

function time(input: string | Uint8Array): { ms: number; outcome: string } {
  const times: number[] = [];
  let outcome = '';
  for (let r = 0; r < runs; r += 1) {
    // Each run starts on a collected heap: the last run's garbage is not billed to this one.
    collectGarbage();
    const t = performance.now();
    try {
      const a = parseArticle(input, options);
      outcome = `${a.paragraphs.length} paragraphs, ${a.quotes.length} quotes`;
    } catch (error) {
      outcome = error instanceof GisaError ? error.code : `THREW ${String(error)}`;
    }
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, outcome };
}

const small = adversarialMakers(1);
const large = adversarialMakers(big);
// One input at a time, made just before it is timed, with the garbage of the last one
// collected first (node --expose-gc): otherwise every other case's input, hundreds of MB
// together, stays live and slows the collector for the biggest cases.
function made(make: () => AdversarialCase): AdversarialCase {
  collectGarbage();
  return make();
}
console.log(`| case | size 1× | time 1× | ms/MB 1× | size ${big}× | time ${big}× | ms/MB ${big}× | growth | result 1× |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
let worst = 0;
small.forEach((maker, i) => {
  const c = made(maker.make);
  const a = time(c.input);
  const l = made((large[i] as (typeof large)[number]).make);
  const b = time(l.input);
  const mb = (n: number) => n / 2 ** 20;
  const growth = b.ms / Math.max(a.ms, 0.01) / (l.bytes / c.bytes);
  worst = Math.max(worst, growth);
  console.log(
    `| ${c.name} | ${mb(c.bytes).toFixed(2)} MB | ${a.ms.toFixed(0)} ms | ${(a.ms / mb(c.bytes)).toFixed(0)} | ${mb(l.bytes).toFixed(1)} MB | ${b.ms.toFixed(0)} ms | ${(b.ms / mb(l.bytes)).toFixed(0)} | ${(growth * big).toFixed(1)}× for ${big}× | ${a.outcome} |`,
  );
});
console.log(`\nWorst growth: ${(worst * big).toFixed(1)}× time for ${big}× input (target ≤ ${big === 10 ? 12 : (big * 1.2).toFixed(1)}×).`);
