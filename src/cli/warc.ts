/**
 * WARC and WARC.gz input through the `warcio` reader (it detects gzip itself, record by
 * record, as in the Common Crawl archives). Each HTML response with a 2xx status is one
 * record; request, metadata, revisit and non-HTML records are counted as skipped.
 */
import type { InputContext, Item } from './inputs.js';
import { readCapped } from './bytes.js';
import { failDoc, errorOf } from './records.js';

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

/**
 * The records of one WARC stream as tasks. Content is read (dechunked and decompressed by
 * warcio) only for records this shard takes, and only up to `maxRecordBytes`.
 */
export async function* warcTasks(path: string, chunks: AsyncIterable<Uint8Array>, ctx: InputContext): AsyncGenerator<Item> {
  // Loaded on first use: runs without WARC input do not pay for it.
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(chunks);
  for await (const record of parser) {
    const http = record.httpHeaders;
    const status = Number(http?.statusCode);
    const contentType = http?.headers.get('content-type') ?? '';
    if (record.warcType !== 'response' || !(status >= 200 && status < 300) || !isHtmlType(contentType)) {
      ctx.counts.skipped += 1;
      continue;
    }
    if (!ctx.take()) continue;
    const meta = {
      url: record.warcTargetURI ?? null,
      warcDate: record.warcDate ?? null,
      warcRecordId: record.warcHeader('WARC-Record-ID') ?? null,
      file: path,
      offset: parser.offset,
    };
    try {
      const bytes = await readCapped(record, ctx.maxRecordBytes);
      if (!bytes) {
        yield { outcome: failDoc(meta, { code: 'INPUT_TOO_LARGE', message: `the record's content is larger than ${ctx.maxRecordBytes} bytes` }) };
      } else {
        yield { task: { kind: 'doc', meta, bytes, url: meta.url, charset: charsetOf(contentType) } };
      }
    } catch (error) {
      // A content-encoding warcio cannot undo fails this record; the parser moves on.
      yield { outcome: failDoc(meta, errorOf(error)) };
    }
  }
}
