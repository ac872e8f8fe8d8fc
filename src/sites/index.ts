import { asiatoday } from './asiatoday.js';
import { chosun, chosunOld } from './chosun.js';
import { daejonilbo } from './daejonilbo.js';
import { daum } from './daum.js';
import { donga } from './donga.js';
import { hani } from './hani.js';
import { hankookilbo } from './hankookilbo.js';
import { hankyung } from './hankyung.js';
import { jtbc } from './jtbc.js';
import { joongang } from './joongang.js';
import { kbs } from './kbs.js';
import { khan } from './khan.js';
import { mbc } from './mbc.js';
import { mbn } from './mbn.js';
import { mk } from './mk.js';
import { mtn } from './mtn.js';
import { naver } from './naver.js';
import { ndsoft } from './ndsoft.js';
import { news1 } from './news1.js';
import { newsis } from './newsis.js';
import { osen } from './osen.js';
import { sbs } from './sbs.js';
import { tvchosun } from './tvchosun.js';
import type { SiteAdapter } from './types.js';
import { yonhap } from './yonhap.js';
import { yonhapnewstv } from './yonhapnewstv.js';
import { ytn } from './ytn.js';
import { zum } from './zum.js';

/**
 * Every site adapter gisa knows. Portals (Naver, Daum, ZUM) come first: they carry other
 * outlets' stories in their own markup. The local-news CMS comes last: it is matched by
 * markup only.
 */
export const ADAPTERS: readonly SiteAdapter[] = Object.freeze([
  naver, daum, zum, yonhap, yonhapnewstv, chosun, chosunOld, joongang, donga, hani, khan, hankookilbo, mk,
  hankyung, newsis, news1, kbs, mbc, sbs, ytn, jtbc, mbn, tvchosun, osen, mtn, asiatoday, daejonilbo, ndsoft,
].map((adapter) => Object.freeze(adapter)));

/**
 * The adapter for a page: by the URL's host when there is one, else by a markup
 * fingerprint. Null when no adapter fits (the generic path reads the page).
 */
export function pickAdapter(
  url: string | null,
  select: (selector: string) => readonly unknown[],
  adapters: readonly SiteAdapter[] = ADAPTERS,
): SiteAdapter | null {
  const host = hostOf(url);
  if (host) {
    const byHost = adapters.find((a) => a.hosts?.some((h) => host === h || host.endsWith(`.${h}`)));
    if (byHost) return byHost;
  }
  return adapters.find((a) => a.fingerprints?.some((selector) => select(selector).length > 0)) ?? null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export type { SiteAdapter } from './types.js';
export { defineAdapter } from './define.js';
