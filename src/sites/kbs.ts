import type { SiteAdapter } from './types.js';

/** KBS News: the body is duplicated in a hidden print/e-mail block; stamps print the time in parentheses. */
export const kbs: SiteAdapter = {
  name: 'kbs',
  hosts: ['news.kbs.co.kr', 'mnews.kbs.co.kr'],
  fingerprints: ['#cont_newstext', 'h4.headline-title'],
  headline: ['h4.headline-title', 'div.landing-caption h5.tit-s', 'h5.tit-s'],
  section: ['.category-name', 'span.source a.cate'],
  stamps: ['em.input-date', 'em.edit-date', 'span.txt-info em.date'],
  bylines: ['#ulReporterList li p.name'],
  body: ['#cont_newstext'],
  remove: ['#mailHtmlContents', 'div.view_con_text', 'script'],
};
