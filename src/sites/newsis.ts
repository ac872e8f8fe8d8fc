import type { SiteAdapter } from './types.js';

/** Newsis (newsis.com/view/NISX…): datelines `[서울=뉴시스]홍길동 기자 =`; photo blocks `.thumCont`. */
export const newsis: SiteAdapter = {
  name: 'newsis',
  hosts: ['newsis.com', 'www.newsis.com', 'mobile.newsis.com'],
  fingerprints: ['div.viewer > article', 'div.summury_view'],
  headline: ['div.articleView div.view div.top p.tit', 'div.articleView div.view div.top p', 'h1.tit'],
  deck: ['div.summury_view'],
  stamps: ['div.articleView .infoLine .date', '.view .top .txt'],
  body: ['div.viewer > article', 'div.view_text'],
  captions: ['.thumCont .desc', '.thumCont p'],
  remove: ['.summury', '#view_ad', '.iwmads'],
};
