import type { SiteAdapter } from './types.js';

/** Daum News (`v.daum.net/v/…`): `dmcf-ptype` blocks; the page's `<h1>` is the press logo. */
export const daum: SiteAdapter = {
  name: 'daum',
  hosts: ['v.daum.net', 'news.v.daum.net', 'm.news.daum.net'],
  fingerprints: ['.article_view [dmcf-ptype]', 'h3.tit_view'],
  headline: ['h3.tit_view', 'h2.tit_head'],
  deck: ['strong.summary_view'],
  stamps: ['.info_view .txt_info:has(.num_date)'],
  bylines: ['.info_view .txt_info:not(:has(.num_date))'],
  body: ['div.article_view > section', 'div.article_view'],
  captions: ['figcaption.txt_caption'],
  remove: ['div.layer_summary', '.keyword_area', '#kakaoServiceLogo', '.copyright_view'],
};
