import type { Document, Element, ParentNode } from 'domhandler';
import { emptyMetadata, type Block, type BlockDocument, type BlockKind, type Metadata } from '../blocks.js';
import type { ResolvedOptions } from '../options.js';
import { DECK_WORDS } from '../rules/html.js';
import { pickAdapter, type SiteAdapter } from '../sites/index.js';
import { clean, skeleton } from '../util/text.js';
import { findBody } from './body.js';
import { datedLines } from './dated.js';
import { capElements, parseHtml, textOf } from './dom.js';
import { findHeadlineElement, titleCandidates } from './headline.js';
import { readPageMeta, type PageMeta } from './meta.js';
import { readScriptArticle, type ScriptArticle } from './scripts.js';
import { indexNames, scanDocument, selectAll, type NameIndex } from './select.js';
import type { Measures } from './body.js';
import { metaStamps } from './stamps.js';
import { walk, type WalkPlan } from './walk.js';
import { webUrl } from '../util/url.js';
import { MAX_ELEMENTS } from '../limits.js';
import { warn, type Warning } from '../warnings.js';

/**
 * The HTML frontend: parses the page once, reads its metadata (meta tags, JSON-LD),
 * picks a site adapter (by URL host or markup fingerprint), finds the headline and the
 * body (adapter selectors, else by structure), and walks the article's part of the
 * page into blocks marked head / body / tail.
 */
export function htmlToBlocks(input: string, options: ResolvedOptions): BlockDocument {
  const { html, cut } = capElements(input);
  const doc = documentToBlocks(parseHtml(html), options);
  if (cut) doc.warnings.unshift(warn('INPUT_TRUNCATED', `the page has more than ${MAX_ELEMENTS} elements; the markup after them was not read`));
  return doc;
}

/** {@link htmlToBlocks} for a page parsed already (a copy gisa may change). */
export function documentToBlocks(dom: Document, options: ResolvedOptions): BlockDocument {
  const { names, stats } = scanDocument(dom);
  const page = readPageMeta(names);
  const base = names.links.find((el) => el.name === 'base' && el.attribs.href)?.attribs.href ?? null;
  // The first that is a web link: a `javascript:` og:url or <base href> is no address.
  const url = webUrl(options.url) ?? webUrl(page.url) ?? webUrl(base);
  const select = (selector: string) => selectAll(names, selector);
  const adapter = options.adapters.length ? pickAdapter(url, select, options.adapters) : null;
  const warnings: Warning[] = [];

  const drop = new Set<Element>();
  for (const selector of adapter?.remove ?? []) for (const el of select(selector)) drop.add(el);

  const firstMatch = (selectors: readonly string[] | undefined) => {
    for (const selector of selectors ?? []) {
      const found = select(selector)[0];
      if (found) return found;
    }
    return null;
  };
  let body = firstMatch(adapter?.body);
  body ??= findBody(stats);
  // Pages whose article lives only in script data (Arc XP's Fusion JSON, Next.js flight
  // data): platforms, not outlets, so the generic path tries them too when the DOM is thin.
  if (!body || (stats.get(body)?.ends ?? 0) < 3) {
    for (const kind of adapter?.script ? [adapter.script] : SCRIPT_KINDS) {
      const scripted = readScriptArticle(names.scripts, kind);
      if (scripted) return scriptDocument(scripted, page, adapter, url, options);
    }
  }
  const titles = titleCandidates(page.titles, page.siteName);
  const headlineEl =
    firstMatch(adapter?.headline) ??
    findHeadlineElement(names.headings, titles, stats) ??
    (titles.length ? null : firstHeading(names, body));

  const roles = new Map<Element, BlockKind>();
  const assign = (selectors: readonly string[] | undefined, kind: BlockKind) => {
    for (const selector of selectors ?? []) for (const el of select(selector)) if (!roles.has(el)) roles.set(el, kind);
  };
  if (headlineEl) roles.set(headlineEl, 'headline');
  assign(adapter?.section, 'section');
  assign(adapter?.deck, 'subheading');
  assign(adapter?.stamps, 'stamp');
  assign(adapter?.bylines, 'byline');
  assign(adapter?.captions, 'caption');
  assign(adapter?.crossheads, 'heading');
  if (!adapter?.deck) markDecks(names, body, roles);
  if (!hasHangul(titles)) markTimeElements(names, roles);

  const root = articleRoot(headlineEl, body) ?? dom;
  // Furniture-looking wrappers of the headline, the body and every roled element stay.
  const keep = new Set<Element>();
  for (const el of [headlineEl, body, ...roles.keys()]) for (let p = el; p; p = p.parent as Element | null) if (p.type === 'tag') keep.add(p);
  const plan: WalkPlan = { body, roles, drop, keep, dropNoise: true };
  const blocks = walk(root, plan);
  if (!body) warnings.push(warn('NO_BODY_CONTAINER', 'no article body found in the HTML'));

  const headlineText = headlineEl ? clean(textOf(headlineEl)) : (titles[0] ?? null);
  if (!blocks.some((b) => b.kind === 'headline') && headlineText) {
    blocks.unshift({ kind: 'headline', text: headlineText, zone: 'head' });
  }
  const stamps = metaStamps(page, adapter, options);
  if (!adapter && !stamps.published && looksLikeListing(names, stats, body)) {
    warnings.push(warn('NOT_AN_ARTICLE', 'this looks like a home or listing page: mostly headline links, no article stamp'));
  }
  const meta = pageMetadata(page, url, stamps, { headline: titles[0] ?? null, section: page.section });
  if (!hasHangul(titles)) meta.stampLines = datedLines(names, headlineEl, body);
  return { format: 'html', blocks: dedupeHeadline(blocks), meta, adapter: adapter?.name ?? null, warnings };
}

/** A document built from script data: stated fields first, then the body walked as HTML. */
const SCRIPT_KINDS = ['fusion', 'next-flight'] as const;

function scriptDocument(article: ScriptArticle, page: PageMeta, adapter: SiteAdapter | null, url: string | null, options: ResolvedOptions): BlockDocument {
  const blocks: Block[] = [];
  if (article.headline) blocks.push({ kind: 'headline', text: clean(article.headline), zone: 'head' });
  for (const line of article.deck) blocks.push({ kind: 'subheading', text: clean(line), zone: 'head' });
  for (const stamp of article.stamps) blocks.push({ kind: 'stamp', text: stamp, zone: 'head' });
  for (const byline of article.bylines) blocks.push({ kind: 'byline', text: clean(byline), zone: 'head' });
  if (article.section) blocks.push({ kind: 'section', text: clean(article.section), zone: 'head' });
  const bodyDom = parseHtml(`<div>${article.bodyHtml}</div>`);
  const bodyRoot = bodyDom.children.find((n): n is Element => n.type === 'tag') ?? null;
  const plan: WalkPlan = { body: bodyRoot, roles: new Map(), drop: new Set(), keep: new Set(), dropNoise: true };
  const names = indexNames(bodyDom);
  for (const caption of adapter?.captions ?? []) {
    for (const el of selectAll(names, caption)) plan.roles.set(el, 'caption');
  }
  blocks.push(...walk(bodyDom, plan));
  const meta = pageMetadata(page, url, metaStamps(page, adapter, options), { headline: article.headline, section: article.section ?? page.section });
  return { format: 'html', blocks, meta, adapter: adapter?.name ?? null, warnings: [] };
}

/**
 * A home, section or listing page: at least 20 links of a headline's length, link text
 * making up most of the page's text, and no body container with sentences of its own.
 * Positive evidence of a list of articles, not the mere absence of one.
 */
function looksLikeListing(names: NameIndex, stats: Measures, body: Element | null): boolean {
  const root = names.byTag.get('body')?.[0] ?? names.byTag.get('html')?.[0];
  const page = root ? stats.get(root) : undefined;
  if (!page || page.text === 0 || page.link / page.text < 0.5) return false;
  const bodyStats = body ? stats.get(body) : undefined;
  if (bodyStats && bodyStats.ends >= 5 && bodyStats.link / Math.max(1, bodyStats.text) < 0.3) return false;
  let headlineLinks = 0;
  for (const a of names.byTag.get('a') ?? []) {
    const length = stats.get(a)?.text ?? 0;
    if (length >= 10 && length <= 80 && ++headlineLinks >= 20) return true;
  }
  return false;
}

/**
 * The page's metadata in one place for both ways a page is read (walked DOM, script
 * data): only the title and section differ between them, so nothing else can drift.
 */
function pageMetadata(
  page: PageMeta,
  url: string | null,
  stamps: ReturnType<typeof metaStamps>,
  stated: { headline: string | null; section: string | null },
): Metadata {
  return {
    ...emptyMetadata(),
    headline: stated.headline,
    section: stated.section,
    published: stamps.published,
    modified: stamps.modified,
    authors: [...page.authors],
    siteName: page.siteName,
    url,
    description: page.description,
    language: page.language,
  };
}

/** With no title anywhere in the metadata: the first `h1` (else `h2`) before the body. */
function firstHeading(names: NameIndex, body: Element | null): Element | null {
  const limit = body ? (body.startIndex ?? Infinity) : Infinity;
  for (const tag of ['h1', 'h2']) {
    const found = (names.byTag.get(tag) ?? []).find((el) => (el.startIndex ?? 0) < limit && clean(textOf(el)).length >= 4 && clean(textOf(el)).length <= 200);
    if (found) return found;
  }
  return null;
}

/** The smallest element holding both headline and body, so stamps and bylines between them are read. */
function articleRoot(headline: Element | null, body: Element | null): ParentNode | null {
  if (!body) return null;
  if (!headline) return (body.parent?.parent ?? body.parent ?? body) as ParentNode;
  const ancestors = new Set<unknown>();
  for (let p: ParentNode | null = headline; p; p = p.parent) ancestors.add(p);
  for (let p: ParentNode | null = body; p; p = p.parent) if (ancestors.has(p)) return p;
  return null;
}

/**
 * Deck containers named by class (`.subtitle`, `.sub_tit`, `.midtitle_text`) outside the body.
 * A container that holds an element with a role already (JoongAng's section link inside
 * `.subhead`) is not claimed: its role would hide theirs.
 */
function markDecks(names: NameIndex, body: Element | null, roles: Map<Element, BlockKind>): void {
  const holders = new Set<Element>();
  for (const el of roles.keys()) for (let p = el.parent; p && p.type === 'tag'; p = p.parent) holders.add(p as Element);
  for (const [name, elements] of names.byClass) {
    const words = name.toLowerCase();
    if (!DECK_WORDS.has(words) && !words.split(/[-_]+/).some((w) => DECK_WORDS.has(w))) continue;
    for (const el of elements) if (!roles.has(el) && !holders.has(el) && el !== body) roles.set(el, 'subheading');
  }
}

/** Whether any title candidate has Hangul: a Korean page, read the Korean way. */
function hasHangul(titles: readonly string[]): boolean {
  return titles.some((t) => /[가-힣]/.test(t));
}

/**
 * On pages from abroad, `<time>` elements are stamps whatever their class: their text is
 * read like any stamp line and their `datetime` stands in when the text says too little
 * (`4 months ago` without `options.now`, `1 時間前`). Only what the walk reaches (the
 * article's part of the page) becomes a block, and the layout drops those after the body.
 */
function markTimeElements(names: NameIndex, roles: Map<Element, BlockKind>): void {
  for (const el of names.byTag.get('time') ?? []) if (!roles.has(el)) roles.set(el, 'stamp');
}

/** Drops copies of the headline printed elsewhere (mobile header, print header). */
function dedupeHeadline(blocks: Block[]): Block[] {
  const headline = blocks.find((b) => b.kind === 'headline');
  if (!headline) return blocks;
  const key = skeleton(headline.text);
  const length = headline.text.length;
  // Only blocks of about the headline's length can be copies of it.
  return blocks.filter((b) => b === headline || b.kind === 'caption' || Math.abs(b.text.length - length) > 20 || skeleton(b.text) !== key);
}

export type { SiteAdapter };
