import type { Metadata } from '../blocks.js';
import { clean } from '../util/text.js';
import type { Layout } from './layout.js';

// ` - 연합뉴스`, ` | 한국일보`, `｜동아일보`, ` : 네이버 뉴스`, and `-정치ㅣ한국일보` (section, bar, site).
const SITE_SUFFIX = /\s*(?:\s[-–—:|]\s|[|｜ㅣ]|\s?-\s?(?=[^\s-]{1,12}$))\s*[^|｜ㅣ\-–—:]{1,25}$/;
const SECTION_AND_SITE = /\s{0,2}[-–—]\s{0,2}[^\s|｜ㅣ\-–—]{1,10}\s{0,2}[|｜ㅣ]\s{0,2}[^|｜ㅣ]{1,25}$/;

/** Removes a site-name suffix from a page title (`제목 - 연합뉴스` → `제목`). */
export function stripSiteSuffix(title: string, siteName?: string | null): string {
  let t = clean(title);
  if (siteName) {
    const site = clean(siteName);
    for (const sep of [' - ', ' | ', ' : ', '｜', 'ㅣ', ' – ', ' — ', '|', '-']) {
      if (t.endsWith(sep + site) && t.length > site.length + sep.length + 4) return clean(t.slice(0, -(sep + site).length));
    }
  }
  const both = SECTION_AND_SITE.exec(t);
  if (both && both.index >= 6) return clean(t.slice(0, both.index));
  const m = SITE_SUFFIX.exec(t);
  if (m && m.index >= 6) t = clean(t.slice(0, m.index));
  return t;
}

/** The headline: the block in the headline role, else the page's metadata title. */
export function extractHeadline(layout: Layout, meta: Metadata): string | null {
  const at = layout.roles.indexOf('headline');
  if (at !== -1) return clean((layout.blocks[at] as { text: string }).text) || null;
  return meta.headline ? stripSiteSuffix(meta.headline, meta.siteName) || null : null;
}
