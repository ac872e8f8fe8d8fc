/** `bytes` when it owns its whole buffer, else a copy that does (only those can be transferred to a worker). */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * Reads a stream of chunks to its end into one transferable buffer, giving up (null) as
 * soon as it passes `max` bytes, so an endless or huge input costs at most `max` memory.
 */
export async function readCapped(chunks: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > max) return null;
    parts.push(chunk);
  }
  return ownBytes(parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, size));
}
