import type { SiteAdapter } from './types.js';

/** MBC News (imnews.imbc.com): titles use `‥`; the writer is a bare name; JSON-LD has `//` comments. */
export const mbc: SiteAdapter = {
  name: 'mbc',
  hosts: ['imnews.imbc.com', 'imbc.com'],
  fingerprints: ['div.news_txt[itemprop="articleBody"]', 'h2.art_title'],
  headline: ['h2.art_title'],
  section: ['span.sort'],
  stamps: ['div.date span.input'],
  bylines: ['div.reporter span.writer'],
  body: ['div.news_txt[itemprop="articleBody"]', 'div.news_txt'],
  captions: ['p.caption'],
  remove: ['.hashtag', '.share_area', '.m_top_title'],
};
