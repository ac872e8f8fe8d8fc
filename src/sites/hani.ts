import type { SiteAdapter } from './types.js';

/** Hankyoreh (hani.co.kr), the Next.js layout of 2023 on: hashed CSS-module class names. */
export const hani: SiteAdapter = {
  name: 'hani',
  hosts: ['hani.co.kr', 'www.hani.co.kr'],
  fingerprints: ['#renewal2023', '[class*="ArticleDetailView_title"]', 'div.article-text p.text'],
  headline: ['h3[class*="ArticleDetailView_title"]', '#article_view_headline h4 span.title'],
  deck: ['h4[class*="ArticleDetailView_subtitle"]', '.article-text-font-size div.subtitle'],
  section: ['[class*="ArticleDetailView_breadcrumb"] a:last-child'],
  stamps: ['[class*="ArticleDetailView_dateListItem"]'],
  bylines: ['[class*="ArticleDetailView_reporterLink"]'],
  body: ['div.article-text', 'div.text'],
  captions: ['[class*="ArticleDetailContent_figcaption"]'],
  remove: ['[class*="ArticleDetailAudioPlayer"]', '.ad-area', '[class*="Advertisement"]'],
};
