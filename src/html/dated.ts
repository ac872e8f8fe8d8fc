import type { Element } from 'domhandler';
import { clean } from '../util/text.js';
import { textOf } from './dom.js';
import type { NameIndex } from './select.js';

// Class, id or itemprop words of the elements that hold a page's date line.
const DATED_NAME = /date|time|publish|posted|byline|dateline|stamp|meta|author|info|entry-header|post-header/i;
// How far around the headline to look, in elements: date headers (Blogger) come just before it.
const BEFORE_HEADLINE = 60;
const AFTER_HEADLINE = 400;
// Some pages open the body with the date line (`<div class="ar-date">` first in the text).
const INTO_BODY = 20;
const MAX_LINES = 8;

/**
 * Short texts of elements named for dates or bylines (`.date-header`, `.byline`,
 * `.post-meta`) near the headline: where pages from abroad print their date when the
 * walk of the article's part of the page does not reach it. The date reader treats them
 * as shown stamp lines of the lowest rank.
 *
 * @example
 * // <h2 class="date-header">Sunday, May 8, 2016</h2><h3>Title</h3><div class="post-body">…</div>
 * datedLines(names, h3, body) // ['Sunday, May 8, 2016']
 */
export function datedLines(names: NameIndex, headline: Element | null, body: Element | null): string[] {
  const anchor = headline ?? names.byTag.get('h1')?.[0] ?? null;
  if (!anchor && !body) return [];
  const at = anchor?.startIndex ?? body?.startIndex ?? 0;
  const bodyAt = body?.startIndex ?? Infinity;
  const from = Math.max(0, at - BEFORE_HEADLINE);
  const to = Math.min(names.all.length, at + AFTER_HEADLINE, bodyAt > at ? bodyAt + INTO_BODY : Infinity);
  const lines: string[] = [];
  for (let i = from; i < to && lines.length < MAX_LINES; i += 1) {
    const el = names.all[i] as Element;
    const name = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.itemprop ?? ''}`;
    if (!DATED_NAME.test(name)) continue;
    const text = clean(textOf(el));
    if (text.length < 6 || text.length > 160 || !/\d/.test(text)) continue;
    if (!lines.includes(text)) lines.push(text);
  }
  return lines;
}
