import type { SiteAdapter } from './types.js';

/** ZUM News (portal copies of wire stories): deck `p.keyword`; caption `p.img_title`. */
export const zum: SiteAdapter = {
  name: 'zum',
  hosts: ['news.zum.com', 'm.news.zum.com'],
  fingerprints: ['div.keyword_wrap p.keyword', 'div#article_body'],
  deck: ['div.keyword_wrap p.keyword'],
  captions: ['p.img_title'],
  stamps: ['div.article_sponsor div.sponsor'],
  body: ['div#article_body'],
};
