import type { Block, BlockDocument } from './blocks.js';
import { extractBylines } from './extract/bylines.js';
import { extractCaptions, splitCaption } from './extract/captions.js';
import { extractDates } from './extract/dates/index.js';
import { isKoreanDocument } from './extract/dates/language.js';
import { extractHeadline } from './extract/headline.js';
import { assignRoles } from './extract/layout.js';
import { extractParagraphs } from './extract/paragraphs.js';
import { PeopleIndex } from './extract/people.js';
import { extractQuotes, isSpeakerContext, settleQuotes, type QuoteSource } from './extract/quotes/index.js';
import { summarizeSpeakers } from './extract/speakers.js';
import { extractSection } from './extract/section.js';
import { extractSubheadings } from './extract/subheadings.js';
import type { ResolvedOptions } from './options.js';
import type { Article } from './schema.js';
import { warn, type Warning } from './warnings.js';
import { webUrl } from './util/url.js';
import { removeUnsafeCharsEverywhere } from './util/safe.js';
import { unsafeCharsWarning } from './decode/index.js';

// A paragraph longer than this is no real paragraph (a dump, a table run into one line):
// people and quotes are read from it piece by piece, so the analysis holds one piece's
// words at a time instead of millions, and its time stays linear in the input.
const MAX_PIECE = 20_000;

/**
 * The text in pieces of at most {@link MAX_PIECE} characters, cut after a sentence in the
 * piece's second half where there is one (so quotes stay whole), else at a space.
 */
function pieces(text: string): string[] {
  if (text.length <= MAX_PIECE) return [text];
  const out: string[] = [];
  let start = 0;
  while (text.length - start > MAX_PIECE) {
    // Searched within the window only: a search from the end back to the text's start
    // would make a text without spaces quadratic.
    const window = text.slice(start, start + MAX_PIECE + 1);
    const sentence = window.lastIndexOf('. ');
    const space = sentence > MAX_PIECE / 2 ? sentence + 1 : window.lastIndexOf(' ');
    if (space > 0) {
      out.push(text.slice(start, start + space));
      start += space + 1;
    } else {
      out.push(text.slice(start, start + MAX_PIECE));
      start += MAX_PIECE;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** How the input was read before the frontend saw it. */
export interface ReadInfo {
  charset: string | null;
  warnings: readonly Warning[];
}

/**
 * Runs every field extractor over a frontend's blocks and builds the Article.
 * The order matters only where one field feeds another: roles first, then the
 * paragraphs (quotes point into them), then people before quotes (speakers resolve
 * against the people introduced).
 */
export function assemble(doc: BlockDocument, options: ResolvedOptions, read: ReadInfo): Article {
  // Pages from abroad read dates in their own languages and keep their own offsets.
  const context = { timeZone: options.timeZone, now: options.now, international: !isKoreanDocument(doc), language: doc.meta.language ?? null };
  const layout = assignRoles(doc, context);
  const headline = extractHeadline(layout, doc.meta);
  const subheadings = extractSubheadings(layout);
  const dates = extractDates(layout, doc.meta, context);
  const url = webUrl(options.url) ?? webUrl(doc.meta.url);
  const captions = extractCaptions(layout, url, headline);
  const body = extractParagraphs(layout);
  const bylines = extractBylines(layout, doc.meta, body.datelineBylines);

  const sources: QuoteSource[] = [];
  // Block index → paragraph index, for pages with many thousands of paragraphs.
  const paragraphOf = new Map(body.sources.map((block, p) => [block, p]));
  layout.roles.forEach((role, i) => {
    const block = layout.blocks[i] as Block;
    if (role === 'headline') sources.push({ text: headline ?? block.text, location: 'headline', paragraphIndex: null });
    else if (role === 'subheading') sources.push({ text: block.text, location: 'subheading', paragraphIndex: null });
    else if (role === 'caption') sources.push({ text: splitCaption(block.text, block.kind === 'caption').text, location: 'caption', paragraphIndex: null });
    else if (role === 'body') {
      const p = paragraphOf.get(i);
      if (p !== undefined) for (const text of pieces(body.paragraphs[p] as string)) sources.push({ text, location: 'body', paragraphIndex: p });
    }
    // `■ 출연 : 김현욱 국립외교원 미주연구부장`: no body text, but it says who speaks in the turns.
    else if (role === 'boilerplate' && isSpeakerContext(block.text)) sources.push({ text: block.text, location: 'body', paragraphIndex: null, context: true });
  });
  if (headline && !layout.roles.includes('headline')) sources.unshift({ text: headline, location: 'headline', paragraphIndex: null });

  const people = new PeopleIndex();
  for (const source of sources) people.addFrom(source.text);
  for (const caption of captions) if (caption.credit) people.addFrom(caption.credit);
  for (const b of bylines) people.add({ name: b.name, role: b.title, organization: null, title: b.title });
  const quotes = settleQuotes(extractQuotes(sources, people));

  const warnings = [...read.warnings, ...doc.warnings];
  if (!headline) warnings.push(warn('NO_HEADLINE', 'no headline found'));
  if (!body.paragraphs.length) warnings.push(warn('NO_BODY', 'no body text found'));
  const article: Article = {
    headline,
    subheadings,
    section: extractSection(layout, doc.meta),
    publishedAt: dates.publishedAt,
    modifiedAt: dates.modifiedAt,
    timestamps: dates.timestamps,
    bylines,
    captions,
    paragraphs: body.paragraphs,
    quotes,
    speakers: summarizeSpeakers(quotes),
    people: people.all(),
    source: {
      format: doc.format,
      url,
      siteName: doc.meta.siteName,
      adapter: doc.adapter,
      charset: read.charset,
    },
    warnings,
  };
  // The decoded input was made safe already; markup can still spell unsafe characters.
  const removed = removeUnsafeCharsEverywhere(article);
  if (removed) warnings.push(unsafeCharsWarning(removed));
  return article;
}
