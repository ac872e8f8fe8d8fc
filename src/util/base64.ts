/**
 * Base64 to 16-bit units without `atob` or `Buffer`: stands in for the `entities`
 * package's own helper in the built library (see tsup.config.ts), which needs one of
 * them, so the bundled core runs where neither exists (a bare `vm` context, some edge
 * runtimes). Same contract as that helper: pairs of decoded bytes, little-endian.
 *
 * @example
 * decodeBase64('QQBCAA=='); // Uint16Array [0x41, 0x42]
 */
export function decodeBase64(input: string): Uint16Array {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const value = new Uint8Array(128).fill(255);
  for (let i = 0; i < ALPHABET.length; i += 1) value[ALPHABET.charCodeAt(i)] = i;
  const bytes = new Uint8Array(Math.floor((input.length * 3) / 4));
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i += 1) {
    const code = input.charCodeAt(i);
    const v = code < 128 ? (value[code] as number) : 255;
    if (v === 255) continue; // padding and anything else
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >> bits) & 0xff;
    }
  }
  const out = new Uint16Array(length >> 1);
  for (let i = 0, o = 0; i + 1 < length; i += 2) out[o++] = (bytes[i] as number) | ((bytes[i + 1] as number) << 8);
  return out;
}
