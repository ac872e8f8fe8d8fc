/**
 * Turns the command line's inputs (files, directories, `-`) into a stream of records:
 * a task for a worker, or an outcome already decided (an input that cannot be read).
 * Everything is pulled on demand, so the caller's window bounds what is in memory.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ownBytes, readCapped } from './bytes.js';
import type { PathMatcher } from './glob.js';
import { isBlank, splitLines } from './lines.js';
import type { Counts } from './progress.js';
import { CLI_ERROR, errorOf, failDoc, failLine, leadingFields, type Outcome, type RecordError, type Task } from './records.js';
import { fileHead, looksLikeJsonLines } from './sniff.js';
import { walkFiles } from './walk.js';
import { warcTasks } from './warc.js';

/** How an input file is read: one article, JSON Lines records, or WARC records. */
export type InputKind = 'file' | 'jsonl' | 'warc';

/** A record ready for a worker, or one whose output line is already known. */
export type Item = { task: Task; outcome?: undefined } | { outcome: Outcome; task?: undefined };

/** What reading the inputs needs from the run. */
export interface InputContext {
  /** `auto` picks the kind by file name; anything else applies to every input. */
  kind: 'auto' | InputKind;
  /** The kind of a file whose name says nothing (and of stdin) under `auto`. */
  fallback: InputKind;
  /** Which directory entries to take. */
  accept: PathMatcher;
  /** Numbers the next record and says whether this shard takes it. */
  take: () => boolean;
  /** The JSON Lines field that holds the content (left out when a record is named). */
  contentField: string;
  /** Records bigger than this are refused unread with `INPUT_TOO_LARGE`. */
  maxRecordBytes: number;
  counts: Counts;
  /** The kind standard input was found to be (by its first bytes, under `auto`). */
  stdin?: InputKind;
  /** Under `auto`, files whose name says nothing are read as JSON Lines when they start like it; each such input is passed here once. */
  onSniffed?: (path: string) => void;
  /** Directories in which nothing matched, for the usage error when no record came at all. */
  empty?: string[];
}

const JSONL_NAMES = ['.jsonl', '.ndjson', '.jsonl.gz', '.ndjson.gz'];
const WARC_NAMES = ['.warc', '.warc.gz'];

/** The kind of input a file is, by its name. */
export function kindOf(path: string, ctx: Pick<InputContext, 'kind' | 'fallback'>): InputKind {
  if (ctx.kind !== 'auto') return ctx.kind;
  const lower = path.toLowerCase();
  if (WARC_NAMES.some((e) => lower.endsWith(e))) return 'warc';
  if (JSONL_NAMES.some((e) => lower.endsWith(e))) return 'jsonl';
  return ctx.fallback;
}

/** The kind of standard input: it has no name to go by. */
export function stdinKind(ctx: Pick<InputContext, 'kind' | 'fallback'>): InputKind {
  return ctx.kind === 'auto' ? ctx.fallback : ctx.kind;
}

/** Every record of every input, in command-line order, directories walked in sorted order. */
export async function* readInputs(inputs: readonly string[], ctx: InputContext): AsyncGenerator<Item> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readOne('-', ctx.stdin ?? stdinKind(ctx), ctx);
      continue;
    }
    const info = await stat(input).catch((error: unknown) => error as Error);
    if (info instanceof Error) {
      if (ctx.take()) yield { outcome: failDoc({ file: input }, errorOf(info)) };
    } else if (info.isDirectory()) {
      let found = 0;
      for await (const entry of walkFiles(input, ctx.accept)) {
        found += 1;
        if (!entry.error) yield* readOne(entry.path, await sniffedKind(entry.path, ctx), ctx);
        else if (ctx.take()) yield { outcome: failDoc({ file: entry.path }, errorOf(entry.error)) };
      }
      if (found === 0) ctx.empty?.push(input);
    } else {
      yield* readOne(input, await sniffedKind(input, ctx), ctx);
    }
  }
}

/**
 * The kind of a file by its name, and under `auto` for a file whose name says nothing
 * (read as one article by default), by its first bytes: JSON Lines when it starts like them.
 */
export async function sniffedKind(path: string, ctx: Pick<InputContext, 'kind' | 'fallback' | 'onSniffed'>): Promise<InputKind> {
  const byName = kindOf(path, ctx);
  if (ctx.kind !== 'auto' || byName !== 'file' || ctx.fallback !== 'file') return byName;
  const head = await fileHead(path);
  if (!head || !looksLikeJsonLines(head)) return 'file';
  ctx.onSniffed?.(path);
  return 'jsonl';
}

function readOne(path: string, kind: InputKind, ctx: InputContext): AsyncGenerator<Item> {
  if (kind === 'jsonl') return jsonlItems(path, ctx);
  if (kind === 'warc') return warcItems(path, ctx);
  return fileItems(path, ctx);
}

async function* fileItems(path: string, ctx: InputContext): AsyncGenerator<Item> {
  if (!ctx.take()) return;
  const meta = { file: path };
  try {
    const bytes = path === '-' ? await readCapped(process.stdin, ctx.maxRecordBytes) : await readSmallFile(path, ctx.maxRecordBytes);
    ctx.counts.bytesRead += bytes?.length ?? 0;
    if (!bytes) yield { outcome: failDoc(meta, tooLarge(ctx.maxRecordBytes)) };
    else yield { task: { kind: 'doc', meta, bytes, url: null, charset: null } };
  } catch (error) {
    yield { outcome: failDoc(meta, errorOf(error)) };
  }
}

/**
 * The file's bytes in a buffer of their own (transferable), or null when over `max`:
 * a regular file is then not read at all, a pipe or device (`/dev/stdin`, `<(zcat …)`)
 * only up to `max`.
 */
export async function readSmallFile(path: string, max: number): Promise<Uint8Array | null> {
  const info = await stat(path);
  if (!info.isFile()) return readCapped(createReadStream(path), max);
  if (info.size > max) return null;
  return ownBytes(await readFile(path));
}

/** The error of a record over the size limit, refused unread. */
export function tooLarge(max: number): RecordError {
  return { code: 'INPUT_TOO_LARGE', message: `the record is larger than ${max} bytes` };
}

/** Raw bytes of a file or stdin, counted into `bytesRead` for the progress bar. */
async function* rawChunks(path: string, counts: Counts): AsyncGenerator<Uint8Array> {
  const stream: AsyncIterable<Uint8Array> = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 256 * 1024 });
  for await (const chunk of stream) {
    counts.bytesRead += chunk.length;
    yield chunk;
  }
}

/** The stream itself, or its gunzipped content when it starts with the gzip magic bytes. */
async function* gunzipIfNeeded(chunks: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  const first = await chunks.next();
  if (first.done) return;
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield first.value;
    yield* chunks;
    return;
  }
  async function* all() {
    yield first.value as Uint8Array;
    yield* chunks;
  }
  // pipeline() passes a read error on to the gunzip stream (pipe() would leave it
  // waiting forever); for-await over it pulls, so gunzipping keeps back-pressure too.
  const gunzip = pipeline(Readable.from(all()), createGunzip(), () => {});
  yield* gunzip as AsyncIterable<Uint8Array>;
}

async function* jsonlItems(path: string, ctx: InputContext): AsyncGenerator<Item> {
  // JSON escaping can make a line longer than the content it holds.
  const maxLine = ctx.maxRecordBytes * 4 + 64 * 1024;
  try {
    for await (const line of splitLines(gunzipIfNeeded(rawChunks(path, ctx.counts)), maxLine)) {
      if (line.bytes && isBlank(line.bytes)) continue;
      if (!ctx.take()) continue;
      if (!line.bytes) {
        const fields = line.head ? leadingFields(new TextDecoder().decode(line.head), ctx.contentField) : {};
        yield { outcome: failLine(path, line.number, tooLarge(maxLine), fields) };
      }
      else yield { task: { kind: 'line', file: path, line: line.number, bytes: line.bytes } };
    }
  } catch (error) {
    // A read or gunzip failure ends this input; it is reported as one more failed record.
    if (ctx.take()) yield { outcome: failDoc({ file: path }, { code: CLI_ERROR.readError, message: errorOf(error).message }) };
  }
}

async function* warcItems(path: string, ctx: InputContext): AsyncGenerator<Item> {
  try {
    for await (const item of warcTasks(path, rawChunks(path, ctx.counts), ctx)) yield item;
  } catch (error) {
    if (ctx.take()) yield { outcome: failDoc({ file: path }, { code: CLI_ERROR.readError, message: errorOf(error).message }) };
  }
}
