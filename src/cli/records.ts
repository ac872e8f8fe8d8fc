/**
 * What one record becomes: the work a worker thread does for each input record, kept
 * free of thread plumbing so the single-input path and the tests can call it directly.
 */
// Only the public API, as users call it.
import { isGisaError, parseArticle, type Article, type ParseOptions } from '../index.js';

/** How every record of a run is parsed and printed; the same for all workers. */
export interface RecordConfig {
  /** Options for every record; a record's own URL or charset takes precedence. */
  options: ParseOptions;
  /** Article fields to keep, in this order; null keeps them all. */
  fields: string[] | null;
  /** The JSON Lines field that holds the content. */
  field: string;
}

/**
 * One unit of work. `doc`: content bytes plus the keys to print beside the article
 * (`file`, or the WARC record's `url`…). `line`: one raw JSON Lines line, parsed in
 * the worker so the reading thread only splits bytes.
 */
export type Task =
  | { kind: 'doc'; meta: Record<string, unknown>; bytes: Uint8Array; url: string | null; charset: string | null }
  | { kind: 'line'; file: string; line: number; bytes: Uint8Array }
  | ApiTask;

/**
 * One input of `parseMany` (`gisa/node`): a string (sent as UTF-8, `text` true) or bytes,
 * with the options of this input over the run's. The line is `{"article"}` or `{"error"}`.
 */
export interface ApiTask {
  kind: 'api';
  bytes: Uint8Array;
  text: boolean;
  options: ParseOptions;
}

/**
 * One output line (without its newline) and whether the record parsed. Workers send
 * the line as UTF-8 bytes (see `worker.ts`), so the one main thread never encodes text.
 */
export interface Outcome {
  ok: boolean;
  out: string | Uint8Array;
}

/** What a worker posts: a task's outcome, or first the identifying fields of the record it began. */
export type WorkerMessage = Outcome | { fields: Record<string, unknown> };

/** The same outcome with its line as text, as `runTask` and the failure builders give it. */
export interface TextOutcome extends Outcome {
  out: string;
}

/** The `error` object of an output record. */
export interface RecordError {
  code: string;
  message: string;
}

/** Error codes of the CLI itself, beside the `GisaError` codes. */
export const CLI_ERROR = {
  invalidJson: 'INVALID_JSON',
  invalidRecord: 'INVALID_RECORD',
  missingField: 'MISSING_FIELD',
  invalidField: 'INVALID_FIELD',
  readError: 'READ_ERROR',
  timeout: 'TIMEOUT',
  workerCrashed: 'WORKER_CRASHED',
  truncatedRecord: 'TRUNCATED_RECORD',
  badRecordLength: 'BAD_RECORD_LENGTH',
} as const;

/** Parses one article and returns it with only the chosen fields, or the error as `{ code, message }`. */
export function parseOne(
  content: string | Uint8Array,
  config: RecordConfig,
  url: string | null,
  charset: string | null,
): { article: Record<string, unknown> } | { error: RecordError } {
  const options: ParseOptions = { ...config.options };
  // A record's url that is not http(s) (`n/a`, a bare path) only names the record: parsed without it.
  if (url && /^https?:\/\/./i.test(url.trim())) options.url = url;
  // A charset from an HTTP header is only a hint: one the runtime cannot decode is dropped
  // rather than failing the record with INVALID_OPTIONS.
  if (charset && canDecode(charset)) options.charset = charset;
  try {
    return { article: pick(parseArticle(content, options), config.fields) };
  } catch (error) {
    return { error: errorOf(error) };
  }
}

function canDecode(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false;
  }
}

/** `{ code, message }` for any thrown value: the GisaError code, a Node errno code, or `INTERNAL`. */
export function errorOf(error: unknown): RecordError {
  if (isGisaError(error)) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  let message = error instanceof Error ? error.message : String(error);
  // Node's file errors start with their code (`ENOENT: no such file …`): say it once.
  if (typeof code === 'string' && message.startsWith(`${code}: `)) message = message.slice(code.length + 2);
  return { code: typeof code === 'string' ? code : 'INTERNAL', message };
}

function pick(article: Article, fields: string[] | null): Record<string, unknown> {
  if (!fields) return article;
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = (article as unknown as Record<string, unknown>)[f];
  return out;
}

/**
 * Runs one task to its output line. Never throws. `onFields` hears a JSON Lines record's
 * identifying fields as soon as its line is read, before the article is parsed, so that
 * a record that then hangs or crashes its worker still gets an error line naming it.
 */
export function runTask(task: Task, config: RecordConfig, onFields?: (fields: Record<string, unknown>) => void): TextOutcome {
  if (task.kind === 'api') {
    let result: { article: Article } | { error: RecordError };
    try {
      const input = task.text ? utf8.decode(task.bytes) : task.bytes;
      result = { article: parseArticle(input, { ...config.options, ...task.options }) };
    } catch (error) {
      result = { error: errorOf(error) };
    }
    return { ok: 'article' in result, out: JSON.stringify(result) };
  }
  if (task.kind === 'doc') {
    const result = parseOne(task.bytes, config, task.url, task.charset);
    return { ok: 'article' in result, out: JSON.stringify({ ...task.meta, ...result }) };
  }
  return runLine(task, config, onFields);
}

/** Longest string field copied into an error line that names a record. */
const MAX_ID_CHARS = 2000;

/**
 * What names a record in an error line: its scalar fields but the content (strings up to
 * {@link MAX_ID_CHARS} characters; longer ones and objects are left out).
 */
export function identifyingFields(record: Record<string, unknown>, contentField: string): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(record)) {
    if (key === contentField || key === 'error' || key === 'article') continue;
    const scalar = value === null || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value.length <= MAX_ID_CHARS);
    if (scalar) out[key] = value;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

function runLine(task: Extract<Task, { kind: 'line' }>, config: RecordConfig, onFields?: (fields: Record<string, unknown>) => void): TextOutcome {
  const { file, line, bytes } = task;
  let record: unknown;
  try {
    record = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    return failLine(file, line, { code: CLI_ERROR.invalidJson, message: `line ${line} is not JSON: ${(error as Error).message}` });
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failLine(file, line, { code: CLI_ERROR.invalidRecord, message: `line ${line} is JSON but not an object` });
  }
  const fields = record as Record<string, unknown>;
  onFields?.(identifyingFields(fields, config.field));
  const content = fields[config.field];
  let result: { article: Record<string, unknown> } | { error: RecordError };
  if (content === undefined || content === null) {
    result = { error: { code: CLI_ERROR.missingField, message: `the record has no "${config.field}" field` } };
  } else if (typeof content !== 'string') {
    result = { error: { code: CLI_ERROR.invalidField, message: `the "${config.field}" field is a ${Array.isArray(content) ? 'array' : typeof content}, not a string` } };
  } else {
    result = parseOne(content, config, typeof fields.url === 'string' ? fields.url : null, null);
  }
  return { ok: 'article' in result, out: JSON.stringify(replaceField(fields, config.field, result)) };
}

/** The record with `field` swapped for the result, where `field` was, so key order is kept. */
function replaceField(record: Record<string, unknown>, field: string, result: Record<string, unknown>): Record<string, unknown> {
  const [key, value] = Object.entries(result)[0] as [string, unknown];
  // No prototype: a record's own `__proto__` key is copied as a key like any other.
  const out: Record<string, unknown> = Object.create(null);
  let placed = false;
  for (const [k, v] of Object.entries(record)) {
    if (k === field) {
      out[key] = value;
      placed = true;
    } else if (k !== key) {
      // A record's own `article` or `error` key would be ambiguous next to ours: ours wins.
      out[k] = v;
    }
  }
  if (!placed) out[key] = value;
  return out;
}

// One `"key": scalar` pair of a JSON object and what ends it; linear (no nested repeats).
const LEADING_PAIR = /\s*"((?:[^"\\]|\\.){0,200})"\s*:\s*("(?:[^"\\]|\\.){0,2000}"|-?\d[\d.eE+-]{0,30}|true|false|null)\s*([,}])/y;

/**
 * The scalar fields at the start of a JSON object whose line was too long to read whole,
 * up to the first field that is not a short scalar (the content, usually): enough to
 * name the record (`id`, `url`) in its error line.
 *
 * @example
 * leadingFields('{"id": 7, "url": "https://x/7", "html": "<html>…', 'html') // { id: 7, url: 'https://x/7' }
 */
export function leadingFields(head: string, contentField: string): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  const open = head.search(/\S/);
  if (open === -1 || head[open] !== '{') return out;
  LEADING_PAIR.lastIndex = open + 1;
  for (let m = LEADING_PAIR.exec(head); m; m = LEADING_PAIR.exec(head)) {
    try {
      const key = JSON.parse(`"${m[1]}"`) as string;
      if (key !== contentField && key !== 'error' && key !== 'article') out[key] = JSON.parse(m[2] as string);
    } catch {
      break;
    }
    if (m[3] === '}') break;
  }
  return out;
}

/**
 * The output line for a JSON Lines record that failed without an article: its file and
 * line, the record's identifying fields when they are known, and the error.
 */
export function failLine(file: string, line: number, error: RecordError, fields: Record<string, unknown> = {}): TextOutcome {
  return { ok: false, out: JSON.stringify({ file, line, ...fields, error }) };
}

/** The output line for a record that failed before reaching a worker. */
export function failDoc(meta: Record<string, unknown>, error: RecordError): TextOutcome {
  return { ok: false, out: JSON.stringify({ ...meta, error }) };
}
