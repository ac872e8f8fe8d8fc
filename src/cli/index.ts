import { createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { DEFAULT_MAX_INPUT_BYTES, defineAdapter, isGisaError, type SiteAdapter } from '../index.js';
import { resolveOptions } from '../options.js';
import { optionsOf, parseArgs, USAGE, DEFAULT_GLOB, type CliArgs } from './args.js';
import { runAudit } from './audit.js';
import { runBatch } from './batch.js';
import { readCapped } from './bytes.js';
import { compileGlobs } from './glob.js';
import { readInputs, readSmallFile, sniffedKind, stdinKind, tooLarge, type InputContext, type InputKind } from './inputs.js';
import { jsonLinesNote, looksLikeJsonLines, peekStdin } from './sniff.js';
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


/** The flag a parse option comes from, for usage errors. */
const FLAG_OF: Record<string, string> = {
  'options.format': '--format',
  'options.url': '--url',
  'options.charset': '--charset',
  'options.timeZone': '--time-zone',
  'options.now': '--now',
  'options.maxInputBytes': '--max-input-bytes',
};

/**
 * The parse options of a run, checked before any work: a bad one is a usage error
 * (exit 2), not a failure of every record. Adapters from `--adapters` are loaded here.
 */
async function configOf(args: CliArgs): Promise<RecordConfig> {
  const adapters = args.adaptersFile ? await loadAdapters(args.adaptersFile) : null;
  const options = optionsOf(args, adapters);
  try {
    resolveOptions(options);
  } catch (error) {
    const message = isGisaError(error) ? error.message : String(error);
    throw new Error(message.replace(/options\.\w+/g, (name) => FLAG_OF[name] ?? name));
  }
  return { options, fields: args.fields, field: args.field ?? 'html' };
}

/**
 * Site adapters from a file: a JSON array (or one adapter), or an ES module whose default
 * export or `adapters` export is one. Each is checked by `defineAdapter`.
 */
async function loadAdapters(file: string): Promise<SiteAdapter[]> {
  let loaded: unknown;
  try {
    if (/\.json$/i.test(file)) loaded = JSON.parse(await readFile(file, 'utf8'));
    else {
      const mod = (await import(pathToFileURL(resolvePath(file)).href)) as { default?: unknown; adapters?: unknown };
      loaded = mod.adapters ?? mod.default;
    }
  } catch (error) {
    throw new Error(`--adapters ${file}: cannot be read (${(error as Error).message})`);
  }
  const list = Array.isArray(loaded) ? loaded : [loaded];
  try {
    // Plain data, so the adapters reach the worker threads as they are.
    return list.map((a) => ({ ...defineAdapter(a as SiteAdapter) }));
  } catch (error) {
    throw new Error(`--adapters ${file}: ${(error as Error).message}`);
  }
}

/** One input that is one article prints a bare JSON article; everything else is a batch. */
async function isSingle(args: CliArgs, inputs: string[], stdin: InputKind): Promise<boolean> {
  if (inputs.length !== 1 || args.shard) return false;
  const [input] = inputs as [string];
  if (input === '-') return stdin === 'file';
  const info = await stat(input).catch(() => null);
  if (info?.isDirectory()) return false;
  return (await sniffedKind(input, contextBase(args))) === 'file';
}

/** How inputs are told apart, and the note when one is read as JSON Lines by its content. */
const noted = new Set<string>();

function contextBase(args: CliArgs): Pick<InputContext, 'kind' | 'fallback' | 'onSniffed'> {
  return {
    kind: args.input,
    fallback: args.field ? 'jsonl' : 'file',
    onSniffed: (path) => {
      if (!noted.has(path) && !args.quiet) process.stderr.write(jsonLinesNote(path, args.field ?? 'html'));
      noted.add(path);
    },
  };
}

/** The kind of standard input: by flags, else by its first bytes. */
async function stdinKindOf(args: CliArgs, inputs: string[]): Promise<InputKind> {
  const base = contextBase(args);
  const byFlags = stdinKind(base);
  if (!inputs.includes('-') || args.input !== 'auto' || byFlags !== 'file') return byFlags;
  const head = await peekStdin();
  if (!head || !looksLikeJsonLines(head)) return 'file';
  base.onSniffed?.('-');
  return 'jsonl';
}

async function runSingle(args: CliArgs, config: RecordConfig, input: string, out: Writable): Promise<number> {
  const max = args.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  let result: ReturnType<typeof parseOne>;
  try {
    const bytes = input === '-' ? await readCapped(process.stdin, max) : await readSmallFile(input, max);
    result = bytes ? parseOne(bytes, config, null, null) : { error: tooLarge(max) };
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
  if (task.kind === 'api') return { ok: false, out: JSON.stringify({ error: { code, message } }) };
  return task.kind === 'line' ? failLine(task.file, task.line, { code, message }, fields) : failDoc(task.meta, { code, message });
}

async function runMany(args: CliArgs, config: RecordConfig, inputs: string[], stdin: InputKind, out: Writable): Promise<number> {
  const started = Date.now();
  const counts = zeroCounts(await knownTotal(inputs));
  let seen = 0;
  const shard = args.shard;
  const empty: string[] = [];
  const ctx: InputContext = {
    ...contextBase(args),
    stdin,
    empty,
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
    config,
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
  if (counts.records === 0 && counts.skipped === 0 && empty.length) {
    const what = args.globs.length ? `--glob ${args.globs.map((g) => `'${g}'`).join(' ')}` : `the default glob (${DEFAULT_GLOB})`;
    for (const dir of empty) process.stderr.write(`gisa: ${dir}: no file in this directory matches ${what}\n`);
    process.stderr.write('gisa: no input to parse\n');
    return 2;
  }
  for (const dir of empty) process.stderr.write(`gisa: ${dir}: no file in this directory matched; it gave no records\n`);
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
  if (argv[0] === 'audit') return runAudit(argv.slice(1));
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
  let config: RecordConfig;
  try {
    config = await configOf(args);
  } catch (error) {
    process.stderr.write(`gisa: ${(error as Error).message}\nRun gisa --help for the options.\n`);
    return 2;
  }
  try {
    const stdin = await stdinKindOf(args, inputs);
    const single = await isSingle(args, inputs, stdin);
    const out = await openOutput(args);
    const status = single ? await runSingle(args, config, inputs[0] as string, out) : await runMany(args, config, inputs, stdin, out);
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
