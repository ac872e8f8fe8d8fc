import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Block, BlockKind } from '../blocks.js';
import { isBoilerplate, isCopyright } from '../extract/boilerplate.js';
import { CAPTION_WORDS, IMAGE_URL_ATTRIBUTES, NOISE_WORDS } from '../rules/html.js';
import { clean } from '../util/text.js';
import { hasClassIn } from './classes.js';
import { BLOCK_TAGS, headingLevel, isElement, isHidden, SKIP_TAGS, textOf } from './dom.js';

/** How many blocks after the body are kept: enough for any byline box. */
export const TAIL_REACH = 24;

/** Where a block stands relative to the article body. */
export type Zone = 'head' | 'body' | 'tail';

/** What the walker knows about the page before it walks. */
export interface WalkPlan {
  /** The element holding the article body; blocks inside are in the body zone, after it in the tail. */
  body: Element | null;
  /** Elements whose role the markup (or a site adapter) makes certain. */
  roles: Map<Element, BlockKind>;
  /** Elements to leave out entirely. */
  drop: Set<Element>;
  /** Elements that must be walked even if they look like furniture (ancestors of headline and body). */
  keep: Set<Element>;
  /** Leave out the page furniture that {@link NOISE_WORDS} names. */
  dropNoise: boolean;
}

// On the stack, below this mark lies the element being left.
const LEAVE = Symbol('leave');
type Frame = AnyNode | typeof LEAVE;

/**
 * Turns a DOM subtree into blocks, in reading order: text lines (split at `<br>` and
 * block elements), headings, captions (figures, caption-class elements, photo tables,
 * meaningful `alt` texts), block quotes and list items. Iterative: no recursion.
 */
export function walk(root: ParentNode, plan: WalkPlan): Block[] {
  const blocks: Block[] = [];
  // Without a body everything is furniture: nothing is read as article text.
  let zone: Zone = 'head';
  let buffer = '';
  let lastImage: string | null = null;

  const flush = (kind: BlockKind = 'paragraph') => {
    if (!buffer) return;
    for (const line of buffer.split('\n')) {
      const text = clean(line);
      if (text) blocks.push({ kind, text, zone });
    }
    buffer = '';
  };
  const emit = (block: Block) => {
    flush();
    if (block.text || block.imageUrl) blocks.push({ ...block, zone });
  };

  const stack: Frame[] = [...root.children].reverse();
  let tailStart = -1;
  while (stack.length) {
    // After the body only its byline box matters (the layout reads TAIL_REACH blocks):
    // sidebars, related lists and footers are not walked.
    if (zone === 'tail' && (tailStart === -1 ? (tailStart = blocks.length) : tailStart) + TAIL_REACH <= blocks.length) break;
    const frame = stack.pop() as Frame;
    if (frame === LEAVE) {
      const left = stack.pop() as Element;
      // Only the end of a block ends a line; inline elements (`<strong>`) run on.
      if (BLOCK_TAGS.has(left.name) || left === plan.body) flush();
      if (left === plan.body) zone = 'tail';
      continue;
    }
    if (frame.type === 'text') {
      const data = (frame as unknown as { data: string }).data;
      buffer += data.includes('\n') || data.includes('\r') ? data.replace(/[\r\n]+/g, ' ') : data;
      continue;
    }
    if (!isElement(frame)) continue;
    const el = frame;
    const role = plan.roles.get(el);
    if (el === plan.body) {
      flush();
      zone = 'body';
    } else if (plan.drop.has(el) || SKIP_TAGS.has(el.name) || (isHidden(el) && !plan.keep.has(el) && !role)) {
      continue;
    } else if (role) {
      emitRole(el, role, emit, lastImage);
      continue;
    } else if (plan.dropNoise && !plan.keep.has(el) && hasClassIn(el, NOISE_WORDS)) {
      continue;
    }
    const name = el.name;
    // An element wrapping the headline or the body (broken pages put bodies inside <h4>)
    // is only a container: walk into it.
    const container = plan.keep.has(el);
    if (name === 'br') {
      buffer += '\n';
      continue;
    }
    if (name === 'img') {
      const src = imageUrl(el);
      if (src) lastImage = src;
      const alt = clean(el.attribs.alt ?? el.attribs.title ?? '');
      if (isMeaningfulAlt(alt)) emit({ kind: 'caption', text: alt, imageUrl: src, fromAlt: true });
      continue;
    }
    if (!container && (name === 'figure' || (name === 'table' && hasImage(el) && textOf(el).length < 600))) {
      emit(figureBlock(el));
      continue;
    }
    if (hasClassIn(el, CAPTION_WORDS) && !plan.keep.has(el)) {
      const img = firstImage(el);
      const text = captionText(el);
      emit({ kind: 'caption', text, imageUrl: img ? imageUrl(img) : lastImage });
      continue;
    }
    const level = headingLevel(name);
    if (level <= 6 && !container) {
      emit({ kind: 'heading', level, text: clean(textOf(el)) });
      continue;
    }
    if ((name === 'b' || name === 'strong') && zone === 'body' && standsAlone(el)) {
      const lines = textOf(el).split('\n').map(clean).filter(Boolean);
      // Bold lines of their own that do not end sentences are section heads (or a deck).
      if (lines.length && lines.every((t) => t.length <= 80 && !/[.!?]["”’']?$/.test(t) && /[가-힣A-Za-z]/.test(t))) {
        flush();
        for (const text of lines) blocks.push({ kind: 'heading', level: 4, text, zone });
        continue;
      }
    }
    if ((name === 'blockquote' || name === 'li') && !container) {
      flush();
      const kind: BlockKind = name === 'li' ? 'item' : 'quote';
      for (const line of textOf(el).split('\n')) {
        const text = clean(line);
        if (text) blocks.push({ kind, text, zone });
      }
      continue;
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) flush();
    stack.push(el, LEAVE);
    for (let i = el.children.length - 1; i >= 0; i -= 1) stack.push(el.children[i] as AnyNode);
  }
  flush();
  return blocks;
}

function emitRole(el: Element, role: BlockKind, emit: (b: Block) => void, lastImage: string | null): void {
  const lines = textOf(el)
    .split('\n')
    .map(clean)
    .filter(Boolean);
  if (role === 'headline') {
    emit({ kind: 'headline', text: lines.join(' ') });
  } else if (role === 'caption') {
    const img = firstImage(el);
    emit({ kind: 'caption', text: captionText(el), imageUrl: img ? imageUrl(img) : lastImage });
  } else if (role === 'stamp') {
    const datetime = el.attribs['data-date-time'] ?? el.attribs['data-modify-date-time'] ?? el.attribs.datetime ?? el.attribs['data-published-time'] ?? null;
    if (datetime && !lines.length) emit({ kind: 'stamp', text: datetime, datetime });
    for (const text of lines) emit({ kind: 'stamp', text, datetime });
  } else {
    for (const text of lines) emit({ kind: role, text });
  }
}

/** A caption block from a figure or a photo table: its caption text and first image. */
function figureBlock(el: Element): Block {
  const img = firstImage(el);
  const url = img ? imageUrl(img) : null;
  let text = '';
  const stack: AnyNode[] = [...el.children];
  while (stack.length && !text) {
    const node = stack.shift() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'figcaption' || hasClassIn(node, CAPTION_WORDS)) text = captionText(node);
    else stack.push(...node.children);
  }
  if (!text) text = captionText(el);
  if (!text && img) {
    const alt = clean(img.attribs.alt ?? '');
    if (isMeaningfulAlt(alt)) text = alt;
  }
  return { kind: 'caption', text, imageUrl: url };
}

/**
 * A caption element's text on one line, without the lines of its own that are page
 * furniture: Newsis prints `[사진 영상 제보받습니다] 공감언론 뉴시스가 …` under the
 * caption, in the same element. Copyright-like lines stay (`ⓒAFP` is a credit).
 */
function captionText(el: Element): string {
  const lines = textOf(el).split('\n').map(clean).filter(Boolean);
  return lines.filter((line) => isCopyright(line) || !isBoilerplate(line)).join(' ');
}

/** Whether an inline element fills its line: only white space between it and the nearest break. */
function standsAlone(el: Element): boolean {
  const edge = (step: (n: AnyNode) => AnyNode | null, start: AnyNode | null): boolean => {
    for (let n = start; n; n = step(n)) {
      if (n.type === 'text') {
        if ((n as unknown as { data: string }).data.trim()) return false;
        continue;
      }
      if (isElement(n)) return n.name === 'br' || BLOCK_TAGS.has(n.name) || SKIP_TAGS.has(n.name);
    }
    return true;
  };
  return edge((n) => n.prev, el.prev) && edge((n) => n.next, el.next);
}

function firstImage(el: Element): Element | null {
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'img') return node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as AnyNode);
  }
  return null;
}

function hasImage(el: Element): boolean {
  return firstImage(el) !== null;
}

/** The real URL of an image (lazy-loading attributes first). */
export function imageUrl(img: Element): string | null {
  for (const attr of IMAGE_URL_ATTRIBUTES) {
    const value = img.attribs[attr]?.trim();
    if (value && !value.startsWith('data:')) return value;
  }
  return null;
}

/** An `alt` that describes the photo, not `이미지`, a file name or the site's logo. */
export function isMeaningfulAlt(alt: string): boolean {
  if (alt.length < 12 || !/[가-힣]/.test(alt)) return false;
  if (/\.(?:jpe?g|png|gif|webp)$/i.test(alt) || /(?:로고|logo|아이콘|icon|배너|banner|광고)/i.test(alt)) return false;
  // `iMBC 연예뉴스 사진`, `기사 관련 이미지`: labels, not descriptions.
  return !(alt.split(' ').length <= 4 && /(?:사진|이미지|썸네일)$/.test(alt));
}
