/**
 * WARC and WARC.gz input through the `warcio` reader (it detects gzip itself, record by
 * record, as in the Common Crawl archives). Each HTML response with a 2xx status is one
 * record; request, metadata, revisit and non-HTML records are counted as skipped.
 */
import { createGunzip, type Gunzip } from 'node:zlib';
import type { InputContext, Item } from './inputs.js';
import { readCapped } from './bytes.js';
import { CLI_ERROR, failDoc, errorOf, type RecordError } from './records.js';

/** Whether an HTTP Content-Type names an HTML page. */
export function isHtmlType(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/** The `charset` parameter of a Content-Type, or null. */
export function charsetOf(contentType: string): string | null {
  for (const part of contentType.split(';').slice(1)) {
    const [name, value] = part.split('=', 2);
    if (name?.trim().toLowerCase() === 'charset' && value) return value.trim().replace(/^"|"$/g, '') || null;
  }
  return null;
}

/** The rest of a record's block that warcio has not read yet; null when it cannot say. */
function unreadLength(record: object): number | null {
  // warcio's LimitReader counts down the record's Content-Length as the block is read;
  // what is left once the stream has ended was cut off. Not public API, so checked.
  const limit = (record as { _reader?: { limit?: unknown } })._reader?.limit;
  return typeof limit === 'number' ? limit : null;
}

const NEXT_RECORD = new TextEncoder().encode('\r\n\r\nWARC/1.');

/**
 * The records of one WARC stream as tasks. Content is read (dechunked and decompressed by
 * warcio) only for records this shard takes, and only up to `maxRecordBytes`. A record
 * whose block ends before its Content-Length (a cut file) or runs into the next record's
 * header (a Content-Length too large) is an error record: its bytes are never parsed as
 * the page at its URL.
 */
export async function* warcTasks(path: string, chunks: AsyncIterable<Uint8Array>, ctx: InputContext): AsyncGenerator<Item> {
  // Loaded on first use: runs without WARC input do not pay for it.
  const { WARCParser } = await import('warcio');
  const gzip = new GzipCheck();
  const parser = new WARCParser(gzip.watch(chunks));
  // After a record whose Content-Length ran into the next one, warcio reads the rest of
  // that next header as a record: it names no page reliably.
  let overrun = false;
  let lastOffset = 0;
  for await (const record of parser) {
    const http = record.httpHeaders;
    const status = Number(http?.statusCode);
    const contentType = http?.headers.get('content-type') ?? '';
    const meta = {
      url: record.warcTargetURI ?? null,
      warcDate: record.warcDate ?? null,
      warcRecordId: record.warcHeader('WARC-Record-ID') ?? null,
      file: path,
      offset: parser.offset,
    };
    lastOffset = parser.offset;
    if (overrun) {
      overrun = false;
      if (ctx.take()) yield { outcome: failDoc(meta, { code: CLI_ERROR.badRecordLength, message: "the record's header was overrun by the Content-Length of the record before it" }) };
      continue;
    }
    if (record.warcType !== 'response' || !(status >= 200 && status < 300) || !isHtmlType(contentType)) {
      ctx.counts.skipped += 1;
      // Skipped by reading its block here: warcio's own skip loops forever on a block cut
      // off by the end of the stream.
      for await (const chunk of record.reader) void chunk;
      if ((unreadLength(record) ?? 0) > 0) {
        if (ctx.take()) yield { outcome: failDoc(meta, cutRecord()) };
        break;
      }
      continue;
    }
    if (!ctx.take()) continue;
    try {
      // Copied: warcio may hand out a view of the buffer it reads on from, and the task's
      // buffer is transferred to a worker (detaching it under warcio's feet).
      const bytes = await readCapped(record, ctx.maxRecordBytes, true);
      if (!bytes) {
        yield { outcome: failDoc(meta, { code: 'INPUT_TOO_LARGE', message: `the record's content is larger than ${ctx.maxRecordBytes} bytes` }) };
      } else if ((unreadLength(record) ?? 0) > 0) {
        // The stream has ended: nothing follows a cut record.
        yield { outcome: failDoc(meta, cutRecord()) };
        break;
      } else if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(NEXT_RECORD) !== -1) {
        overrun = true;
        yield {
          outcome: failDoc(meta, {
            code: CLI_ERROR.badRecordLength,
            message: "the record's Content-Length runs past its end into the next record's header; the record was not parsed",
          }),
        };
      } else {
        yield { task: { kind: 'doc', meta, bytes, url: meta.url, charset: charsetOf(contentType) } };
      }
    } catch (error) {
      // A content-encoding warcio cannot undo fails this record; the parser moves on.
      yield { outcome: failDoc(meta, errorOf(error)) };
    }
  }
  // warcio stops quietly at a gzip member cut short, dropping the record in it.
  const gzipError = await gzip.finish();
  if (gzipError && ctx.take()) {
    yield {
      outcome: failDoc(
        { file: path, afterOffset: lastOffset },
        { code: CLI_ERROR.truncatedRecord, message: `the gzip stream is cut off (${gzipError}): the record after offset ${lastOffset} is lost` },
      ),
    };
  }
}

/**
 * Gunzips a copy of the stream beside warcio, output thrown away, only to learn whether
 * the gzip data is whole: Node's gunzip fails on a member cut short, where warcio does not.
 * Streams that are not gzip pass unchecked.
 */
class GzipCheck {
  private gunzip: Gunzip | null = null;
  private error: string | null = null;
  private ended: Promise<void> | null = null;

  /** The chunks, unchanged, each also fed to the check. */
  async *watch(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    let first = true;
    for await (const chunk of chunks) {
      if (first && chunk[0] === 0x1f && chunk[1] === 0x8b) {
        const gunzip = createGunzip();
        gunzip.on('error', (error: Error) => (this.error ??= error.message));
        this.ended = new Promise<void>((resolve) => {
          gunzip.on('end', resolve);
          gunzip.on('error', () => resolve());
        });
        gunzip.resume();
        this.gunzip = gunzip;
      }
      first = false;
      if (this.gunzip && !this.error) this.gunzip.write(chunk);
      yield chunk;
    }
  }

  /** Null when the stream was whole gzip (or no gzip), else what was wrong. */
  async finish(): Promise<string | null> {
    if (!this.gunzip) return null;
    this.gunzip.end();
    await this.ended;
    return this.error;
  }
}

function cutRecord(): RecordError {
  return { code: CLI_ERROR.truncatedRecord, message: "the input ends before the record's Content-Length: the record was cut off" };
}
