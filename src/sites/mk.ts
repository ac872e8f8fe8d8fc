import type { SiteAdapter } from './types.js';

/** Maeil Business (mk.co.kr): the fixed header repeats the title; `뉴스 요약쏙` is an AI summary. */
export const mk: SiteAdapter = {
  name: 'mk',
  hosts: ['mk.co.kr', 'm.mk.co.kr'],
  fingerprints: ['div.news_cnt_detail_wrap', 'h2.news_ttl'],
  headline: ['.news_detail_head_group h2.news_ttl', 'h2.news_ttl'],
  deck: ['div.midtitle_text'],
  crossheads: ['div.border_org'],
  stamps: ['div.time_area dl.registration', 'div.time_area'],
  bylines: ['dl.author'],
  body: ['div.news_cnt_detail_wrap[itemprop="articleBody"]', 'div.news_cnt_detail_wrap'],
  captions: ['figcaption span.thum_figure_txt', 'figcaption'],
  remove: ['div.news_sum_group', '.ad_wrap', 'div.bt_copyright', '.thumb_area .thumb_btn'],
};
