import type { SiteAdapter } from './types.js';

/** Kyunghyang Shinmun (khan.co.kr): `p.content_text` paragraphs in `#articleBody`. */
export const khan: SiteAdapter = {
  name: 'khan',
  hosts: ['khan.co.kr', 'www.khan.co.kr', 'm.khan.co.kr'],
  fingerprints: ['#articleBody p.content_text', 'div.art_body'],
  headline: ['article header h1', 'h1#article_title', 'h1'],
  stamps: ['.date .inner p', '.byline .date', '.art_header .date'],
  bylines: ['header .bottom .editor a', '.byline .editor'],
  body: ['#articleBody', 'div.art_body'],
  captions: ['.art_photo figcaption', '.art_photo .caption', '.art_photo p'],
  remove: ['.art_ad', '.article-ad', '.srch_kwd'],
};
