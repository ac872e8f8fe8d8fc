import type { Byline } from '../schema.js';
import { clean } from '../util/text.js';
import { splitDateline } from './bylines.js';
import type { Layout } from './layout.js';

/** The body's paragraphs and the reporters named in an opening dateline. */
export interface Body {
  paragraphs: string[];
  /** For each paragraph, the index of the block it came from. */
  sources: number[];
  datelineBylines: Byline[];
}

/**
 * The body text, one string per paragraph, with an agency dateline
 * (`(서울=연합뉴스) 홍길동 기자 = `) taken off the first paragraph that has one.
 */
export function extractParagraphs(layout: Layout): Body {
  const paragraphs: string[] = [];
  const sources: number[] = [];
  const datelineBylines: Byline[] = [];
  let datelineSeen = false;
  layout.roles.forEach((role, i) => {
    if (role !== 'body') return;
    let text = clean((layout.blocks[i] as { text: string }).text);
    if (!datelineSeen) {
      const dateline = splitDateline(text);
      if (dateline) {
        datelineSeen = true;
        datelineBylines.push(...dateline.bylines);
        text = dateline.rest;
      }
    }
    if (!text) return;
    paragraphs.push(text);
    sources.push(i);
  });
  return { paragraphs, sources, datelineBylines };
}
