import type { SiteAdapter } from './types.js';

/** MTN (news.mtn.co.kr): `h4` headline and `h5` deck in `div#subject`. */
export const mtn: SiteAdapter = {
  name: 'mtn',
  hosts: ['news.mtn.co.kr', 'mtn.co.kr'],
  fingerprints: ['div#subject h4'],
  headline: ['div#subject h4'],
  deck: ['div#subject h5'],
  stamps: ['span.newsDate'],
  bylines: ['span.newsName'],
  body: ['#newsContent', 'div.news_body', '#articleBody'],
};
