import type { SiteAdapter } from './types.js';

/** Asia Today (asiatoday.co.kr view.php): body `#font`, stamp `.wr_day` (기사승인). */
export const asiatoday: SiteAdapter = {
  name: 'asiatoday',
  hosts: ['asiatoday.co.kr', 'm.asiatoday.co.kr'],
  fingerprints: ['div.news_bm#font'],
  stamps: ['.wr_day'],
  body: ['div.news_bm#font', '#font'],
};
