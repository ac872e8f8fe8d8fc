import type { SiteAdapter } from './types.js';

/** JoongAng Ilbo (joongang.co.kr/article/…): stamps are `time` elements with ISO `datetime`. */
export const joongang: SiteAdapter = {
  name: 'joongang',
  hosts: ['joongang.co.kr', 'www.joongang.co.kr', 'mnews.joongang.co.kr'],
  fingerprints: ['div#article_body.article_body', '#article_body p[data-divno]'],
  headline: ['h1.headline'],
  section: ['.subhead a'],
  crossheads: ['.ab_sub_heading h2'],
  // The label (`입력`, `업데이트`) stands before the <time>, inside the same line.
  stamps: ['.datetime :has(> time[itemprop])', '.datetime time[itemprop="datePublished"]', '.datetime time[itemprop="dateModified"]'],
  bylines: ['.byline a', '.ab_byline p'],
  body: ['div#article_body'],
  captions: ['.ab_photo .caption', '.photo_center .caption'],
  remove: ['.tag_wrap', '.ab_related_article', '#ad_art_content_mid'],
};
