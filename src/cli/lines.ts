/** One line of a JSON Lines stream: its 1-based number and bytes, or null when too long. */
export interface Line {
  number: number;
  /** The line without its `\n` / `\r\n`, in its own buffer (safe to transfer); null when longer than the limit. */
  bytes: Uint8Array | null;
  /** The first {@link HEAD_BYTES} bytes of a line too long to keep, to name its record by. */
  head?: Uint8Array;
}

/** How much of a too-long line is kept to name its record. */
export const HEAD_BYTES = 64 * 1024;

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Splits a byte stream into lines without decoding it, holding at most one line of at
 * most `maxBytes` bytes: a longer line is dropped as it streams by and comes out with
 * `bytes: null`, so a file with no newline at all still runs in bounded memory.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let head: Uint8Array | undefined;
  let number = 0;
  const finish = (): Line => {
    number += 1;
    const line: Line = tooLong ? { number, bytes: null, ...(head ? { head } : {}) } : { number, bytes: stripReturn(join(parts, size)) };
    parts = [];
    size = 0;
    tooLong = false;
    head = undefined;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start <= chunk.length) {
      const end = chunk.indexOf(NEWLINE, start);
      const stop = end === -1 ? chunk.length : end;
      if (!tooLong && stop > start) {
        size += stop - start;
        if (size > maxBytes) {
          tooLong = true;
          parts.push(chunk.subarray(start, stop));
          const kept = join(parts, size);
          head = kept.slice(0, HEAD_BYTES);
          parts = [];
        } else {
          parts.push(chunk.subarray(start, stop));
        }
      }
      if (end === -1) break;
      yield finish();
      start = end + 1;
    }
  }
  if (size > 0 || tooLong) yield finish();
}

/** Copies the parts into one fresh buffer: chunks from a stream share pooled memory. */
function join(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function stripReturn(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === RETURN ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/** Whether a line holds only spaces, tabs and line ends (JSON Lines readers skip those). */
export function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b !== 0x20 && b !== 0x09 && b !== RETURN && b !== NEWLINE) return false;
  }
  return true;
}
