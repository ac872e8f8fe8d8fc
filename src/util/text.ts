/**
 * String helpers shared by every stage. The contract wants all output strings NFC,
 * trimmed, with runs of white space folded to one space.
 */

// Zero-width characters and the BOM carry no text; scraped pages are full of them.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every Unicode space (NBSP, ideographic space, thin spaces …) and line break.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

// Both in one pass: invisible characters go, runs of spaces become one.
const INVISIBLE_OR_SPACES = /[\u200B-\u200D\u2060\uFEFF\u00AD]|[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * Most combining marks kept after one base character: Unicode's stream-safe text format
 * (UAX #15) allows 30. No script needs more; Zalgo text has thousands.
 */
export const MAX_COMBINING_MARKS = 30;
const LONG_MARK_RUN = /\p{M}{31,}/gu;

/**
 * Whether `value` may hold a run of more than {@link MAX_COMBINING_MARKS} combining marks.
 * A loop over code units, 10× faster than `/\p{M}{31}/u`: it counts runs of characters
 * outside the blocks that hold no marks (ASCII, Latin, Hangul syllables, CJK, kana,
 * punctuation); only a long such run needs the exact test.
 */
function mayHaveLongMarkRun(value: string): boolean {
  let run = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    const plain =
      c < 0x300 ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x2000 && c <= 0x20cf) ||
      (c >= 0x3000 && c <= 0x3029) ||
      (c >= 0x3030 && c <= 0x3098) ||
      (c >= 0x309b && c <= 0x30ff) ||
      (c >= 0xff00 && c <= 0xffef);
    run = plain ? 0 : run + 1;
    if (run > MAX_COMBINING_MARKS) return true;
  }
  return false;
}

/**
 * `value` with every run of combining marks cut to its first {@link MAX_COMBINING_MARKS}
 * marks, so that NFC normalization stays linear: `String.prototype.normalize` reorders a
 * run whose marks' classes alternate in quadratic time (a megabyte of `\u0316\u0301`
 * takes minutes). Cut runs cannot change any other text: a mark never reorders across
 * the base character before it.
 *
 * @example
 * capCombiningMarks('e' + '\u0301'.repeat(100)) // 'e' + '\u0301'.repeat(30)
 */
export function capCombiningMarks(value: string): string {
  if (!mayHaveLongMarkRun(value)) return value;
  return value.replace(LONG_MARK_RUN, (run) => Array.from(run.slice(0, 2 * MAX_COMBINING_MARKS)).slice(0, MAX_COMBINING_MARKS).join(''));
}

/** NFC of `value` after {@link capCombiningMarks}: linear time on any input. */
export function nfc(value: string): string {
  return capCombiningMarks(value).normalize('NFC');
}

/**
 * Code points no output string may hold: C0 controls but tab and line breaks, DEL and the
 * C1 controls, the bidi embeddings, overrides and isolates (they reorder the text around
 * them when shown), the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF, and lone
 * surrogates. PostgreSQL's `jsonb` refuses `\u0000`, strict JSON parsers refuse lone
 * surrogates, and none of them is text a reader sees.
 */
const UNSAFE_CHARS = /[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_UNSAFE_CHAR = new RegExp(UNSAFE_CHARS.source);

/**
 * `value` without the code points of {@link UNSAFE_CHARS}, and how many were removed.
 * A lone surrogate becomes U+FFFD (it stood for a character that was lost); the others
 * go. Tab, line feed, vertical tab, form feed and carriage return stay: they are white
 * space that {@link clean} folds.
 *
 * @example
 * removeUnsafeChars('말\u0000했다\u202e') // { text: '말했다', removed: 2 }
 */
export function removeUnsafeChars(value: string): { text: string; removed: number } {
  if (!HAS_UNSAFE_CHAR.test(value)) return { text: value, removed: 0 };
  let removed = 0;
  const text = value.replace(UNSAFE_CHARS, (ch) => {
    removed += 1;
    const c = ch.charCodeAt(0);
    return c >= 0xd800 && c <= 0xdfff ? '\ufffd' : '';
  });
  return { text, removed };
}

/** NFC-normalizes, drops invisible characters, folds white space, trims. */
export function clean(value: string): string {
  const text = nfc(value);
  // Most strings are clean already (single ASCII spaces between words): one test, no rewrite.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(INVISIBLE_OR_SPACES, (m) => (m.length === 1 && INVISIBLE_CHARS.includes(m) ? '' : ' ')).trim();
}

// What clean() would change: an invisible character, any white space but ASCII's space
// (`\s` holds every space SPACES lists), two spaces in a row, or a space at either end.
const NEEDS_CLEANING = /[\u200B-\u200D\u2060\uFEFF\u00AD]|[^\S ]| {2}|^ | $/;

const INVISIBLE_CHARS = '\u200B\u200C\u200D\u2060\uFEFF\u00AD';

/** Like {@link clean} but keeps line breaks (one per line, lines trimmed, blank lines kept as ''). */
export function cleanLines(value: string): string[] {
  return nfc(value)
    .replace(INVISIBLE, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(SPACES, ' ').trim());
}

/** The text with every character that is not a letter or digit removed, for fuzzy equality. */
export function skeleton(value: string): string {
  return nfc(value).replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** Whether a character is a Hangul syllable. */
export function isHangulSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3;
}

/** Whether every character of `word` is a Hangul syllable. */
export function isAllHangul(word: string): boolean {
  if (!word) return false;
  // By code unit: a surrogate pair is no syllable either way, and this runs for every word.
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c < 0xac00 || c > 0xd7a3) return false;
  }
  return true;
}

/**
 * `value` without the run of characters at its end that `chars` holds. A loop, not
 * `/[…]+$/`: an unanchored run-at-end regex retries from every position of a long run
 * that is not at the end, which is quadratic.
 */
export function trimEndOf(value: string, chars: string): string {
  let end = value.length;
  while (end > 0 && chars.includes(value[end - 1] as string)) end -= 1;
  return value.slice(0, end);
}

/** Every white-space character `clean` folds, for {@link trimEndOf}. */
export const WHITE_SPACE = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** `value` without the run of characters at its start that `chars` holds. */
export function trimStartOf(value: string, chars: string): string {
  let start = 0;
  while (start < value.length && chars.includes(value[start] as string)) start += 1;
  return value.slice(start);
}
