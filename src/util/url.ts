/**
 * URLs the Article may carry. Its consumers put them into `href` and `src` attributes
 * and fetch them, so only web links pass: `javascript:`, `vbscript:`, `data:`, `file:`
 * and every other scheme give null, however the page spelled them (`java&#9;script:`
 * decodes to `java\tscript:`, which the URL parser reads as `javascript:`).
 */

/**
 * `value` as an absolute `http:` or `https:` URL (resolved against `base` when given),
 * or null for any other scheme, a relative URL with no base, or no URL at all.
 *
 * @example
 * webUrl('/photo.jpg', 'https://news.example.kr/a/1') // 'https://news.example.kr/photo.jpg'
 * webUrl('javascript:alert(1)')                       // null
 */
export function webUrl(value: string | null | undefined, base?: string | null): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, base ?? undefined);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
