import type { ResolvedOptions } from '../options.js';
import type { SiteAdapter } from '../sites/types.js';
import type { PageMeta } from './meta.js';

/**
 * The published and modified stamps the page's metadata gives, reconciled: the first
 * readable one of each. When a page prints the same clock time once with `Z` and once
 * with `+09:00` (Yonhap News TV's `dd:*` tags), the `+09:00` copies are UTC clocks with
 * a wrong offset, so they are read as UTC.
 */
export function metaStamps(page: PageMeta, adapter: SiteAdapter | null, _options: ResolvedOptions): { published: string | null; modified: string | null } {
  const clock = (s: string) => /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)/.exec(s)?.[1]?.replace(' ', 'T') ?? null;
  const zulu = page.published.filter((s) => /Z$/.test(s)).map(clock);
  const fakeKst = adapter?.metaQuirks?.includes('dd-utc') || page.published.some((s) => /\+09:?00$/.test(s) && zulu.includes(clock(s)));
  const fix = (s: string) => (fakeKst && /\+09:?00$/.test(s) ? s.replace(/\+09:?00$/, 'Z') : s);
  return {
    published: page.published.map(fix)[0] ?? null,
    modified: page.modified.map(fix)[0] ?? null,
  };
}
