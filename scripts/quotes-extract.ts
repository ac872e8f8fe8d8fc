/**
 * Builds the text of the quote dev set: for each article of the shared corpus, the
 * headline on the first line, then the body paragraphs one per line, written to
 * `fixtures/quotes/<name>.txt`. The quotes themselves (`<name>.quotes.json`) are
 * labelled by hand against these texts.
 *
 *   npx tsx scripts/quotes-extract.ts            write every text
 *   npx tsx scripts/quotes-extract.ts --check    only report texts that differ from the files
 *
 * The HTML frontend of the library is being written in parallel; this script uses its
 * own small per-outlet table (where the body is, what to drop) so the dev set does not
 * move when the frontend changes. The headline is the corpus gold headline, which was
 * read off the page by a person.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { htmlLines } from './lib/html-lines.js';

interface Source {
  /** The body container, or a function returning the body's HTML. */
  body: string | ((html: string) => string);
  /** Elements inside the body that are not body text (captions, decks, widgets). */
  drop?: string[];
  /** Lines to leave out (bylines, credits, copyright, program labels). */
  skip?: RegExp[];
  /** The body ends before the first line matching this. */
  until?: RegExp;
}

// Elements common to many pages that are never body text.
const COMMON_DROP = [
  '.caption', '.photocaption', '.phototitle', '.hidephotocaption', 'em.img_desc', 'span.end_photo_org', '.img_desc',
  'p.aboutPhoto', '.article_img', '.news_img', '.view_img_wrap', '.view_con_img', '.news_imgbox', '.photo_Lsize',
  '.thumb_area', '.editor-img-box', '.w_artcle_conimg', '.article_image', '.vod_player_wrap', '.videoWrap',
  '.view_banner', '.ad_wrap', '.ad-banner', '.link_news', '.reporter_area', '.byline_wrap', '.copyright',
];

// A reporter sign-off or byline line: `안진우 기자`, `KBS 뉴스 김수연입니다.`, an e-mail.
const BYLINE = /^(?:[가-힣]{2,4}\s?기자(?:\s|$)|.{0,30}뉴스\s?[가-힣]{2,4}입니다\.?$|[\w.+-]+@[\w-]+\.[\w.]+$|\(?끝\)?$)/;
// Copyright and notice lines after the body.
const NOTICE = /ⓒ|©|\(c\)|무단\s?전재|Copyright|^※/i;
const CREDITS = /^(?:영상취재|영상편집|촬영기자|그래픽|자료조사|화면제공|영상제공|사진제공|작가|VJ|\[?사진\]?)\s?[:：]?/;

/** Reads the JSON string literal that starts right after `marker` in `html`. */
function jsonStringAfter(html: string, marker: string): string {
  const at = html.indexOf(marker);
  if (at === -1) throw new Error(`marker not found: ${marker}`);
  let i = at + marker.length;
  const start = i;
  while (i < html.length && html[i] !== '"') i += html[i] === '\\' ? 2 : 1;
  return JSON.parse(`"${html.slice(start, i)}"`) as string;
}

/** Chosun's Arc Fusion pages hold the body only in `Fusion.globalContent`. */
function fusionBody(html: string): string {
  const start = html.indexOf('Fusion.globalContent=');
  const end = html.indexOf(';Fusion.globalContentConfig', start);
  const content = JSON.parse(html.slice(start + 'Fusion.globalContent='.length, end)) as {
    content_elements: Array<{ type: string; content?: string }>;
  };
  return content.content_elements
    .filter((e) => e.type === 'text' && e.content)
    .map((e) => `<p>${e.content}</p>`)
    .join('');
}

const SOURCES: Record<string, Source> = {
  'asiatoday-20180201000926088': { body: '.news_bm' },
  'chosun-2020082704301': { body: '#news_body_id', drop: ['.news_date', 'h3.news_subtitle'], until: /^▲ / },
  'chosun-C4TYKH2D5HO4L5KW7TNCOEGBFI': { body: fusionBody, skip: [/^\[스포츠조선 [가-힣]+ 기자\]$/] },
  'chosun-PHN3NSOXKVEP3M77YKKWI3QJ6A': { body: fusionBody },
  'daejonilbo-1412361': { body: '.m_cont' },
  'donga-58406128': { body: '.article_txt' },
  'hankookilbo-A2025051516330004328': { body: '.col-main[itemprop=articleBody]', drop: ['h2.sub-tit-ll', '.module-quote', 'h3.editor-tit', '.writer', '.more-news', '.end-ad'], until: /^카카오$/ },
  'hankookilbo-A2026012914320005196': { body: (html) => jsonStringAfter(html, '"contentHtml":"').replace(/\$\$ARTICLEAD\$\$/g, ''), drop: ['.writer', 'h3.editor-tit'] },
  'hankookilbo-A2026071220290000630': { body: '#article-view-content', drop: ['h2.sub-tit-ll', 'h3.editor-tit', '.writer', '.module-quote'] },
  'kbs-7645555': { body: '#cont_newstext' },
  'kbs-7646022': { body: '#cont_newstext' },
  'kbs-7646024': { body: '#cont_newstext' },
  'mbc-6470701': { body: '.news_txt' },
  'mbc-6470713': { body: '.news_txt' },
  'mbc-6475754': { body: '.news_txt' },
  'mbn-4917663': { body: '#newsViewArea', drop: ['#player', '.ie10browser_wrapper'] },
  'mbn-4917667': { body: '#newsViewArea', drop: ['#player', '.ie10browser_wrapper'] },
  'mk-11328187': { body: '.news_cnt_detail_wrap', drop: ['.mid_title'] },
  'mk-11329112': { body: '.news_cnt_detail_wrap', drop: ['.mid_title'] },
  'mk-11333783': { body: '.news_cnt_detail_wrap', drop: ['.mid_title', '.border_org'] },
  'mtn-2019011613392952029': { body: '#newsContent', until: /^\[머니투데이방송/ },
  'naver-025-0003017071': { body: '#articleBodyContents', until: /^▶ / },
  'naver-032-0002915741': { body: '#articleBodyContents', until: /^▶ / },
  'naver-607-0000001728': { body: '#dic_area' },
  'osen-G1111061138': { body: '#content_area2' },
  'sbs-N1007161287': { body: '.text_area[itemprop=articleBody]', skip: [/^▲위 사진은/, /^\(사진=[^)]+\)$/] },
  'sbs-N1007161664': { body: '.text_area[itemprop=articleBody]' },
  'sbs-N1007161671': { body: '.text_area[itemprop=articleBody]', drop: ['strong'], until: /^인터뷰 자료의 저작권/ },
  'sporbiz-177073': { body: '#article-view-content-div' },
  'tvchosun-2023040590016': { body: (html) => cheerio.load(html)('.article.font03').toArray().map((e) => cheerio.load(e).html()).join('') },
  'tvchosun-2023042190135': { body: (html) => cheerio.load(html)('.article.font03').toArray().map((e) => cheerio.load(e).html()).join('') },
  'yonhapnewstv-MYH20230420001700032': { body: '#articleBody', until: /^#/ },
  'yonhapnewstv-MYH20230420009000641': { body: '#articleBody', until: /^#/ },
  'ytn-202304071836587452': { body: '#CmAdContent', until: /^YTN [가-힣]{2,4} \(/ },
  'ytn-202304072045038009': { body: '#CmAdContent', until: /^YTN [가-힣]{2,4} \(/ },
  'zum-49918663': { body: '#article_body', drop: ['.keyword_wrap', 'table'] },
};

/** The dev-set text of one corpus page: headline, then body lines. */
export function articleText(name: string, html: string, headline: string): string {
  const source = SOURCES[name];
  if (!source) throw new Error(`no source table entry for ${name}`);
  const fragment = typeof source.body === 'string' ? (cheerio.load(html)(source.body).first().html() ?? '') : source.body(html);
  if (!fragment.trim()) throw new Error(`${name}: empty body`);
  const lines: string[] = [];
  for (const line of htmlLines(fragment, [...COMMON_DROP, ...(source.drop ?? [])])) {
    if (source.until?.test(line)) break;
    if (line === headline || BYLINE.test(line) || CREDITS.test(line) || NOTICE.test(line)) continue;
    if (source.skip?.some((re) => re.test(line))) continue;
    lines.push(line);
  }
  return `${[headline, ...lines].join('\n')}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const only = process.argv.find((a, i) => i > 1 && !a.startsWith('--'));
  mkdirSync('fixtures/quotes', { recursive: true });
  let differ = 0;
  for (const name of Object.keys(SOURCES)) {
    if (only && name !== only) continue;
    const html = readFileSync(`fixtures/html/${name}.html`, 'utf8');
    const gold = JSON.parse(readFileSync(`fixtures/html/${name}.gold.json`, 'utf8')) as { headline: string };
    const text = articleText(name, html, gold.headline);
    const path = `fixtures/quotes/${name}.txt`;
    const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (old === text) continue;
    differ += 1;
    if (check) console.log(`differs: ${path}`);
    else writeFileSync(path, text);
  }
  if (check && differ) process.exitCode = 1;
  console.log(`${differ} text(s) ${check ? 'differ' : 'written'}`);
}

main();
