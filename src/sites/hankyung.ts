import type { SiteAdapter } from './types.js';

/** Hankyung (hankyung.com/article/…): body of text nodes and `<br>`s. */
export const hankyung: SiteAdapter = {
  name: 'hankyung',
  hosts: ['hankyung.com', 'www.hankyung.com', 'plus.hankyung.com'],
  fingerprints: ['div#articletxt.article-body'],
  headline: ['h1.headline'],
  stamps: ['div.datetime span.item'],
  body: ['div#articletxt'],
  captions: ['figcaption.figure-caption'],
  remove: ['.related-article', '.box_related', '.article-ad'],
};
