import type { SiteAdapter } from './types.js';

/** SBS News: images marked `data-captionyn="N"` show no caption, so their alt texts are not captions. */
export const sbs: SiteAdapter = {
  name: 'sbs',
  hosts: ['news.sbs.co.kr', 'mnews.sbs.co.kr'],
  fingerprints: ['div.text_area[itemprop="articleBody"]', 'h1#news-title'],
  headline: ['h1#news-title', 'h3#vmNewsTitle'],
  stamps: ['.date_area', '.w_article_title .date'],
  bylines: ['.w_author .reporter span[itemprop="name"]', '.w_author .name'],
  body: ['div.text_area[itemprop="articleBody"]', 'div.text_area'],
  remove: ['img[data-captionyn="N"]', '.article_image', 'div.mainimg_area', '.text_area .ad'],
};
