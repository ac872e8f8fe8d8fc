import type { SiteAdapter } from './types.js';

/** ZUM News (portal copies of wire stories): deck `p.keyword`; caption `p.img_title`. */
export const zum: SiteAdapter = {
  name: 'zum',
  hosts: ['news.zum.com', 'm.news.zum.com'],
  // JoongAng's body is also `div#article_body.article_body`: only ZUM wraps it in `#article_wrap`.
  fingerprints: ['div.keyword_wrap p.keyword', '#article_wrap div#article_body'],
  deck: ['div.keyword_wrap p.keyword'],
  captions: ['p.img_title'],
  stamps: ['div.article_sponsor div.sponsor'],
  body: ['div#article_body'],
};
