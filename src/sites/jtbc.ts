import type { SiteAdapter } from './types.js';

/**
 * JTBC News (news.jtbc.co.kr/article/NB…): MUI page, JSON-LD in `script#article-structured-data`.
 * The stamp is only `a span containing 입력`: spans of the body (`#ijam_content`) are not
 * stamps, whatever they say (`…을 입력하면`).
 */
export const jtbc: SiteAdapter = {
  name: 'jtbc',
  hosts: ['news.jtbc.co.kr', 'jtbc.co.kr'],
  fingerprints: ['#ijam_content', '#jtbcBody'],
  headline: ['#articletitle', 'h1'],
  stamps: ['span:contains("입력"):not(#ijam_content span):not(#jtbcBody span)'],
  bylines: ['.author-item span'],
  body: ['#ijam_content', '#jtbcBody', '.article_content'],
  captions: ['#ijam_content figure figcaption'],
};
