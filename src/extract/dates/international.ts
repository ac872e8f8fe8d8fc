import type { Timestamp } from '../../schema.js';

// `/2019/06/20/`, `/2019-06-20-`, `/20190620-`: a date in the URL's path, the last resort.
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-]|\.html?|$)|\/((?:19|20)\d{2})(\d{2})(\d{2})-/;

/**
 * The published and modified times of a page from abroad, chosen the way the Korean path
 * chooses them, with the metadata trusted before an unlabelled shown date:
 *
 * 1. a shown stamp labelled published (`Published`, `Veröffentlicht am`, `Publié le`);
 * 2. the metadata's published time, unless it is stated in UTC and a shown stamp names the
 *    same or a neighbouring day: the shown one is the day the page printed;
 * 3. the first unlabelled shown stamp;
 * 4. a date in the URL's path.
 *
 * Modified stamps never stand in for published ones.
 *
 * @example
 * pickInternational([], [{ kind: 'published', label: null, raw: '2019-06-20T15:32:00+0000', iso: '2019-06-20T15:32:00+00:00' }], null)
 * // { publishedAt: '2019-06-20T15:32:00+00:00', modifiedAt: null }
 */
export function pickInternational(shown: readonly Timestamp[], fromMeta: readonly Timestamp[], url: string | null): { publishedAt: string | null; modifiedAt: string | null } {
  const labelled = shown.find((t) => t.kind === 'published' && t.iso)?.iso ?? null;
  const unlabelled = shown.find((t) => t.kind === 'other' && t.iso)?.iso ?? null;
  const metaPublished = fromMeta.find((t) => t.kind === 'published' && t.iso)?.iso ?? null;
  let publishedAt = labelled;
  if (!publishedAt && metaPublished) {
    publishedAt = metaPublished.endsWith('+00:00') && unlabelled && daysApart(unlabelled, metaPublished) <= 1 ? unlabelled : metaPublished;
  }
  publishedAt ??= unlabelled ?? urlDate(url);
  const modifiedAt = shown.find((t) => t.kind === 'modified' && t.iso)?.iso ?? fromMeta.find((t) => t.kind === 'modified' && t.iso)?.iso ?? null;
  return { publishedAt, modifiedAt };
}

/** Calendar days between the days two ISO stamps print (each in its own offset). */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/**
 * The day a URL's path names, as a date without time (`2019-06-20T00:00:00+00:00` is not
 * claimed: the day is given in UTC only as a carrier), or null.
 */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${mo}-${d}T00:00:00+00:00`;
}
