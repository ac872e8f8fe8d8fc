import type { SiteAdapter } from './types.js';

/** Dong-A Ilbo: the current template and the 2013-era `div.article_txt` one. */
export const donga: SiteAdapter = {
  name: 'donga',
  hosts: ['donga.com', 'news.donga.com'],
  fingerprints: ['section.news_view', 'div.article_txt'],
  headline: ['.head_group h1', 'div.article_title h1', 'h1.title'],
  deck: ['.news_view h2.sub_tit'],
  stamps: ['.date_info', 'p.title_foot', '.news_info'],
  bylines: ['.author_info a'],
  body: ['section.news_view', 'div.article_txt', '#article_txt'],
  captions: ['figure.img_cont figcaption', '.articlePhotoC .t', '.articlePhotoR .t', '.articlePhotoL .t'],
  remove: ['.view_ad06', '.view_m_adA', '.view_m_adB', '.view_m_adK', '.a1', 'div[class^="view_ads"]', '.article_issue'],
};
