import type { SiteAdapter } from './types.js';

/**
 * Yonhap News TV: `p.subTitle` is the section, not a deck. Its `dd:*` meta times print a
 * UTC clock with `+09:00`; the generic meta reconciliation catches that by comparison.
 */
export const yonhapnewstv: SiteAdapter = {
  name: 'yonhapnewstv',
  hosts: ['yonhapnewstv.co.kr'],
  fingerprints: ['div#articleBody.detail[itemprop="articleBody"]'],
  headline: ['h2.title'],
  section: ['p.subTitle'],
  body: ['div#articleBody'],
  metaQuirks: ['dd-utc'],
};
