/**
 * Telling JSON Lines from one article by the first bytes, for standard input and files
 * whose name says nothing (`records.txt`, `dump`): `cat records.jsonl | gisa` must read
 * records, not one article made of every record.
 */
import { open } from 'node:fs/promises';

/** How many leading bytes decide. */
const HEAD = 64;

/**
 * Whether the first bytes start a JSON object with a key (`{"url": …`), the shape of a
 * JSON Lines record, or gzip data (gzipped JSON Lines). No HTML, Markdown or Korean text
 * article starts so.
 *
 * @example
 * looksLikeJsonLines(new TextEncoder().encode('{"url":"https://…","html":"<p>…"}\n')); // true
 * looksLikeJsonLines(new TextEncoder().encode('<!doctype html>'));                     // false
 */
export function looksLikeJsonLines(head: Uint8Array): boolean {
  if (head[0] === 0x1f && head[1] === 0x8b) return true;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const skipSpace = () => {
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i += 1;
  };
  skipSpace();
  if (head[i] !== 0x7b) return false; // {
  i += 1;
  skipSpace();
  return head[i] === 0x22; // "
}

/** The first bytes of a file (fewer for a short one); null when it cannot be read. */
export async function fileHead(path: string): Promise<Uint8Array | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = new Uint8Array(HEAD);
    const { bytesRead } = await handle.read(buffer, 0, HEAD, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/**
 * The first chunk of standard input, put back so the reader later sees every byte;
 * null when standard input is empty.
 */
export async function peekStdin(): Promise<Uint8Array | null> {
  const stdin = process.stdin;
  const chunk = await new Promise<Buffer | null>((resolve) => {
    const done = (value: Buffer | null) => {
      stdin.off('readable', onReadable);
      stdin.off('end', onEnd);
      stdin.off('error', onEnd);
      resolve(value);
    };
    const onReadable = () => done(stdin.read() as Buffer | null);
    const onEnd = () => done(null);
    stdin.on('readable', onReadable);
    stdin.once('end', onEnd);
    stdin.once('error', onEnd);
  });
  if (chunk) stdin.unshift(chunk);
  return chunk;
}

/** The note on stderr when gisa reads an input as JSON Lines by its content. */
export function jsonLinesNote(name: string, field: string): string {
  return `gisa: ${name === '-' ? 'standard input' : name} starts with a JSON object: read as JSON Lines, one record per line with the page in "${field}" (--input file reads it as one article)\n`;
}
