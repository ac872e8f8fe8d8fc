/**
 * `npm run bench:adversarial`: each hostile input of the robustness suite at 1× and 10×
 * its size, timed (median of runs), with the time per MB, the growth ratio and the peak
 * resident memory. Linear time means the 10× input takes at most about 10× as long (the
 * target is ≤ 12×).
 *
 * Every case and scale runs in a process of its own, so that the peak RSS it reports is
 * that input's alone (a process's high-water mark cannot be reset). The figure includes
 * Node, tsx and gisa's code (about 100 MB before any input is made) and the input itself.
 *
 *   npm run bench:adversarial                 all cases, 1× and 10×
 *   npm run bench:adversarial -- --quick      1× and 3×, one run each
 *   npm run bench:adversarial -- --only=table the cases whose name holds "table"
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GisaError, parseArticle } from '../src/index.js';
import { adversarialMakers } from '../test/adversarial/cases.js';
import { collectGarbage } from './bench/stats.js';

interface Measured {
  bytes: number;
  ms: number;
  outcome: string;
  peakRssMb: number;
}

const options = { maxInputBytes: 2 ** 30 };
const argument = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/** In a child: makes case `index` at `scale`, parses it `runs` times, prints one JSON line. */
function measureHere(index: number, scale: number, runs: number): void {
  const maker = adversarialMakers(scale)[index];
  if (!maker) throw new Error(`no case ${index}`);
  const c = maker.make();
  const times: number[] = [];
  let outcome = '';
  for (let r = 0; r < runs; r += 1) {
    // Each run starts on a collected heap: the last run's garbage is not billed to this one.
    collectGarbage();
    const t = performance.now();
    try {
      const a = parseArticle(c.input, options);
      outcome = `${a.paragraphs.length} paragraphs, ${a.quotes.length} quotes${a.warnings.some((w) => w.code === 'INPUT_TRUNCATED') ? ', cut' : ''}`;
    } catch (error) {
      outcome = error instanceof GisaError ? error.code : `THREW ${String(error)}`;
    }
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const measured: Measured = {
    bytes: c.bytes,
    ms: times[Math.floor(times.length / 2)] as number,
    outcome,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}

/** Runs one case and scale in a fresh process and reads back what it measured. */
function measureApart(index: number, scale: number, runs: number): Measured {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, `--case=${index}`, `--scale=${scale}`, `--runs=${runs}`], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`case ${index} ×${scale} failed: ${child.stderr}`);
  return JSON.parse(line) as Measured;
}

function table(): void {
  const quick = process.argv.includes('--quick');
  const big = quick ? 3 : 10;
  const runs = quick ? 1 : 3;
  const only = argument('only');
  const mb = (n: number) => n / 2 ** 20;
  console.log(`| case | size 1× | time 1× | ms/MB 1× | peak RSS 1× | size ${big}× | time ${big}× | ms/MB ${big}× | peak RSS ${big}× | growth | result 1× |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  let worst = 0;
  let worstRate = 0;
  adversarialMakers(1).forEach((maker, i) => {
    if (only && !maker.name.includes(only)) return;
    const a = measureApart(i, 1, runs);
    const b = measureApart(i, big, runs);
    const growth = b.ms / Math.max(a.ms, 0.01) / (b.bytes / a.bytes);
    worst = Math.max(worst, growth);
    // Per-MB rates of inputs under 0.1 MB say more about start-up than about the input.
    for (const m of [a, b]) if (m.bytes > 0.1 * 2 ** 20) worstRate = Math.max(worstRate, m.ms / mb(m.bytes));
    console.log(
      `| ${maker.name} | ${mb(a.bytes).toFixed(2)} MB | ${a.ms.toFixed(0)} ms | ${(a.ms / mb(a.bytes)).toFixed(0)} | ${a.peakRssMb.toFixed(0)} MB | ${mb(b.bytes).toFixed(1)} MB | ${b.ms.toFixed(0)} ms | ${(b.ms / mb(b.bytes)).toFixed(0)} | ${b.peakRssMb.toFixed(0)} MB | ${(growth * big).toFixed(1)}× for ${big}× | ${a.outcome} |`,
    );
  });
  console.log(`\nWorst growth: ${(worst * big).toFixed(1)}× time for ${big}× input (target ≤ ${big === 10 ? 12 : (big * 1.2).toFixed(1)}×).`);
  console.log(`Worst rate: ${worstRate.toFixed(0)} ms per MB.`);
}

const caseIndex = argument('case');
if (caseIndex !== undefined) measureHere(Number(caseIndex), Number(argument('scale') ?? 1), Number(argument('runs') ?? 1));
else table();
