/**
 * CLI throughput: the built `dist/cli.js` over a generated JSON Lines file (the fixture
 * pages repeated, each record with `id`, `url` and `html`), timed from spawn to exit, so
 * worker start-up and output writing are included as users would see them. Peak RSS
 * comes from the CLI's own summary line (getrusage covers the worker threads too).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** One CLI run. */
export interface CliRun {
  jobs: number;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  /** CPU time of all the CLI's threads: divided by `seconds`, how many CPUs it kept busy. */
  cpuSeconds: number;
  peakRssMiB: number;
  /** Records the CLI reported; must equal `records` (nothing lost). */
  reported: number;
  failed: number;
}

/** Writes `count` records cycling through `pages` to `path`, streaming, with back-pressure. */
export async function writeCorpus(path: string, pages: readonly string[], count: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const line = `${JSON.stringify({ id: i, url: `https://bench.gisa.invalid/${i}`, html: pages[i % pages.length] })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

const SUMMARY = /^gisa: (\d+) records, (\d+) ok, (\d+) failed.* \(([\d.]+) records\/s, CPU ([\d.]+) s, peak RSS (\d+) MiB\)$/m;

/** Runs the CLI over `path` with `--jobs jobs`, output to /dev/null. */
export async function runCli(path: string, jobs: number, records: number): Promise<CliRun> {
  const start = performance.now();
  const child = spawn(process.execPath, ['dist/cli.js', path, '--jobs', String(jobs), '--out', '/dev/null', '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  const seconds = (performance.now() - start) / 1000;
  const m = stderr.match(SUMMARY);
  if (!m || (code !== 0 && code !== 1)) throw new Error(`the CLI run failed (exit ${code}): ${stderr}`);
  return {
    jobs,
    records,
    seconds,
    recordsPerSecond: records / seconds,
    cpuSeconds: Number(m[5]),
    peakRssMiB: Number(m[6]),
    reported: Number(m[1]),
    failed: Number(m[3]),
  };
}
