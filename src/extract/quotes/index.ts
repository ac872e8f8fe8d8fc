import type { Quote, Speaker } from '../../schema.js';
import { clean, skeleton } from '../../util/text.js';
import type { PeopleIndex } from '../people.js';
import { mentionAt, readTitleWord, tokenize, type Token } from '../roles.js';
import { splitSentences } from './sentences.js';
import { cueIn, isNamed, isSpeech } from './speech.js';
import { isSubjectWord, resolveSubject } from './speakers.js';
import { topLevelSpans, type QuoteSpan } from './spans.js';
import { SURNAMES } from '../../rules/people.js';
import { asSpeaker } from '../people.js';

/** A piece of the article that may hold quotes. */
export interface QuoteSource {
  text: string;
  location: Quote['location'];
  paragraphIndex: number | null;
}

/**
 * Finds direct speech in the article's pieces (in reading order) and who said it.
 * Body speakers carry over to the next sentence that names nobody (`이어 “…”`);
 * headline and deck quotes need a speaker of their own or a body quote they repeat;
 * caption quotes that repeat a body quote are not counted twice.
 */
export function extractQuotes(sources: readonly QuoteSource[], people: PeopleIndex): Quote[] {
  const body: Quote[] = [];
  let previous: Speaker | null = null;
  for (const source of sources) {
    if (source.location !== 'body') continue;
    for (const quote of quotesOfBody(source, people, previous)) {
      body.push(quote);
      if (quote.speaker) previous = quote.speaker;
    }
  }
  const out: Quote[] = [];
  const bodyKeys = body.map((q) => skeleton(q.text));
  const byParagraph = new Map<number | null, Quote[]>();
  for (const q of body) byParagraph.set(q.paragraphIndex, [...(byParagraph.get(q.paragraphIndex) ?? []), q]);
  for (const source of sources) {
    if (source.location === 'body') {
      out.push(...(byParagraph.get(source.paragraphIndex) ?? []));
    } else if (source.location === 'caption') {
      for (const quote of quotesOfBody(source, people, null)) {
        const key = skeleton(quote.text);
        if (!bodyKeys.some((k) => k === key || k.includes(key) || key.includes(k))) out.push(quote);
      }
    } else {
      out.push(...quotesOfTitle(source, people, body));
    }
  }
  return dedupe(out);
}

function quotesOfBody(source: QuoteSource, people: PeopleIndex, carried: Speaker | null): Quote[] {
  const { text } = source;
  const spans = topLevelSpans(text);
  if (!spans.length) return [];
  const quotes: Quote[] = [];
  const tokens = tokenize(text);
  let previous = carried;
  for (const sentence of splitSentences(text, spans)) {
    const speech = sentence.spans.filter((span) => isSpeech(text, span, sentence.start, sentence.end));
    if (!speech.length) continue;
    const last = speech[speech.length - 1] as QuoteSpan;
    const cue = cueIn(text, last.close + 1, sentence.end);
    const after = subjectBetween(tokens, last.close + 1, sentence.end, people, 'first');
    let sentenceSpeaker: Speaker | null = null;
    let boundary = sentence.start;
    for (const span of speech) {
      const before = subjectBetween(tokens, boundary, span.open, people, 'last');
      boundary = span.close + 1;
      let speaker: Speaker | null;
      if (before?.kind === 'speaker') speaker = before.speaker;
      else if (before?.kind === 'previous') speaker = previous;
      else if (sentenceSpeaker) speaker = sentenceSpeaker;
      else if (after?.kind === 'speaker') speaker = after.speaker;
      else speaker = previous;
      sentenceSpeaker = speaker;
      quotes.push({ text: clean(span.inner), speaker, cue, location: source.location, paragraphIndex: source.paragraphIndex });
    }
    if (sentenceSpeaker) previous = sentenceSpeaker;
  }
  return quotes;
}

// How far from a quote a subject is looked for, in words: bounds the work per quote.
const SUBJECT_WINDOW = 24;

/** The subject named between two offsets: the nearest one before a quote, or the first after it. */
function subjectBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  people: PeopleIndex,
  which: 'first' | 'last',
): ReturnType<typeof resolveSubject> {
  const a = firstTokenAt(tokens, from);
  let b = a;
  while (b < tokens.length && (tokens[b] as Token).end <= to && b - a < 4 * SUBJECT_WINDOW) b += 1;
  const inside: number[] = [];
  for (let k = a; k < b; k += 1) inside.push(k);
  if (which === 'last') inside.reverse();
  inside.length = Math.min(inside.length, SUBJECT_WINDOW);
  for (const k of inside) {
    if (!isSubjectWord((tokens[k] as Token).text)) continue;
    const ref = resolveSubject(tokens, k, people);
    if (ref) return ref;
  }
  return null;
}

/**
 * Headline and deck quotes: `허성욱 NIPA 원장 “…”`, `“…”… 윤 대통령`. Without a speaker
 * next to them they count only when the body quotes the same words.
 */
function quotesOfTitle(source: QuoteSource, people: PeopleIndex, body: readonly Quote[]): Quote[] {
  // Headlines and decks are short; a block this long is no title, so read only its start.
  const text = source.text.slice(0, 400);
  const tokens = tokenize(text);
  const out: Quote[] = [];
  for (const span of topLevelSpans(text)) {
    if (span.style === 'single' || span.style === 'title' || isNamed(text, span.close)) continue;
    const words = clean(span.inner);
    const speaker = speakerNextTo(tokens, span, people) ?? repeatedFrom(words, body);
    if (!speaker) continue;
    out.push({ text: words, speaker, cue: null, location: source.location, paragraphIndex: null });
  }
  return out;
}

/** Index of the first token starting at or after `offset` (binary search). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function speakerNextTo(tokens: readonly Token[], span: QuoteSpan, people: PeopleIndex): Speaker | null {
  const before = tokens.filter((t) => t.end <= span.open);
  const after = tokens.filter((t) => t.start > span.close);
  const k = before.length - 1;
  for (let s = k; s >= Math.max(0, k - 6); s -= 1) {
    const mention = mentionAt(tokens, s);
    if (mention && mention.last === k) return asSpeaker(people.named(mention.name) ?? people.add(mention));
  }
  const shortForm = (list: readonly Token[], at: number): Speaker | null => {
    const titled = list[at] ? readTitleWord((list[at] as Token).text) : null;
    const surname = list[at - 1]?.text;
    if (!titled || !surname || !SURNAMES.has(surname)) return null;
    const known = people.bySurnameAndTitle(surname, titled.title);
    return known ? asSpeaker(known) : null;
  };
  const near = shortForm(before, k);
  if (near) return near;
  for (let s = 0; s < Math.min(after.length, 4); s += 1) {
    const idx = tokens.indexOf(after[s] as Token);
    const mention = mentionAt(tokens, idx);
    if (mention) return asSpeaker(people.named(mention.name) ?? people.add(mention));
    const short = shortForm(after, s + 1);
    if (short) return short;
  }
  return null;
}

/** The speaker of the body quote these words repeat, if any. */
function repeatedFrom(words: string, body: readonly Quote[]): Speaker | null {
  const key = skeleton(words);
  if (key.length < 4) return null;
  const match = body.find((q) => {
    const other = skeleton(q.text);
    return other.includes(key) || key.includes(other) || bigramOverlap(key, other) >= 0.6;
  });
  return match?.speaker ?? null;
}

function bigramOverlap(a: string, b: string): number {
  const grams = (s: string) => {
    const set = new Set<string>();
    for (let i = 0; i + 1 < s.length; i += 1) set.add(s.slice(i, i + 2));
    return set;
  };
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.size || !gb.size) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared += 1;
  return shared / Math.min(ga.size, gb.size);
}

function dedupe(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.location}|${skeleton(q.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
