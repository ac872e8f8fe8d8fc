import type { Block, BlockDocument } from '../blocks.js';
import { clean, skeleton } from '../util/text.js';
import { isBoilerplate, isEndOfBody, isSectionLine } from './boilerplate.js';
import { parseBylineLine } from './bylines.js';
import { isBareCaptionLine, isCaptionLine, splitCaption } from './captions.js';
import { ILLUSTRATION_CREDIT, IMAGE_PLACEHOLDER } from '../rules/captions.js';
import { SCRIPT_OPENER } from '../rules/furniture.js';
import { findStamps, isStampLine } from './dates/find-stamps.js';
import type { StampContext } from './dates/parse-stamp.js';

/** The role a block plays in the article; every field extractor reads blocks by role. */
export type Role = 'section' | 'headline' | 'stamp' | 'subheading' | 'caption' | 'byline' | 'boilerplate' | 'body';

/** Blocks with their roles decided. */
export interface Layout {
  blocks: readonly Block[];
  roles: Role[];
}

const CERTAIN: Partial<Record<Block['kind'], Role>> = {
  headline: 'headline',
  section: 'section',
  subheading: 'subheading',
  stamp: 'stamp',
  byline: 'byline',
  boilerplate: 'boilerplate',
  caption: 'caption',
};

// In-body section heads: `◇ 의료 AI 확산`, `■ 쟁점은`, `< 현장 >`.
const CROSSHEAD_MARK = /^(?:[◇◆■□▣◈●○◎▼]|<[^<>]{1,40}>$|\[[^[\]]{1,40}\]$)/;

/**
 * Whether a block reads as running prose (a sentence that ends), which marks the start
 * of the body in text without markup. Deck lines rarely end with a full stop.
 */
export function isProse(text: string): boolean {
  return text.length >= 30 && /[.!?]["”’']?$/.test(text);
}

/**
 * Decides each block's role. Markup-certain kinds keep theirs; the rest are read by
 * the field rules (boilerplate, stamps, captions, bylines) and by position: section,
 * headline and deck before the body; crossheads inside it.
 */
export function assignRoles(doc: BlockDocument, context: StampContext): Layout {
  const { blocks } = doc;
  const roles: (Role | undefined)[] = blocks.map((b) => CERTAIN[b.kind]);
  if (blocks.some((b) => b.zone)) assignZoned(doc, roles, context);
  else {
    for (let i = 0; i < blocks.length; i += 1) roles[i] ??= lineRole((blocks[i] as Block).text, context) ?? scrapedCaption(blocks, i);
    demoteCaptionLists(blocks, roles);
    assignByPosition(doc, roles);
  }
  return { blocks, roles: roles as Role[] };
}

/** Text without markup: the headline, deck and body are told apart by position and shape. */
function assignByPosition(doc: BlockDocument, roles: (Role | undefined)[]): void {
  const { blocks } = doc;
  const firstProse = blocks.findIndex((b, i) => !roles[i] && isProse(b.text));
  cutTrailingLists(blocks, roles, firstProse);
  const headline = findHeadline(doc, roles, firstProse);
  if (headline !== -1) roles[headline] = 'headline';
  const bodyStart = firstBodyIndex(blocks, roles, headline);
  for (let i = 0; i < blocks.length; i += 1) {
    if (roles[i]) continue;
    const block = blocks[i] as Block;
    if (i < headline) roles[i] = 'boilerplate';
    else if (i < bodyStart) roles[i] = isDeckLine(block.text, headline === -1 ? '' : (blocks[headline] as Block).text) ? 'subheading' : 'boilerplate';
    else roles[i] = isCrosshead(block) ? 'subheading' : 'body';
  }
  markSection(blocks, roles, headline);
}

// How many blocks after the body may still be its byline box.
const TAIL_BYLINE_REACH = 12;

/**
 * Markup that says where the body is (HTML): body-zone blocks are body text unless a
 * rule says otherwise; before the body only headings after the headline (decks),
 * stamps, bylines and captions count; after it only nearby bylines.
 */
function assignZoned(doc: BlockDocument, roles: (Role | undefined)[], context: StampContext): void {
  const { blocks } = doc;
  let headline = roles.indexOf('headline');
  if (headline === -1) {
    headline = blocks.findIndex((b, i) => !roles[i] && b.kind === 'heading');
    if (headline !== -1) roles[headline] = 'headline';
  }
  const labelled = (text: string) => text.length <= 400 && MAY_BE_STAMP.test(text) && findStamps(text, context).some((s) => s.label);
  // First the body, by the text rules; then what comes before and after it.
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    if (roles[i] || block.zone !== 'body') continue;
    const role = lineRole(block.text, context);
    // In the body only a labelled stamp is the article's (`2020년 7월 13일` under a statement is not).
    roles[i] = role === 'stamp' && !labelled(block.text) ? undefined : role;
  }
  demoteCaptionLists(blocks, roles);
  cutTrailingLists(blocks, roles, blocks.findIndex((b) => b.zone === 'body'));
  let tailSeen = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    if (block.zone === 'tail') tailSeen += 1;
    if (roles[i]) {
      if (block.zone === 'tail' && (roles[i] !== 'byline' || tailSeen > TAIL_BYLINE_REACH)) roles[i] = 'boilerplate';
      continue;
    }
    if (block.zone === 'body') roles[i] = isCrosshead(block) ? 'subheading' : 'body';
    else if (block.zone === 'tail') {
      // Byline boxes follow the body closely; what comes later is sidebars and footers.
      roles[i] = tailSeen <= TAIL_BYLINE_REACH && block.text.length <= 120 && parseBylineLine(block.text) ? 'byline' : 'boilerplate';
    } else if (i < headline) {
      roles[i] = labelled(block.text) ? 'stamp' : 'boilerplate';
    } else {
      const role = lineRole(block.text, context);
      if (role === 'caption' && block.kind !== 'caption') roles[i] = 'boilerplate';
      else if (role) roles[i] = role;
      else if (block.kind === 'heading') roles[i] = 'subheading';
      // Near the headline a labelled stamp is trusted even inside a line of page furniture
      // (`기사입력 2020.07.13. 오후 5:04 기사원문 스크랩 본문듣기 …`).
      else roles[i] = labelled(block.text) ? 'stamp' : 'boilerplate';
    }
  }
}

// Cheap tests that rule a line out before the full rules run (most lines are prose).
const MAY_BE_STAMP = /\d{2}/;
const MAY_BE_CAPTION = /[▲△•▶◀▷◁☞·ㆍ【[(<〈/]|사진/;

function lineRole(text: string, context: StampContext): Role | undefined {
  if (isBoilerplate(text)) return 'boilerplate';
  if (text.length <= 160 && MAY_BE_STAMP.test(text) && isStampLine(text, context)) return 'stamp';
  if (MAY_BE_CAPTION.test(text) && isCaptionLine(text)) return 'caption';
  if (text.length <= 120 && parseBylineLine(text)) return 'byline';
  return undefined;
}

// The longest line taken as the caption of an image placeholder.
const MAX_PLACED_CAPTION = 250;

/**
 * A caption in text without markup: a line ending in a bare credit (`… 장관. 연합뉴스`),
 * an illustration's credit line (`[홍길동 제작] 일러스트`), or the line right after an image placeholder (`Photo Image`, `이미지 확대 보기`).
 */
function scrapedCaption(blocks: readonly Block[], i: number): Role | undefined {
  const text = (blocks[i] as Block).text;
  if (isBareCaptionLine(text) || ILLUSTRATION_CREDIT.test(text)) return 'caption';
  const before = blocks[i - 1];
  if (before && IMAGE_PLACEHOLDER.test(before.text) && text.length <= MAX_PLACED_CAPTION && !isBoilerplate(text)) return 'caption';
  return undefined;
}

/**
 * `▲가격 표시` / `▲원산지 확인` on consecutive lines is a list, not captions: runs of
 * two or more marker-only captions with different texts and no credit go back to the body
 * (captions told by their place or credit, not by a marker, are no list).
 */
function demoteCaptionLists(blocks: readonly Block[], roles: (Role | undefined)[]): void {
  let i = 0;
  while (i < blocks.length) {
    if (roles[i] !== 'caption' || blocks[i]?.kind === 'caption') {
      i += 1;
      continue;
    }
    let j = i;
    while (j < blocks.length && roles[j] === 'caption' && blocks[j]?.kind !== 'caption') j += 1;
    const run = blocks.slice(i, j).map((b) => splitCaption(b.text));
    const distinct = new Set(run.map((p) => skeleton(p.text))).size;
    if (run.length >= 2 && distinct === run.length && run.every((p) => !p.credit && p.marker)) {
      for (let k = i; k < j; k += 1) roles[k] = undefined;
    }
    i = j;
  }
}

/**
 * `최신뉴스`, `관련기사` … head the lists after the article. Drop the heading and the
 * short lines under it; if real prose follows, the list was a box inside the body.
 */
function cutTrailingLists(blocks: readonly Block[], roles: (Role | undefined)[], firstProse: number): void {
  if (firstProse === -1) return;
  for (let i = firstProse + 1; i < blocks.length; i += 1) {
    if (roles[i] || !isEndOfBody((blocks[i] as Block).text)) continue;
    roles[i] = 'boilerplate';
    let j = i + 1;
    while (j < blocks.length && !(roles[j] === undefined && isProse((blocks[j] as Block).text) && (blocks[j] as Block).text.length >= 60)) {
      if (roles[j] === undefined || roles[j] === 'caption' || roles[j] === 'stamp') roles[j] = 'boilerplate';
      j += 1;
    }
    i = j - 1;
  }
}

function findHeadline(doc: BlockDocument, roles: (Role | undefined)[], firstProse: number): number {
  const { blocks, meta } = doc;
  const certain = roles.indexOf('headline');
  if (certain !== -1) return certain;
  if (meta.headline) {
    const key = skeleton(meta.headline);
    const at = blocks.findIndex((b, i) => !roles[i] && key.length > 0 && skeleton(b.text) === key);
    if (at !== -1) return at;
  }
  const limit = firstProse === -1 ? blocks.length : firstProse;
  const h1 = blocks.findIndex((b, i) => i < limit && !roles[i] && b.kind === 'heading' && (b.level ?? 1) === 1);
  if (h1 !== -1) return h1;
  if (meta.headline) return -1;
  return headlineOfScrape(blocks, roles, limit);
}

// How far above the first stamp or byline the headline may stand (decks and widgets between).
const HEADLINE_REACH = 6;
// A headline this long is the first choice when no stamp points to one; shorter title-like
// lines before it are usually section or issue labels.
const FULL_HEADLINE = 15;

/**
 * The headline of text without markup: the first of the title-like lines right above the
 * first stamp or byline (scrapes print them under the headline and its decks), else the first full-length
 * title-like line before the body, else the first title-like one, else a short first line
 * that is no sentence. Menus, labels and section names are never taken: no headline is better
 * than a wrong one.
 */
function headlineOfScrape(blocks: readonly Block[], roles: (Role | undefined)[], firstProse: number): number {
  // A broadcast script's lead starts at its anchor marker: the headline is above it.
  const opener = blocks.findIndex((b, i) => i < firstProse && SCRIPT_OPENER.test(b.text));
  const limit = opener === -1 ? firstProse : opener;
  const titleLike = (i: number) => !roles[i] && isTitleLike((blocks[i] as Block).text);
  const anchor = roles.findIndex((r, i) => i < limit && (r === 'stamp' || r === 'byline'));
  if (anchor !== -1) {
    // The run of title-like lines right above the stamp is the headline and its decks;
    // the headline comes first.
    let top = -1;
    for (let i = anchor - 1; i >= Math.max(0, anchor - HEADLINE_REACH) && titleLike(i); i -= 1) top = i;
    if (top !== -1) return top;
  }
  let first = -1;
  const open: number[] = [];
  for (let i = 0; i < limit; i += 1) {
    if (!roles[i]) open.push(i);
    if (!titleLike(i)) continue;
    if (withoutBullet((blocks[i] as Block).text).length >= FULL_HEADLINE) return i;
    if (first === -1) first = i;
  }
  if (first !== -1) return first;
  // A short first line that is no sentence (`제목` over the body) is the title: nothing
  // title-like competes with it.
  const top = open[0];
  const text = top === undefined ? '' : withoutBullet((blocks[top] as Block).text);
  return top !== undefined && text.length <= 100 && !isSectionLine(text) && !/[.!?]$/.test(text) ? top : -1;
}

/** A line that may be a headline: some length, no breadcrumb or section label, no sentence run-on. */
function isTitleLike(text: string): boolean {
  const t = withoutBullet(text);
  // A line that ends as a sentence does (`…발표했다.`) is body text, never a title.
  return looksLikeHeadline(t) && t.length <= 200 && !SENTENCE_END.test(t) && !isSectionLine(t) && !isBoilerplate(t);
}

// The end of a declarative sentence: a verb ending and a full stop.
const SENTENCE_END = /[다요죠]\.["”’']?$/;

/** The line without a leading list bullet (`• `, `- `, `· `). */
export function withoutBullet(text: string): string {
  return text.replace(LIST_BULLET, '');
}

// A list bullet a scrape keeps before a line: never part of a headline.
const LIST_BULLET = /^(?:[•·ㆍ∙◦‣▪●○\-–—*]\s{0,3})+/;

/** A headline has some length and is no breadcrumb (`뉴스 > 정치`) or one-word label (`포커스`). */
function looksLikeHeadline(text: string): boolean {
  if (/\s[>›»]\s/.test(text) || text.length > 300) return false;
  return text.length >= 10 || text.split(' ').length >= 2;
}

/**
 * The first block of the body: the first prose after the headline, or the line after an
 * anchor marker (`◀ANC▶`, `[앵커]`). A caption does not start it: scrapes print the lead
 * photo between the headline and the deck.
 */
function firstBodyIndex(blocks: readonly Block[], roles: (Role | undefined)[], headline: number): number {
  for (let i = headline + 1; i < blocks.length; i += 1) {
    const role = roles[i];
    const block = blocks[i] as Block;
    // Prose, or a short line that ends as a sentence does (`…말했다.`): a deck never does.
    if ((role === undefined && (isProse(block.text) || SENTENCE_END.test(block.text) || block.text.length > 160 || block.kind === 'quote'))) return i;
    // A broadcast script's anchor marker opens the body, however short its lines are.
    if (SCRIPT_OPENER.test(block.text)) return i + 1;
  }
  return blocks.length;
}

/**
 * Whether a line between the headline and the body is a deck: a phrase of two words or
 * more (an outlet's name or a one-word label is not) that does not repeat the headline.
 */
function isDeckLine(text: string, headline: string): boolean {
  const t = withoutBullet(text);
  if (t.split(' ').length < 2 || t.length < 6 || !/[가-힣A-Za-z]/.test(t)) return false;
  // A deck is a phrase (`… 주민 의견 청취`); a sentence that ends with `…다.` is body text.
  if (/다\.$/.test(t)) return false;
  return skeleton(t) !== skeleton(withoutBullet(headline));
}

const SOUND_BITE = /^\[[^\]:：]{1,30}\s[:：]\s/;

function isCrosshead(block: Block): boolean {
  if (block.kind === 'heading') return true;
  if (!/[가-힣]/.test(block.text) || block.text.includes('@')) return false;
  // `[홍길동/목격자 : 한 500m 정도…]`: a sound-bite turn in brackets is speech, not a head.
  if (SOUND_BITE.test(block.text)) return false;
  return block.text.length <= 60 && !isProse(block.text) && CROSSHEAD_MARK.test(block.text);
}

/** The short label right before the headline (`포커스`, `정치`, the last crumb of `뉴스 > 정치`). */
function markSection(blocks: readonly Block[], roles: (Role | undefined)[], headline: number): void {
  if (roles.includes('section')) return;
  for (let i = headline - 1; i >= 0; i -= 1) {
    if (roles[i] !== 'boilerplate') continue;
    const text = (blocks[i] as Block).text;
    if (isBoilerplate(text)) continue;
    if (sectionLabel(text)) roles[i] = 'section';
    return;
  }
}

/** The section a short line names, or null when it is not a label. */
export function sectionLabel(text: string): string | null {
  if (text.length > 200) return null;
  const crumbs = text.split(/[>›»|·]/).map((c) => c.trim()).filter(Boolean);
  const last = clean(crumbs[crumbs.length - 1] ?? '');
  if (!last || last.length > 15 || last.split(' ').length > 3) return null;
  if (/[.!?]$|\d{4}/.test(last) || /^[\d\s]+$/.test(last)) return null;
  return last;
}
