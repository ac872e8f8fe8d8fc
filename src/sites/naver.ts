import type { SiteAdapter } from './types.js';

/**
 * Naver News: the current layout (`n.news.naver.com/article/…`, `#dic_area`), the old
 * one (`news.naver.com/main/read.nhn`, `#articleBodyContents`), and sports and
 * entertainment pages. Selectors per layout; the first that matches wins.
 */
export const naver: SiteAdapter = {
  name: 'naver',
  hosts: ['news.naver.com', 'n.news.naver.com', 'm.news.naver.com', 'sports.news.naver.com', 'm.sports.naver.com', 'entertain.naver.com', 'm.entertain.naver.com'],
  fingerprints: ['#dic_area', '#articleBodyContents', '#newsEndContents', '#articeBody'],
  headline: ['#title_area', '.media_end_head_headline', '#articleTitle', 'h3.tts_head', 'h4.title', '.news_headline .title', 'h2.end_tit', '[class*="NewsEndMain_article_head_title"]', '[class*="ArticleHead_article_title"]'],
  section: ['em.media_end_categorize_item'],
  stamps: ['.media_end_head_info_datestamp_bunch', '.sponsor', '.news_date', '.article_info .author', '[class*="NewsEndMain_date"]', '[class*="DateInfo"] em.date'],
  bylines: ['.media_end_head_journalist_name', '.byline_s', '[class*="NewsEndMain_article_journalist_info"]', 'em[class*="JournalistCard_name"]'],
  body: ['#dic_area', '#articleBodyContents', '#newsEndContents', '#articeBody', 'div._article_content', '[class*="NewsEndMain_article_body"]'],
  deck: ['strong.media_end_summary'],
  captions: ['em.img_desc'],
  remove: ['.vod_player_wrap', '.ad_wrap', '.link_news', '.reporter_area', '.copyright', '.source', '.media_end_head_autosummary', '#spiLayer', '.end_btn', 'a.byline_p'],
};
