import { GisaError } from '../errors.js';
import type { ResolvedOptions } from '../options.js';
import { describeValue } from '../util/describe.js';
import { warn, type Warning } from '../warnings.js';
import { bytesOf, posesAsBuffer } from './bytes.js';
import { declaredCharset, normalizeLabel } from './charset.js';
import { makeDecoder } from './decoder.js';
import { repairMojibake } from './mojibake.js';
import { capCombiningMarks, MAX_COMBINING_MARKS, removeUnsafeChars } from '../util/text.js';

/** Text ready for a frontend, with the charset it was read in. */
export interface Decoded {
  text: string;
  /** The charset the bytes were decoded with; null when the input was already a string. */
  charset: string | null;
  warnings: Warning[];
}

/**
 * Turns the caller's input into text: strings pass through, bytes are decoded by BOM,
 * `options.charset`, UTF-8 when the bytes are valid UTF-8 (whatever the page declares),
 * the page's `<meta charset>`, then EUC-KR/CP949. CP949 text already mis-decoded as
 * Latin-1 (`ÀÔ·Â`) is repaired. Refuses input over `maxInputBytes` (`INPUT_TOO_LARGE`),
 * empty input (`EMPTY_INPUT`) and binary data (`UNDECODABLE`).
 */
export function decodeInput(input: unknown, options: ResolvedOptions): Decoded {
  let decoded: Decoded;
  if (typeof input === 'string') {
    checkStringSize(input, options.maxInputBytes);
    decoded = { text: input, charset: null, warnings: [] };
  } else {
    const bytes = bytesOf(input);
    if (!bytes) throw notInput(input);
    if (bytes.byteLength > options.maxInputBytes) throw tooLarge(bytes.byteLength, options.maxInputBytes);
    decoded = decodeBytes(bytes, options.charset);
  }
  if (looksBinary(decoded.text)) {
    throw new GisaError('UNDECODABLE', 'the input is not text: it looks like binary data (control characters or undecodable bytes)');
  }
  if (decoded.text.charCodeAt(0) === 0xfeff) decoded.text = decoded.text.slice(1);
  const repaired = repairMojibake(decoded.text);
  if (repaired !== null) {
    decoded.text = repaired;
    decoded.charset = 'euc-kr';
    decoded.warnings.push(warn('MOJIBAKE_REPAIRED', 'repaired CP949 (EUC-KR) text that had been decoded as Latin-1'));
  }
  // After the mojibake repair, which reads C1 controls as the CP949 bytes they were.
  makeSafe(decoded);
  if (!/[^\s\u200B-\u200D\uFEFF]/.test(decoded.text)) {
    throw new GisaError('EMPTY_INPUT', 'the input holds no text (it is empty or only white space)');
  }
  return decoded;
}

/**
 * Removes the code points no output may hold and cuts runs of combining marks, once, on
 * the whole text, so that every later stage sees safe text and normalizes in linear time.
 */
function makeSafe(decoded: Decoded): void {
  const safe = removeUnsafeChars(decoded.text);
  if (safe.removed) {
    decoded.text = safe.text;
    decoded.warnings.push(unsafeCharsWarning(safe.removed));
  }
  const capped = capCombiningMarks(decoded.text);
  if (capped.length !== decoded.text.length) {
    decoded.text = capped;
    decoded.warnings.push(
      warn('COMBINING_MARKS_CUT', `runs of more than ${MAX_COMBINING_MARKS} combining marks were cut to their first ${MAX_COMBINING_MARKS}`),
    );
  }
}

/** The warning for code points removed by {@link removeUnsafeChars}. */
export function unsafeCharsWarning(count: number): Warning {
  return warn(
    'CONTROL_CHARS_REMOVED',
    `removed ${count} control, bidi-override or noncharacter code point${count === 1 ? '' : 's'} (lone surrogates became U+FFFD)`,
  );
}

function decodeBytes(bytes: Uint8Array, charset: string | null): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.length)), charset: bom.charset, warnings: [] };
  const utf8 = tryDecode('utf-8', bytes);
  if (charset) {
    const label = normalizeLabel(charset);
    const decoder = makeDecoder(label, true);
    if (!decoder) throw new GisaError('INVALID_OPTIONS', `options.charset names a charset this runtime cannot decode: ${charset}`);
    const strict = tryDecode(label, bytes);
    if (strict !== null) return { text: strict, charset: decoder.encoding, warnings: [] };
    if (utf8 !== null) {
      return { text: utf8, charset: 'utf-8', warnings: [warn('CHARSET_MISMATCH', `options.charset is ${charset} but the bytes are UTF-8; decoded as UTF-8`)] };
    }
    return { text: (makeDecoder(label, false) as TextDecoder).decode(bytes), charset: decoder.encoding, warnings: [warn('INVALID_BYTES', `some bytes are not valid ${charset}`)] };
  }
  const declared = declaredCharset(bytes);
  if (utf8 !== null) {
    const warnings = declared && declared !== 'utf-8' && /[^\x00-\x7f]/.test(utf8) ? [warn('CHARSET_MISMATCH', `the page declares ${declared} but its bytes are UTF-8; decoded as UTF-8`)] : [];
    return { text: utf8, charset: 'utf-8', warnings };
  }
  const fallbacks = [declared, 'euc-kr'].filter((l): l is string => !!l && l !== 'utf-8' && !!makeDecoder(l, false));
  for (const label of fallbacks) {
    const text = tryDecode(label, bytes);
    if (text === null) continue;
    // Without a declaration, EUC-KR is a guess (the likeliest one for Korean bytes that are not UTF-8).
    const warnings = label === declared ? [] : [warn('CHARSET_GUESSED', `the bytes are not UTF-8 and declare no charset; read as ${label}`)];
    return { text, charset: (makeDecoder(label, false) as TextDecoder).encoding, warnings };
  }
  const label = fallbacks[0] ?? 'utf-8';
  const lossy = makeDecoder(label, false) as TextDecoder;
  return {
    text: lossy.decode(bytes),
    charset: lossy.encoding,
    warnings: [warn('INVALID_BYTES', `the bytes are not valid in any charset tried (${[...fallbacks, 'utf-8'].join(', ')}); decoded as ${label} with replacement characters`)],
  };
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  const decoder = makeDecoder(label, true);
  if (!decoder) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

function checkStringSize(text: string, max: number): void {
  // UTF-8 needs at least one byte per UTF-16 unit and at most three.
  if (text.length > max) throw tooLarge(text.length, max);
  if (text.length * 3 <= max) return;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  if (bytes > max) throw tooLarge(bytes, max);
}

function tooLarge(size: number, max: number): GisaError {
  return new GisaError(
    'INPUT_TOO_LARGE',
    `the input has ${size} bytes, more than maxInputBytes (${max}); raise options.maxInputBytes to parse it`,
  );
}

/**
 * Whether decoded text is really binary: more than 10% control characters (other than
 * tab, line feed, form feed, carriage return) or U+FFFD, in the first and last 8 Ki characters.
 */
export function looksBinary(text: string): boolean {
  const count = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i += 1) {
      const c = text.charCodeAt(i);
      if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0xfffd) n += 1;
    }
    return n;
  };
  const half = 8192;
  if (text.length <= 2 * half) return count(0, text.length) > text.length * 0.1;
  return count(0, half) + count(text.length - half, text.length) > 2 * half * 0.1;
}

function notInput(input: unknown): GisaError {
  const what = posesAsBuffer(input) ? 'an object posing as an ArrayBuffer (a Proxy of one cannot be read; pass the buffer itself)' : describeValue(input);
  return new GisaError(
    'INVALID_INPUT',
    `input must be a string, bytes (Uint8Array, ArrayBuffer or another ArrayBufferView) or a parsed HTML document, not ${what}`,
  );
}
