import type { SiteAdapter } from './types.js';

/** JTBC News (news.jtbc.co.kr/article/NB…): MUI page, JSON-LD in `script#article-structured-data`. */
export const jtbc: SiteAdapter = {
  name: 'jtbc',
  hosts: ['news.jtbc.co.kr', 'jtbc.co.kr'],
  fingerprints: ['#ijam_content', '#jtbcBody'],
  headline: ['#articletitle', 'h1'],
  bylines: ['.author-item span'],
  body: ['#ijam_content', '#jtbcBody', '.article_content'],
  captions: ['#ijam_content figure figcaption'],
};
