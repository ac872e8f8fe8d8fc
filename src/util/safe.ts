import { removeUnsafeChars } from './text.js';

/**
 * `value` (an Article, or any tree of plain objects, arrays and strings) with
 * {@link removeUnsafeChars} applied to every string in it, in place, and how many code
 * points were removed. The input text was cleaned already when it was decoded; this
 * catches what markup made afterwards (`&#x1b;`, `&#x202e;`, a percent-free URL).
 *
 * @example
 * const article = { headline: '제목\u0007', paragraphs: ['본문'] };
 * removeUnsafeCharsEverywhere(article) // 1; article.headline is now '제목'
 */
export function removeUnsafeCharsEverywhere(value: unknown): number {
  let removed = 0;
  // An explicit stack: the Article is shallow, but nothing here should trust that.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, child] of entries) {
      if (typeof child === 'string') {
        const safe = removeUnsafeChars(child);
        if (safe.removed) {
          removed += safe.removed;
          // Text fields are trimmed with single spaces: a removed character must not leave two.
          (node as Record<string | number, unknown>)[key] = safe.text.replace(/ {2,}/g, ' ').trim();
        }
      } else if (child !== null && typeof child === 'object') {
        stack.push(child);
      }
    }
  }
  return removed;
}
