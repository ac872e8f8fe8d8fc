import type { Element } from 'domhandler';
import { isElement } from './dom.js';

/**
 * The text measures of a page's elements, gathered bottom-up once per page. Looked up by
 * the document position the page scan writes into each element's `startIndex`: arrays,
 * not a Map keyed by element, because a hostile page has millions of elements.
 */
export class Measures {
  private readonly byPosition: Array<Stats | undefined> = [];
  /** The measured elements, children before their parents. */
  readonly elements: Element[] = [];

  get(el: Element): Stats | undefined {
    return el.startIndex === null ? undefined : this.byPosition[el.startIndex];
  }

  set(el: Element, stats: Stats): void {
    this.byPosition[el.startIndex as number] = stats;
    this.elements.push(el);
  }
}

/** Text measures of one element, gathered bottom-up once per page. */
export interface Stats {
  /** Characters of text, links included. */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Sentence ends (`다.`, `.`, `?`) in the text. */
  ends: number;
}

// What may stand before and after a sentence's closing mark.
const LETTER = /^[\p{L}\p{N}]$/u;
const AFTER_END = /["”’'\s]/;

/**
 * Sentence ends in `text`: `.`, `!` or `?` after a letter, digit or `)`, before a space,
 * a quote or the end. A loop, not a global regex: it runs on every text node of the page
 * and finds the marks first, so the letter test runs only where one stands.
 */
export function countEnds(text: string): number {
  let count = 0;
  for (let i = 1; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    const next = text[i + 1];
    if (next !== undefined && !AFTER_END.test(next)) continue;
    const p = text.charCodeAt(i - 1);
    if (p === 41 || (p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122) || (p >= 0xac00 && p <= 0xd7a3)) count += 1;
    else if (p >= 0x80) {
      // Anything else outside ASCII, an astral letter (a surrogate pair) included.
      const cp = p >= 0xdc00 && p <= 0xdfff && i >= 2 ? (text.codePointAt(i - 2) as number) : p;
      if (LETTER.test(String.fromCodePoint(cp))) count += 1;
    }
  }
  return count;
}
const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'span', 'font', 'body', 'dd', 'center']);
const INLINE = new Set(['p', 'span', 'font', 'b', 'strong', 'em', 'i', 'u', 'a', 'small', 'big', 'mark', 'sup', 'sub', 'br']);

/** Measures one element from its children's measures (called in post-order). */
export function measureOne(el: Element, stats: Measures): Stats {
  const own: Stats = { text: 0, link: 0, ends: 0 };
  for (const child of el.children) {
    if (child.type === 'text') {
      const trimmed = (child as unknown as { data: string }).data.trim();
      if (!trimmed) continue;
      own.text += trimmed.length;
      own.ends += countEnds(trimmed);
    } else if (isElement(child)) {
      const s = stats.get(child);
      if (!s) continue;
      own.text += s.text;
      own.link += child.name === 'a' ? s.text : s.link;
      own.ends += s.ends;
    }
  }
  return own;
}

/**
 * Finds the element that holds the article body: the one whose own children (text
 * runs, `<p>`s, inline elements) carry the most sentences, discounted by link density.
 * Nested containers count for half, so the closest container of the paragraphs wins
 * over `<body>`.
 */
export function findBody(stats: Measures): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of stats.elements) {
    const s = stats.get(el) as Stats;
    if (!CONTAINERS.has(el.name) || s.ends < 2) continue;
    let score = 0;
    let runLength = 0;
    for (const child of el.children) {
      if (child.type === 'text') {
        const data = (child as unknown as { data: string }).data.trim();
        runLength += data.length;
        score += countEnds(data) + Math.min(2, data.length / 120);
      } else if (isElement(child)) {
        const c = stats.get(child);
        if (!c) continue;
        const units = c.ends + Math.min(2, (c.text - c.link) / 120);
        score += INLINE.has(child.name) ? units * (1 - ratio(c.link, c.text)) : units * 0.3;
        if (INLINE.has(child.name)) runLength += c.text - c.link;
      }
    }
    score *= 1 - ratio(s.link, s.text);
    if (runLength < 80) score *= 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best ?? longestText(stats);
}

/** For pages too short to have sentences: the container with the most text, if it has some. */
function longestText(stats: Measures): Element | null {
  let best: Element | null = null;
  let bestLength = 99;
  for (const el of stats.elements) {
    const s = stats.get(el) as Stats;
    if (!CONTAINERS.has(el.name) || el.name === 'body') continue;
    const own = s.text - s.link;
    if (own > bestLength && own > 2 * s.link) {
      best = el;
      bestLength = own;
    }
  }
  return best;
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, part / whole) : 0;
}
