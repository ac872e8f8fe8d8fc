import type { SiteAdapter } from './types.js';

/**
 * Yonhap News (`www.yna.co.kr/view/AKR…`), the 2025 layout first, then the older one.
 * The reporter cards (`writer-zone`) and the bare `hong@yna.co.kr` line sit inside the
 * story container: they are read as bylines, never as paragraphs.
 */
export const yonhap: SiteAdapter = {
  name: 'yonhap',
  hosts: ['yna.co.kr', 'm.yna.co.kr'],
  fingerprints: ['.story-news.article', '.update-time[data-published-time]'],
  headline: ['h1.tit01', 'header.title-article01 h1.tit', 'h1.tit'],
  deck: ['.tit-sub h2.tit01', '.tit-sub h2'],
  section: ['.nav-path01 li:last-child a'],
  stamps: ['.update-time', '.txt-time01'],
  bylines: [
    'div[class^="writer-zone"]',
    '#newsWriterCarousel01',
    '.txt-con .tit-name',
    '.story-news > p:contains("@yna.co.kr"):not(:contains(" "))',
  ],
  body: ['.story-news.article', '.story-news'],
  captions: ['figcaption .txt-desc', '.desc-con .tit-cap'],
  remove: ['p.txt-copyright', 'aside', '.related-zone', '.keyword-zone', '.keyword-zone01'],
};
