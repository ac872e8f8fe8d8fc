/**
 * `npm run bench`: one run, one table.
 *
 * 1. ms per page on the gold-labelled HTML fixtures for gisa, htmlparser2's bare
 *    parseDocument (the floor), Readability on jsdom, Readability on linkedom and
 *    @extractus/article-extractor, with headline and publishedAt accuracy beside each.
 * 2. CLI throughput over a generated JSON Lines file of the fixture pages at --jobs 1 and
 *    --jobs 2, and peak RSS at a tenth of the records against all of them.
 *
 * Timings are medians of repeated runs; every ratio compares numbers from this run.
 *
 *   npm run bench                          defaults: 5 page rounds, 20,000 records, 3 CLI repeats
 *   npm run bench -- --quick               2 page rounds, 2,000 records, 1 CLI repeat
 *   npm run bench -- --rounds 9 --records 50000 --cli-repeat 5
 *   npm run bench -- --no-cli | --no-pages
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchPages, loadPages, type PageResult } from './bench/pages.js';
import { mark, median, ms, share, times } from './bench/stats.js';
import { runCli, writeCorpus, type CliRun } from './bench/throughput.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
function numberArg(name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const n = i === -1 ? fallback : Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a whole number >= 1`);
  return n;
}
const rounds = numberArg('--rounds', quick ? 2 : 5);
const records = numberArg('--records', quick ? 2000 : 20000);
const cliRepeat = numberArg('--cli-repeat', quick ? 1 : 3);
const small = Math.max(1, Math.round(records / 10));
const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = new Intl.NumberFormat('en-US');

type Row = [string, string, string, string, string, string, string];

function pageRows(results: PageResult[]): Row[] {
  const gisa = results.find((r) => r.name === 'gisa') as PageResult;
  const floor = results.find((r) => !r.scored) as PageResult;
  const acc = (t: { right: number; total: number }) => (t.total ? t.right / t.total : 0);
  return results.map((r) => {
    let check = '';
    if (r === gisa) {
      const ratio = gisa.msPerPage / floor.msPerPage;
      check = `gisa / floor ${times(ratio)} (target ≤ 3×) ${mark(ratio <= 3)}`;
    } else if (r.scored) {
      const ratio = r.msPerPage / gisa.msPerPage;
      const speed = r.name.includes('jsdom') ? `${times(ratio)} gisa's time (target ≥ 10×) ${mark(ratio >= 10)}` : `${times(ratio)} gisa's time`;
      const better = `gisa more accurate: headline ${mark(acc(gisa.headline) > acc(r.headline))}, publishedAt ${mark(acc(gisa.publishedAt) > acc(r.publishedAt))}`;
      check = `${speed}; ${better}`;
    }
    if (r.crashes) check += `; threw on ${r.crashes} pages`;
    return [r.name, ms(r.msPerPage), r.scored ? share(r.headline.right, r.headline.total) : '', r.scored ? share(r.publishedAt.right, r.publishedAt.total) : '', '', '', check];
  });
}

function medianRun(runs: CliRun[]): CliRun {
  const byTime = [...runs].sort((a, b) => a.seconds - b.seconds);
  const mid = byTime[byTime.length >> 1] as CliRun;
  return { ...mid, peakRssMiB: median(runs.map((r) => r.peakRssMiB)) };
}

function cliRows(ones: CliRun[], twos: CliRun[], smalls: CliRun[]): Row[] {
  const [one, two, twoSmall] = [medianRun(ones), medianRun(twos), medianRun(smalls)];
  const speedup = two.recordsPerSecond / one.recordsPerSecond;
  const memory = two.peakRssMiB / twoSmall.peakRssMiB;
  const lost = [...ones, ...twos, ...smalls].some((r) => r.reported !== r.records);
  // CPU time over wall time: how many CPUs the run kept busy. Well under --jobs means
  // the workers waited, for the CPU (a busy machine) or for the reader and writer.
  const busy = (r: CliRun) => `${(r.cpuSeconds / r.seconds).toFixed(2)} CPUs busy`;
  const row = (r: CliRun, check: string): Row => [`CLI --jobs ${r.jobs}, ${fmt.format(r.records)} records`, '', '', '', fmt.format(Math.round(r.recordsPerSecond)), `${r.peakRssMiB} MiB`, check];
  return [
    row(one, `${lost ? 'records lost ✗' : 'one line per record ✓'}; ${busy(one)}`),
    row(two, `${times(speedup)} --jobs 1 (target ≥ 1.7×) ${mark(speedup >= 1.7)}; RSS ${fmt.format(two.records)} / ${fmt.format(twoSmall.records)} records ${times(memory)} (target ≤ 2×) ${mark(memory <= 2)}; ${busy(two)}`),
    row(twoSmall, busy(twoSmall)),
  ];
}

async function benchCli(pages: string[]): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gisa-bench-'));
  try {
    const big = join(dir, 'corpus.jsonl');
    const little = join(dir, 'corpus-small.jsonl');
    log(`writing ${fmt.format(records)} + ${fmt.format(small)} records…`);
    const bytes = await writeCorpus(big, pages, records);
    await writeCorpus(little, pages, small);
    log(`  ${(bytes / 2 ** 20).toFixed(0)} MiB of JSON Lines`);
    const ones: CliRun[] = [];
    const twos: CliRun[] = [];
    const smalls: CliRun[] = [];
    // Interleaved, so drift in machine speed hits both job counts alike.
    for (let i = 1; i <= cliRepeat; i += 1) {
      ones.push(await runCli(big, 1, records));
      twos.push(await runCli(big, 2, records));
      smalls.push(await runCli(little, 2, small));
      log(`  CLI repeat ${i}/${cliRepeat}: --jobs 1 ${ones.at(-1)?.seconds.toFixed(1)} s, --jobs 2 ${twos.at(-1)?.seconds.toFixed(1)} s`);
    }
    return cliRows(ones, twos, smalls);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const loadBefore = loadavg()[0] ?? 0;
const pages = loadPages();
log(`gisa bench: ${pages.length} HTML pages, node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
const rows: Row[] = [];
if (!argv.includes('--no-pages')) rows.push(...pageRows(await benchPages(pages, rounds, log)));
if (!argv.includes('--no-cli')) rows.push(...(await benchCli(pages.map((p) => p.html))));

const header: Row = ['run', 'ms/page', 'headline', 'publishedAt', 'records/s', 'peak RSS', 'against the target'];
// The load average says whether something else competed for the CPUs during the run.
const load = `load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`;
console.log(`\n${pages.length} pages × ${rounds} rounds (median), CLI ${cliRepeat}× (median); node ${process.version}, ${cpus().length} CPUs, ${load}\n`);
console.log(`| ${header.join(' | ')} |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | --- |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
