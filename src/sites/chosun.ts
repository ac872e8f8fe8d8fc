import type { SiteAdapter } from './types.js';

/**
 * Chosun Ilbo on Arc XP (`www.chosun.com`): plain fetches often get no rendered body,
 * so the article is read from the Fusion JSON when the DOM has none.
 */
export const chosun: SiteAdapter = {
  name: 'chosun',
  hosts: ['www.chosun.com', 'chosun.com', 'm.chosun.com'],
  fingerprints: ['script#fusion-metadata', '#fusion-app'],
  headline: ['h1.article-header__headline', '.article-header__headline'],
  deck: ['.article-header__headline-container p span'],
  stamps: ['.inputDate', 'span.upDate', '.article-dateline'],
  bylines: ['.article-byline__author'],
  body: ['section.article-body[itemprop="articleBody"]', 'section.article-body'],
  captions: ['figure.article-body__content-image figcaption'],
  remove: ['div.arcad-wrapper', '.article-tags'],
  script: 'fusion',
};

/** The old news.chosun.com template (2018–2020), also used for partner stories. */
export const chosunOld: SiteAdapter = {
  name: 'chosun-old',
  hosts: ['news.chosun.com', 'biz.chosun.com', 'sports.chosun.com'],
  fingerprints: ['div#news_body_id'],
  headline: ['#news_title_text_id', 'h1#news_title_text_id'],
  deck: ['h3.news_subtitle'],
  stamps: ['.news_date'],
  bylines: ['#j1 .news_writer', '.news_writer'],
  body: ['div#news_body_id'],
  captions: ['figure figcaption'],
  remove: ['.news_like', '.news_copyright', '#news_body_id .ad'],
};
