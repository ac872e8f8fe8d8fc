import type { Metadata } from '../blocks.js';
import { clean, trimEndOf, WHITE_SPACE } from '../util/text.js';
import { withoutBullet, type Layout } from './layout.js';

// `-정치ㅣ한국일보`: a section, a bar, the site (Hankook Ilbo). Bounded: linear on any title.
const SECTION_AND_SITE = /\s{0,2}[-–—]\s{0,2}[^\s|｜ㅣ\-–—]{1,10}\s{0,2}[|｜ㅣ]\s{0,2}[^|｜ㅣ]{1,25}$/;
// Separators before a site name: ` - 연합뉴스`, ` | 한국일보`, `｜동아일보`, ` : 네이버 뉴스`.
const SEPARATORS = [' - ', ' – ', ' — ', ' | ', ' : ', '|', '｜', 'ㅣ'];
// What a site name never holds.
const NOT_IN_SITE = /[|｜ㅣ\-–—:]/;

/** Removes a site-name suffix from a page title (`제목 - 연합뉴스` → `제목`). */
export function stripSiteSuffix(title: string, siteName?: string | null): string {
  const t = clean(title);
  if (siteName) {
    const site = clean(siteName);
    for (const sep of [' - ', ' | ', ' : ', '｜', 'ㅣ', ' – ', ' — ', '|', '-']) {
      if (t.endsWith(sep + site) && t.length > site.length + sep.length + 4) return clean(t.slice(0, -(sep + site).length));
    }
  }
  const both = SECTION_AND_SITE.exec(t);
  if (both && both.index >= 6) return clean(t.slice(0, both.index));
  // The last separator, with a short site-like name after it.
  let cut = -1;
  let width = 0;
  for (const sep of SEPARATORS) {
    const at = t.lastIndexOf(sep);
    if (at > cut) {
      cut = at;
      width = sep.length;
    }
  }
  // `제목-한국일보`: a bare hyphen counts only before a short name with no space.
  const hyphen = t.lastIndexOf('-');
  if (hyphen > cut && t.length - hyphen - 1 <= 12 && !/\s/.test(t.slice(hyphen + 1))) {
    cut = hyphen;
    width = 1;
  }
  if (cut < 0) return t;
  const site = t.slice(cut + width).trim();
  const head = trimEndOf(t.slice(0, cut), `-–—:|｜ㅣ${WHITE_SPACE}`);
  if (head.length < 6 || !site || site.length > 25 || NOT_IN_SITE.test(site)) return t;
  return clean(head);
}

/** The headline: the block in the headline role, else the page's metadata title. */
export function extractHeadline(layout: Layout, meta: Metadata): string | null {
  const at = layout.roles.indexOf('headline');
  if (at !== -1) return withoutBullet(clean((layout.blocks[at] as { text: string }).text)) || null;
  return meta.headline ? stripSiteSuffix(meta.headline, meta.siteName) || null : null;
}
