import type { SiteAdapter } from './types.js';

/** News1 (news1.kr), a Next.js site: datelines `(서울=뉴스1) 홍길동 기자 =`. */
export const news1: SiteAdapter = {
  name: 'news1',
  hosts: ['news1.kr', 'www.news1.kr', 'm.news1.kr'],
  fingerprints: ['div#articleBodyContent', '#articles_detail'],
  headline: ['h1.article-h2-header-title', 'h1'],
  deck: ['.article_content_stitle'],
  stamps: ['#article_created'],
  bylines: ['.box--report-top'],
  body: ['div#articleBodyContent', '#articles_detail'],
  captions: ['figure figcaption'],
  remove: ['.ads-article-warp'],
};
