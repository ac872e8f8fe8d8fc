/** `bytes` when it owns its whole buffer, else a copy that does (only those can be transferred to a worker). */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : copyBytes(bytes);
}

/**
 * A copy in a buffer of its own. Not `bytes.slice()`: on a Node `Buffer` (what streams and
 * warcio hand out) `slice` is a view of the same memory, and transferring that view's
 * buffer to a worker detached it under the reader (a plain WARC lost all records after the first).
 */
function copyBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  return out;
}

/**
 * Reads a stream of chunks to its end into one transferable buffer, giving up (null) as
 * soon as it passes `max` bytes, so an endless or huge input costs at most `max` memory.
 * `copy` always copies: for a reader that may keep reading into the buffer it handed out.
 */
export async function readCapped(chunks: AsyncIterable<Uint8Array>, max: number, copy = false): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > max) return null;
    parts.push(chunk);
  }
  if (parts.length === 1) return copy ? copyBytes(parts[0] as Uint8Array) : ownBytes(parts[0] as Uint8Array);
  return ownBytes(Buffer.concat(parts, size));
}
