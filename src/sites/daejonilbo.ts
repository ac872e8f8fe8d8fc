import type { SiteAdapter } from './types.js';

/** Daejeon Ilbo mobile (m.daejonilbo.com): `h2.sub_tit` is the headline; caption `#imgbox`. */
export const daejonilbo: SiteAdapter = {
  name: 'daejonilbo',
  hosts: ['daejonilbo.com', 'm.daejonilbo.com'],
  fingerprints: ['div.m_cont', 'h2.sub_tit'],
  headline: ['h2.sub_tit'],
  captions: ['#imgbox'],
  body: ['div.m_cont'],
};
