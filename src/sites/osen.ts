import type { SiteAdapter } from './types.js';

/** OSEN (mobile 2019 and desktop 2026): the lead byline is a bracket dateline `[OSEN=…, 홍길동 기자]`. */
export const osen: SiteAdapter = {
  name: 'osen',
  hosts: ['osen.co.kr', 'osen.mt.co.kr', 'mosen.mt.co.kr'],
  fingerprints: ['h2#titleDsp', '.view-info__journalist'],
  headline: ['h2#titleDsp', 'strong.view-info_title', 'h1.view-info__title'],
  stamps: ['.view-info__date', '.date'],
  bylines: ['.view-info__journalist em'],
  body: ['#articleBody', 'div.news_body', '.article_paragarph'],
  remove: ['.touchslider-viewport', '.photo_slide'],
};
