import type { SiteAdapter } from './types.js';

/**
 * Hankook Ilbo: 2025 (`/News/Read/`), 2026 SSR (`#article-view-content`) and 2026 RSC
 * pages whose article is only in Next.js flight data. Pull quotes repeat body remarks.
 */
export const hankookilbo: SiteAdapter = {
  name: 'hankookilbo',
  hosts: ['hankookilbo.com', 'm.hankookilbo.com'],
  fingerprints: ['h2.sub-tit-ll', 'p.editor-p', 'div.editor-img-box'],
  headline: ['h1.title', 'p[class*="print:text-print-default-t"]'],
  deck: ['h2.sub-tit-ll'],
  crossheads: ['h3.editor-tit'],
  stamps: ['dl.wrt-text'],
  bylines: ['div.writer'],
  body: ['div.col-main[itemprop="articleBody"]', '#article-view-content', 'div[itemprop="articleBody"]'],
  captions: ['div.editor-img-box .caption'],
  remove: ['.end-ad-container', '.article-ad', '.ad-wrap'],
  script: 'next-flight',
};
