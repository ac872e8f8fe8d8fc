import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { DEFAULT_MAX_INPUT_BYTES, type ParseOptions } from '../index.js';
import { parseArgs, USAGE, DEFAULT_GLOB, type CliArgs } from './args.js';
import { runBatch } from './batch.js';
import { readCapped } from './bytes.js';
import { compileGlobs } from './glob.js';
import { kindOf, readInputs, readSmallFile, stdinKind, tooLarge, type InputContext } from './inputs.js';
import { WorkerPool } from './pool.js';
import { ProgressBar, renderSummary, zeroCounts } from './progress.js';
import { errorOf, failDoc, failLine, parseOne, type RecordConfig, type Task } from './records.js';
import { Sink } from './sink.js';

declare const __GISA_VERSION__: string | undefined;

/** Records in flight per worker: enough to keep every worker busy past one slow record. */
const WINDOW_PER_JOB = 16;
/** In-flight input bytes above which reading pauses. */
const MAX_IN_FLIGHT_BYTES = 256 * 1024 * 1024;
/** How long workers get to end after the last record before the process ends itself. */
const WORKER_GRACE_MS = 2000;
/** False when a worker thread was still running at the end (see {@link WorkerPool.close}). */
let workersEnded = true;

function optionsOf(args: CliArgs): ParseOptions {
  return {
    format: args.format,
    ...(args.url ? { url: args.url } : {}),
    ...(args.charset ? { charset: args.charset } : {}),
    ...(args.timeZone ? { timeZone: args.timeZone } : {}),
    ...(args.now ? { now: args.now } : {}),
    ...(args.maxInputBytes ? { maxInputBytes: args.maxInputBytes } : {}),
  };
}

function configOf(args: CliArgs): RecordConfig {
  return { options: optionsOf(args), fields: args.fields, field: args.field ?? 'html' };
}

/** One input that is one article prints a bare JSON article; everything else is a batch. */
async function isSingle(args: CliArgs, inputs: string[]): Promise<boolean> {
  if (inputs.length !== 1 || args.shard) return false;
  const [input] = inputs as [string];
  const ctx = { kind: args.input, fallback: args.field ? 'jsonl' : 'file' } as const;
  if (input === '-') return stdinKind(ctx) === 'file';
  const info = await stat(input).catch(() => null);
  return !info?.isDirectory() && kindOf(input, ctx) === 'file';
}

async function runSingle(args: CliArgs, input: string, out: Writable): Promise<number> {
  const max = args.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  let result: ReturnType<typeof parseOne>;
  try {
    const bytes = input === '-' ? await readCapped(process.stdin, max) : await readSmallFile(input, max);
    result = bytes ? parseOne(bytes, configOf(args), null, null) : { error: tooLarge(max) };
  } catch (error) {
    result = { error: errorOf(error) };
  }
  if ('error' in result) {
    process.stderr.write(`gisa: ${input}: ${result.error.code}: ${result.error.message}\n`);
    return 1;
  }
  out.write(`${JSON.stringify(result.article, null, args.pretty ? 2 : undefined)}\n`);
  return 0;
}

/** Sum of the input sizes when all are regular files named directly, for the ETA. */
async function knownTotal(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    const info = input === '-' ? null : await stat(input).catch(() => null);
    if (!info?.isFile()) return null;
    total += info.size;
  }
  return total;
}

/** A failed line or document for a task that never came back from its worker, named by what is known of it. */
function failTask(task: Task, code: string, message: string, fields?: Record<string, unknown>) {
  return task.kind === 'line' ? failLine(task.file, task.line, { code, message }, fields) : failDoc(task.meta, { code, message });
}

async function runMany(args: CliArgs, inputs: string[], out: Writable): Promise<number> {
  const started = Date.now();
  const counts = zeroCounts(await knownTotal(inputs));
  let seen = 0;
  const shard = args.shard;
  const ctx: InputContext = {
    kind: args.input,
    fallback: args.field ? 'jsonl' : 'file',
    accept: compileGlobs(args.globs.length ? args.globs : [DEFAULT_GLOB]),
    take: () => (shard ? seen++ % shard.count === shard.index : true),
    contentField: args.field ?? 'html',
    maxRecordBytes: args.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES,
    counts,
  };
  const jobs = args.jobs ?? availableParallelism();
  const pool = new WorkerPool({
    size: jobs,
    workerUrl: new URL('./cli-worker.js', import.meta.url),
    config: configOf(args),
    timeoutMs: args.timeoutSeconds * 1000,
    fail: failTask,
  });
  const showProgress = args.progress ?? process.stderr.isTTY === true;
  const bar = showProgress ? new ProgressBar(process.stderr, counts, started) : null;
  try {
    await runBatch(readInputs(inputs, ctx), pool, new Sink(out), counts, {
      ordered: !args.unordered,
      maxInFlight: Math.max(32, jobs * WINDOW_PER_JOB),
      maxInFlightBytes: MAX_IN_FLIGHT_BYTES,
    });
  } finally {
    bar?.stop();
    workersEnded = await pool.close(WORKER_GRACE_MS);
  }
  if (!args.quiet) {
    const usage = process.resourceUsage();
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    process.stderr.write(`${renderSummary(counts, (Date.now() - started) / 1000, cpuSeconds, usage.maxRSS * 1024)}\n`);
  }
  return counts.failed > 0 ? 1 : 0;
}

/**
 * Opens the output. A broken pipe (`gisa … | head`) ends the run quietly with 141, as a
 * SIGPIPE would; any other write error ends it with 2, since results would be lost.
 */
async function openOutput(args: CliArgs): Promise<Writable> {
  const fail = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(141);
    process.stderr.write(`gisa: cannot write the output: ${error.message}\n`);
    process.exit(2);
  };
  if (!args.out) {
    process.stdout.on('error', fail);
    return process.stdout;
  }
  const stream = createWriteStream(args.out);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  stream.on('error', fail);
  return stream;
}

async function closeOutput(out: Writable): Promise<void> {
  if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve));
}

async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`gisa: ${(error as Error).message}\nRun gisa --help for the options.\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${typeof __GISA_VERSION__ === 'string' ? __GISA_VERSION__ : 'dev'}\n`);
    return 0;
  }
  const inputs = args.files.length ? args.files : ['-'];
  try {
    const out = await openOutput(args);
    const status = (await isSingle(args, inputs)) ? await runSingle(args, inputs[0] as string, out) : await runMany(args, inputs, out);
    await closeOutput(out);
    return status;
  } catch (error) {
    process.stderr.write(`gisa: ${(error as Error).message}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
if (!workersEnded) {
  // Every record's line is written (stdout to a pipe or a file is flushed by now), but a
  // thread stuck in native code would keep Node from exiting, for minutes. SIGKILL is the
  // one way out; the exit status is then 137, non-zero like the TIMEOUT record it follows.
  process.stderr.write('gisa: a worker thread stuck in a timed-out record did not stop; ending the process\n');
  process.kill(process.pid, 'SIGKILL');
}
