/**
 * Markup rules kept as data: class and id words that mark non-article parts of a page,
 * caption containers, deck containers. `src/html/` applies them.
 */

/**
 * Class or id words of page furniture: ads, share bars, comments, related and
 * most-read lists, navigation, footers. Matched as whole words of a class or id
 * (split on space, `-` and `_`).
 */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'ad2', 'adsense', 'banner', 'banners', 'share', 'sharing', 'sns',
  'social', 'comment', 'comments', 'cmt', 'reply', 'replies', 'related', 'relation', 'recommend', 'recommended',
  'popular', 'ranking', 'rank', 'hot', 'footer', 'copyright', 'gnb', 'lnb', 'snb', 'nav', 'navi', 'navigation',
  'menu', 'breadcrumb', 'breadcrumbs', 'subscribe', 'promotion', 'promo', 'outbrain', 'taboola',
  'dable', 'widget', 'toolbar', 'util', 'utility', 'print', 'font', 'fontsize', 'zoom', 'tag', 'tags', 'keyword',
  'keywords', 'hashtag', 'sidebar', 'aside', 'aside_wrap', 'login', 'search', 'top_menu', 'quick', 'scrap',
  'kakao', 'facebook', 'twitter', 'newsstand', 'issue', 'series', 'more', 'paging', 'pagination', 'poll',
  'survey', 'reaction', 'emotion', 'like', 'vod',
  'player', 'video', 'audio', 'tts', 'blind', 'screen_out', 'sr', 'skip', 'hidden', 'modal', 'popup', 'layer',
]);

/** Class or id words of photo captions (`em.img_desc`, `p.caption`, `figcaption`-like spans). */
export const CAPTION_WORDS: ReadonlySet<string> = new Set([
  'caption', 'captions', 'img_desc', 'imgcaption', 'img_caption', 'photo_caption', 'photocaption', 'figcaption',
  'txt_caption', 'tit_cap', 'desc_con', 'thum_figure_txt', 'aboutphoto', 'img_title', 'photo_desc', 'pic_desc',
  'image_caption', 'imagecaption', 'cap', 'figure_caption', 'img_txt', 'photo_txt', 'v_photo_caption',
]);

/** Class or id words of deck (subtitle) containers. */
export const DECK_WORDS: ReadonlySet<string> = new Set([
  'subtitle', 'sub_title', 'subtit', 'sub_tit', 'subhead', 'sub_head', 'subheading', 'deck', 'stit', 'midtitle',
  'midtitle_text', 'mid_title', 'summary_view', 'sub-tit-ll', 'article_subtitle', 'sub_heading', 'news_sub_title',
]);

/** Image attributes that hold the real URL of lazily loaded images, best first. */
export const IMAGE_URL_ATTRIBUTES: readonly string[] = [
  'data-org-src', 'data-original', 'data-src', 'data-lazy-src', 'data-lazy', 'data-url', 'src',
];
