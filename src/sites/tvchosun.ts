import type { SiteAdapter } from './types.js';

/** TV Chosun: ads injected mid-word inside quotes (`span.view_banner`); credit-only caption `p.aboutPhoto`. */
export const tvchosun: SiteAdapter = {
  name: 'tvchosun',
  hosts: ['news.tvchosun.com', 'tvchosun.com'],
  fingerprints: ['div.article_tit h3.title', 'div.contents[itemprop="articleBody"]'],
  headline: ['div.article_tit h3.title', '.view-title h2.title'],
  stamps: ['div.article_tit p.date', '.editor .date li p'],
  bylines: ['span.name_mul'],
  body: ['div.contents[itemprop="articleBody"]', 'div.contents'],
  captions: ['p.aboutPhoto', 'span.description'],
  remove: ['span.view_banner', '.view_banner'],
};
