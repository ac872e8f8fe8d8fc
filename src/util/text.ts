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

/** NFC-normalizes, drops invisible characters, folds white space, trims. */
export function clean(value: string): string {
  const text = value.normalize('NFC');
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
  return value
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(SPACES, ' ').trim());
}

/** The text with every character that is not a letter or digit removed, for fuzzy equality. */
export function skeleton(value: string): string {
  return value.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
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
