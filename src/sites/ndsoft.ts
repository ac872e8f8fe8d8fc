import type { SiteAdapter } from './types.js';

/**
 * The local-news CMS behind hundreds of Korean sites (`/news/articleView.html?idxno=N`):
 * the current `article-view-header` template and the older `user-container` one.
 */
export const ndsoft: SiteAdapter = {
  name: 'ndsoft',
  fingerprints: ['#article-view-content-div', 'article#article-view-content-div'],
  headline: ['header.article-view-header .heading', '.article-head-title', 'div.article-head-title'],
  deck: ['header.article-view-header .subheading', '.article-head-sub'],
  section: ['header.article-view-header .breadcrumbs li:last-child', '.article-view-header .breadcrumb li:last-child'],
  stamps: ['ul.infomation li', 'ul.auto-infomation li', '.info-text ul li', '.info-group .breadcrumbs li'],
  bylines: ['.info-name', '.byline em.name', '.view-editors .name'],
  body: ['article#article-view-content-div', 'div#article-view-content-div', '#article-view-content-div'],
  captions: ['figure.photo-layout figcaption'],
  remove: ['.view-copyright', '.article-bottom', 'aside'],
};
