/**
 * `npm run fixtures:markdown`: rebuilds `fixtures/markdown/reader/` and
 * `fixtures/markdown/crawler/` from the HTML fixtures, the way tools that save articles
 * as Markdown do it. It uses no part of gisa, so the fixtures test the Markdown frontend
 * against Markdown that gisa did not shape.
 *
 * - reader: a reader service. Readability finds the article; turndown converts it with
 *   setext headings and `Image N:` alt prefixes; a header gives `Title:`, `URL Source:`,
 *   `Published Time:` (from the page's metadata) and `Markdown Content:`.
 * - crawler: a page crawler. The whole `<body>` goes through turndown (scripts, styles,
 *   forms and hidden elements removed), so the site's navigation stays at the top and
 *   bottom and links stay everywhere. The element printing the page title becomes the
 *   document's `# ` heading, and a figure caption becomes an italic line under its image.
 *
 * Each output gets a copy of its HTML original's gold file: the same article, the same
 * expected values.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import TurndownService from 'turndown';

/** The part of jsdom used here (the package ships no type declarations). */
interface Jsdom {
  JSDOM: new (html: string, options: { url: string; virtualConsole: unknown }) => { window: { document: Document } };
  VirtualConsole: new () => unknown;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as Jsdom;

/**
 * Corpus articles whose Markdown keeps the labelled fields (headline as printed, a
 * stamp, captions, the byline, the quotes), one per outlet. A reader service drops
 * what Readability drops (most bylines, the printed headline when `<title>` differs
 * from it), so its list is shorter.
 */
export const READER_ARTICLES: readonly string[] = [
  'asiatoday-20180201000926088',
  'chosun-2020082704301',
  'daejonilbo-1412361',
  'kbs-7646024',
  'mbc-6470713',
  'osen-G1111061138',
  'tvchosun-2023040590016',
  'yonhapnewstv-MYH20230420009000641',
  'ytn-202304071836587452',
];

/** Whole pages keep everything the page prints. */
export const CRAWLER_ARTICLES: readonly string[] = [
  'asiatoday-20180201000926088',
  'chosun-2020082704301',
  'daejonilbo-1412361',
  'donga-58406128',
  'hankookilbo-A2025051516330004328',
  'kbs-7646024',
  'mbc-6470713',
  'mk-11333783',
  'naver-032-0002915741',
  'osen-G1111061138',
  'sbs-N1007161664',
  'tvchosun-2023042190135',
  'yonhapnewstv-MYH20230420009000641',
  'ytn-202304071836587452',
  'zum-49918663',
];

const HTML_DIR = 'fixtures/html';
const OUT_DIR = 'fixtures/markdown';

// Never text a visitor reads: code, styling, embeds and form controls.
const STRIP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, link, meta, input, select, textarea, button';

function load(html: string, url: string | undefined): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: url ?? 'about:blank', virtualConsole }).window.document;
}

/** The page's own address: canonical link, else `og:url`. */
function pageUrl(html: string): string | undefined {
  const doc = load(html, undefined);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og]) {
    if (candidate && /^https?:\/\//.test(candidate.trim())) return candidate.trim();
  }
  return undefined;
}

/**
 * Lazy-loading pages keep the real picture in `data-src`; a browser-driven crawler sees
 * it in `src`. Every `src`/`href` is made absolute, as crawlers report them.
 */
function settleUrls(doc: Document): void {
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-original') ?? img.getAttribute('data-org-src');
    if (lazy && (!src || src.startsWith('data:') || /blank|spacer|loading|placeholder/i.test(src))) img.setAttribute('src', lazy);
    const absolute = (img as HTMLImageElement).src;
    if (absolute) img.setAttribute('src', absolute);
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = (a as HTMLAnchorElement).href;
    if (href) a.setAttribute('href', href);
  }
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function readerMarkdown(html: string, url: string | undefined): string {
  const doc = load(html, url);
  settleUrls(doc);
  const article = new Readability(doc).parse();
  if (!article?.content) throw new Error('Readability found no article');
  const turndown = new TurndownService({ headingStyle: 'setext', bulletListMarker: '*', emDelimiter: '_', codeBlockStyle: 'fenced' });
  let image = 0;
  turndown.addRule('numbered-images', {
    filter: 'img',
    replacement: (_content, node) => {
      const el = node as HTMLImageElement;
      const src = el.getAttribute('src') ?? '';
      if (!src) return '';
      image += 1;
      const alt = (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
      return `![Image ${image}${alt ? `: ${alt}` : ''}](${src})`;
    },
  });
  const lines = [`Title: ${article.title ?? ''}`, ''];
  if (url) lines.push(`URL Source: ${url}`, '');
  if (article.publishedTime) lines.push(`Published Time: ${article.publishedTime}`, '');
  lines.push('Markdown Content:', turndown.turndown(article.content));
  return `${lines.join('\n')}\n`;
}

/** Text of an element, white space folded, for title matching. */
function flat(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The element that prints the headline: the deepest element whose whole text is the
 * page's title (`og:title`, else `<title>`), or the title less a site-name suffix.
 */
function titleElement(doc: Document): Element | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const title = (og || doc.title).replace(/\s+/g, ' ').trim();
  if (!title) return null;
  let best: Element | null = null;
  for (const el of Array.from(doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, span, strong, em'))) {
    const text = flat(el);
    if (text.length < 6 || text.length > title.length) continue;
    if (title === text || (title.startsWith(text) && text.length >= title.length * 0.6)) {
      if (!best || best.contains(el) || text.length > flat(best).length) best = el;
    }
  }
  return best;
}

function crawlerMarkdown(html: string, url: string | undefined): string {
  const doc = load(html, url);
  for (const el of Array.from(doc.querySelectorAll(STRIP))) el.remove();
  for (const el of Array.from(doc.body.querySelectorAll('*'))) if (el.isConnected && isHidden(el)) el.remove();
  settleUrls(doc);
  const title = titleElement(doc);
  if (title) {
    const h1 = doc.createElement('h1');
    h1.textContent = flat(title);
    title.replaceWith(h1);
  }
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', codeBlockStyle: 'fenced' });
  turndown.addRule('italic-figcaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const text = content.replace(/\s+/g, ' ').trim();
      return text ? `\n*${text.replace(/\*/g, '')}*\n\n` : '';
    },
  });
  turndown.addRule('empty-links', {
    filter: (node) => node.nodeName === 'A' && !flat(node as Element) && !(node as Element).querySelector('img'),
    replacement: () => '',
  });
  return `${turndown.turndown(doc.body).replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function main(): void {
  const args = process.argv.slice(2);
  const outDir = args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? OUT_DIR) : OUT_DIR;
  // `--all` converts every HTML fixture (to look for articles worth adding).
  const every = args.includes('--all') ? readdirSync(HTML_DIR).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)) : null;
  const styles = { reader: { list: every ?? READER_ARTICLES, convert: readerMarkdown }, crawler: { list: every ?? CRAWLER_ARTICLES, convert: crawlerMarkdown } };
  for (const [style, { list, convert }] of Object.entries(styles)) {
    mkdirSync(join(outDir, style), { recursive: true });
    for (const name of list) {
      const html = readFileSync(join(HTML_DIR, `${name}.html`), 'utf8');
      let markdown: string;
      try {
        markdown = convert(html, pageUrl(html));
      } catch (error) {
        console.log(`${style}/${name}: skipped (${(error as Error).message})`);
        continue;
      }
      writeFileSync(join(outDir, style, `${name}.md`), markdown);
      copyFileSync(join(HTML_DIR, `${name}.gold.json`), join(outDir, style, `${name}.gold.json`));
      console.log(`${style}/${name}: ${markdown.length} characters`);
    }
  }
}

main();
