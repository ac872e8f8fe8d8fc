/**
 * Where each extracted quote, and the mention of its speaker, sits in the article's text.
 * The `Article` gives a quote's words and block (headline, subheading, paragraph index,
 * caption) but no offsets, so each is found again by its text; what is not found is
 * listed as unplaced rather than guessed.
 */
import type { Article, Quote, Speaker } from '../schema.js';

/** A highlighted span `[start, end)` of a block's text, for one quote or one mention. */
export interface Mark {
  start: number;
  end: number;
  kind: 'quote' | 'mention';
  /** The quote (for a quote mark) or the quotes this mention introduces (indexes into `quotes`). */
  quotes: number[];
}

/**
 * One piece of article text with its marks, sorted by start (the longer first at one
 * start). Marks never cross: two are apart, or one quote holds the other, as a quote
 * the article quotes inside a longer one (a broadcast turn that cites a statement).
 */
export interface Block {
  text: string;
  marks: Mark[];
}

/** Every block of the article with its marks, and the quotes found nowhere. */
export interface Placement {
  headline: Block | null;
  subheadings: Block[];
  paragraphs: Block[];
  captions: Block[];
  /** Quotes whose words were not found in their block, by index. */
  unplaced: number[];
  /** For each quote, the mention mark of its speaker, or null. */
  mentionOf: Array<Mark | null>;
}

const OPENING_MARKS = new Set(['“', '"', '‘', "'", '「', '『', '《', '〈']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'", '」', '』', '》', '〉']);
const HANGUL_NAME = /^[가-힣]{2,4}$/;
/** A sentence end: a full stop, question or exclamation mark, maybe a closing mark, then space. */
const SENTENCE_END = /[.!?。][”"’'」』]?\s+/g;

function block(text: string): Block {
  return { text, marks: [] };
}

function overlaps(marks: readonly Mark[], start: number, end: number): boolean {
  return marks.some((m) => start < m.end && m.start < end);
}

/** Whether a quote may go at `[start, end)`: apart from every mark, or nested with a quote mark. */
function fitsQuote(marks: readonly Mark[], start: number, end: number): boolean {
  return marks.every((m) => {
    if (end <= m.start || m.end <= start) return true;
    if (m.kind !== 'quote' || (m.start === start && m.end === end)) return false;
    return (m.start <= start && end <= m.end) || (start <= m.start && m.end <= end);
  });
}

function insert(target: Block, mark: Mark): void {
  const at = target.marks.findIndex((m) => m.start > mark.start || (m.start === mark.start && m.end < mark.end));
  if (at === -1) target.marks.push(mark);
  else target.marks.splice(at, 0, mark);
}

/**
 * Places where a mark may go are tried nearest first and at most this many times per
 * search, so a paragraph that repeats a word thousands of times costs no more than a
 * fixed number of checks per quote; what is not found within them is left unmarked.
 */
const MAX_TRIES = 200;

/** Starts of `needle` in `text` from `from` forwards, at most {@link MAX_TRIES}. */
function forwards(text: string, needle: string, from: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at !== -1 && found.length < MAX_TRIES; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Starts of `needle` in `text` at or after `floor`, ending by `until`, nearest `until` first; at most {@link MAX_TRIES}. */
function backwards(text: string, needle: string, until: number, floor = 0): number[] {
  const found: number[] = [];
  if (until < needle.length) return found;
  for (let at = text.lastIndexOf(needle, until - needle.length); at >= floor && found.length < MAX_TRIES; at = text.lastIndexOf(needle, at - 1)) {
    found.push(at);
    if (at === 0) break;
  }
  return found;
}

/**
 * Marks the quote's words in `target` at the first free place from the block's last
 * placed quote on (quotes come in document order), else anywhere free; the quote marks
 * right around the words are taken in. Returns whether it was placed.
 */
function placeQuote(target: Block, quote: Quote, index: number): boolean {
  if (!quote.text) return false;
  const cursor = target.marks.reduce((end, m) => (m.kind === 'quote' ? Math.max(end, m.end) : end), 0);
  const starts = [...forwards(target.text, quote.text, cursor), ...forwards(target.text, quote.text, 0)];
  for (const at of starts) {
    let start = at;
    let end = at + quote.text.length;
    if (!fitsQuote(target.marks, start, end)) continue;
    if (OPENING_MARKS.has(target.text[start - 1] ?? '') && fitsQuote(target.marks, start - 1, end)) start -= 1;
    if (CLOSING_MARKS.has(target.text[end] ?? '') && fitsQuote(target.marks, start, end + 1)) end += 1;
    insert(target, { start, end, kind: 'quote', quotes: [index] });
    return true;
  }
  return false;
}

/**
 * The ways the text may name a speaker, most specific first: the name, the role as
 * written (`NIPA 원장`), and for a person with a Korean name and a title the surname with
 * the title's last word, as later references write it (`허성욱` … `원장` gives `허 원장`).
 *
 * @example
 * mentionForms({ name: '허성욱', role: 'NIPA 원장', organization: 'NIPA', title: '원장', kind: 'person' })
 * // ['허성욱', 'NIPA 원장', '허 원장']
 */
export function mentionForms(speaker: Speaker): string[] {
  const titleWord = speaker.title?.split(' ').pop();
  // A person known by surname only (`김`, title `상무`) is written `김 상무`: that comes first.
  const surnameOnly = speaker.kind === 'person' && speaker.name?.length === 1 && titleWord ? `${speaker.name} ${titleWord}` : null;
  const forms = [surnameOnly, speaker.name, speaker.role];
  if (speaker.kind === 'person' && speaker.name && HANGUL_NAME.test(speaker.name) && titleWord) {
    forms.push(`${speaker.name[0]} ${titleWord}`);
  }
  return [...new Set(forms.filter((f): f is string => f !== null && f.length >= 2))];
}

/**
 * The start of the last sentence of a block: after the last sentence end that is not
 * inside one of its quotes. Sentence ends are tried from the last one back.
 */
function lastSentenceStart(target: Block): number {
  const quotes = target.marks.filter((m) => m.kind === 'quote');
  const ends = [...target.text.matchAll(SENTENCE_END)];
  for (let i = ends.length - 1, tries = 0; i >= 0 && tries < MAX_TRIES; i -= 1, tries += 1) {
    const match = ends[i] as RegExpExecArray;
    const end = match.index + match[0].length;
    if (end < target.text.length && !overlaps(quotes, match.index, end)) return end;
  }
  return 0;
}

/** A mention span the quote may use: free text, or the very span of a mention of the same speaker. */
function usable(target: Block, start: number, end: number, sameSpeaker: (m: Mark) => boolean): Mark | 'free' | null {
  const hit = target.marks.filter((m) => start < m.end && m.start < end);
  if (hit.length === 0) return 'free';
  const [only] = hit;
  return hit.length === 1 && only && only.kind === 'mention' && only.start === start && only.end === end && sameSpeaker(only) ? only : null;
}

interface Candidate {
  start: number;
  end: number;
  existing: Mark | 'free';
}

/**
 * The mention of the quote's speaker nearest to the quote in its own block (the last
 * one before it, else the first after it), else the last one in the last sentence of
 * the paragraph before, trying each form in turn. Quote text never counts as a mention.
 */
function findMention(
  own: Block,
  quoteMark: Mark,
  previous: Block | null,
  forms: readonly string[],
  sameSpeaker: (m: Mark) => boolean,
): { target: Block; at: Candidate } | null {
  const first = (target: Block, form: string, starts: number[]): Candidate | null => {
    for (const start of starts) {
      const existing = usable(target, start, start + form.length, sameSpeaker);
      if (existing) return { start, end: start + form.length, existing };
    }
    return null;
  };
  for (const form of forms) {
    const near = first(own, form, backwards(own.text, form, quoteMark.start)) ?? first(own, form, forwards(own.text, form, quoteMark.end));
    if (near) return { target: own, at: near };
  }
  if (!previous) return null;
  const from = lastSentenceStart(previous);
  for (const form of forms) {
    const last = first(previous, form, backwards(previous.text, form, previous.text.length, from));
    if (last) return { target: previous, at: last };
  }
  return null;
}

/** The blocks a quote may sit in, by its location. */
function blocksFor(quote: Quote, placement: Omit<Placement, 'unplaced' | 'mentionOf'>): Block[] {
  switch (quote.location) {
    case 'headline':
      return placement.headline ? [placement.headline] : [];
    case 'subheading':
      return placement.subheadings;
    case 'caption':
      return placement.captions;
    case 'body': {
      if (quote.paragraphIndex === null) return placement.paragraphs;
      const own = placement.paragraphs[quote.paragraphIndex];
      return own ? [own] : [];
    }
  }
}

/**
 * Finds every quote of the article in its block, then the mention of each quote's
 * speaker near it. `speakerKeys[i]` tells which quotes share a speaker, so one mention
 * can introduce several quotes.
 *
 * @example
 * const placed = placeMarks(article, article.quotes.map((q) => q.speaker?.name ?? '?'));
 * placed.paragraphs[4]?.marks.map((m) => m.kind) // ['mention', 'quote', 'quote', 'quote', 'quote']
 */
export function placeMarks(article: Article, speakerKeys: readonly string[]): Placement {
  const blocks = {
    headline: article.headline === null ? null : block(article.headline),
    subheadings: article.subheadings.map(block),
    paragraphs: article.paragraphs.map(block),
    captions: article.captions.map((c) => block(c.text)),
  };
  const unplaced: number[] = [];
  const home: Array<{ target: Block; mark: Mark } | null> = article.quotes.map((quote, index) => {
    for (const target of blocksFor(quote, blocks)) {
      if (placeQuote(target, quote, index)) {
        const mark = target.marks.find((m) => m.kind === 'quote' && m.quotes[0] === index) as Mark;
        return { target, mark };
      }
    }
    unplaced.push(index);
    return null;
  });
  const mentionOf: Array<Mark | null> = article.quotes.map(() => null);
  article.quotes.forEach((quote, index) => {
    const placed = home[index];
    if (!placed || !quote.speaker) return;
    const paragraph = quote.location === 'body' ? blocks.paragraphs.indexOf(placed.target) : -1;
    const previous = paragraph > 0 ? (blocks.paragraphs[paragraph - 1] ?? null) : null;
    const sameSpeaker = (m: Mark) => speakerKeys[m.quotes[0] as number] === speakerKeys[index];
    const found = findMention(placed.target, placed.mark, previous, mentionForms(quote.speaker), sameSpeaker);
    if (!found) return;
    if (found.at.existing === 'free') {
      const mark: Mark = { start: found.at.start, end: found.at.end, kind: 'mention', quotes: [index] };
      insert(found.target, mark);
      mentionOf[index] = mark;
    } else {
      found.at.existing.quotes.push(index);
      mentionOf[index] = found.at.existing;
    }
  });
  return { ...blocks, unplaced, mentionOf };
}
