import type { SiteAdapter } from './types.js';

/** YTN: the deck is a `span.subhead` inside the body; 2023 stamps read `2023년 04월 07일 18시 36분`. */
export const ytn: SiteAdapter = {
  name: 'ytn',
  hosts: ['ytn.co.kr', 'm.ytn.co.kr'],
  fingerprints: ['div.article#CmAdContent', '#CmAdContent'],
  headline: ['h2.news_title span', '#nav_content h3', 'div.top h3'],
  section: ['span.cate'],
  deck: ['span.subhead'],
  stamps: ['.news_info .date', 'div.top span.time', 'span.time'],
  body: ['div.article#CmAdContent', '#CmAdContent'],
  captions: ['p.imgcaption'],
  remove: ['.ad_box', '.article_ad'],
};
