/**
 * `gisa/node`: what only Node can do. `parseMany` parses many articles on worker threads,
 * the same pool the `gisa` CLI runs on.
 *
 * @packageDocumentation
 */
import { availableParallelism } from 'node:os';
import { type Outcome, type RecordError, type Task } from './cli/records.js';
import { WorkerPool } from './cli/pool.js';
import { GisaError, isGisaError } from './errors.js';
import { documentRoot } from './html/document.js';
import { resolveOptions, type ParseOptions } from './options.js';
import { parseArticle, type ParseInput } from './parse.js';
import type { Article } from './schema.js';

/** One input of {@link parseMany}: the input alone, or with options of its own. */
export type ManyInput = ParseInput | { input: ParseInput; options?: ParseOptions };

/**
 * One result, in input order. `error.code` is a `GisaError` code, or `TIMEOUT` (the
 * input took longer than `timeoutMs`) or `WORKER_CRASHED` (its worker thread died).
 */
export type ManyResult = { article: Article; error?: undefined } | { error: RecordError; article?: undefined };

/** Settings of {@link parseMany}. */
export interface ManyOptions {
  /** Worker threads (default: the number of CPUs). */
  jobs?: number;
  /** Options for every input; an input's own options take precedence. */
  options?: ParseOptions;
  /** Milliseconds one input may take before its worker is replaced (default 30,000; 0: no limit). */
  timeoutMs?: number;
  /** Inputs read ahead of the one being yielded (default 8 per job): bounds the memory held. */
  window?: number;
}

const encoder = new TextEncoder();

function isWrapped(item: unknown): item is { input: ParseInput; options?: ParseOptions } {
  return typeof item === 'object' && item !== null && 'input' in item && !ArrayBuffer.isView(item) && documentRoot(item) === null;
}

/** The task for a worker, or the result when the input cannot travel to one (a parsed document) or is refused here. */
function toTask(item: ManyInput): Task | Promise<ManyResult> {
  const { input, options = {} } = isWrapped(item) ? item : { input: item, options: {} };
  if (typeof input === 'string') return { kind: 'api', bytes: encoder.encode(input), text: true, options };
  if (input instanceof Uint8Array || input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    const view = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    // A copy: the worker takes the buffer over, and the caller's stays usable.
    return { kind: 'api', bytes: view.slice(), text: false, options };
  }
  // Documents (functions and node trees) cannot be sent to a thread: parsed here, in order.
  return Promise.resolve(parseHere(input, options));
}

function parseHere(input: ParseInput, options: ParseOptions): ManyResult {
  try {
    return { article: parseArticle(input, options) };
  } catch (error) {
    const e = isGisaError(error) ? error : new GisaError('INTERNAL', String(error));
    return { error: { code: e.code, message: e.message } };
  }
}

function fromOutcome(outcome: Outcome): ManyResult {
  const text = typeof outcome.out === 'string' ? outcome.out : new TextDecoder().decode(outcome.out);
  return JSON.parse(text) as ManyResult;
}

/**
 * Parses many articles on worker threads and yields one result per input, in input
 * order: `{ article }` or `{ error: { code, message } }`, never a throw for a bad input.
 * Takes an iterable or async iterable of inputs (strings, bytes, parsed documents) or
 * `{ input, options }`, and reads at most `window` inputs ahead of the one it yields,
 * so a stream of millions runs in bounded memory.
 *
 * @throws {GisaError} `INVALID_OPTIONS` before any work when `options.options` is unusable.
 * @example
 * import { parseMany } from 'gisa/node';
 * for await (const result of parseMany(['제목\n\n본문 문장입니다.', ''], { jobs: 2 })) {
 *   console.log(result.article?.headline ?? result.error?.code); // '제목', then 'EMPTY_INPUT'
 * }
 */
export async function* parseMany(
  inputs: Iterable<ManyInput> | AsyncIterable<ManyInput>,
  settings: ManyOptions = {},
): AsyncGenerator<ManyResult, void, undefined> {
  const options = settings.options ?? {};
  resolveOptions(options);
  const jobs = Math.max(1, Math.floor(settings.jobs ?? availableParallelism()));
  const window = Math.max(1, Math.floor(settings.window ?? jobs * 8));
  const pool = new WorkerPool({
    size: jobs,
    workerUrl: new URL('./cli-worker.js', import.meta.url),
    config: { options, fields: null, field: 'html' },
    timeoutMs: settings.timeoutMs ?? 30_000,
    fail: (_task, code, message) => ({ ok: false, out: JSON.stringify({ error: { code, message } }) }),
  });
  const pending: Array<Promise<ManyResult>> = [];
  try {
    for await (const item of inputs) {
      const task = toTask(item);
      pending.push(task instanceof Promise ? task : pool.run(task).then(fromOutcome));
      if (pending.length >= window) yield await (pending.shift() as Promise<ManyResult>);
    }
    while (pending.length) yield await (pending.shift() as Promise<ManyResult>);
  } finally {
    await pool.close();
  }
}
