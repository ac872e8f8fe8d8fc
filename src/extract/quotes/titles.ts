/**
 * Quotes in the headline and the deck: `이해찬 "나쁜 자식"에…기자협회 "…"`,
 * `“…”… 입장 밝힌 현대건설`, `허성욱 NIPA 원장 “…”`. Titles print the speaker right before
 * the quote or at the end of the line; without one, a title quote counts only when the
 * body quotes the same words.
 */
import { SOURCE_WEIGHTS } from '../../rules/attribution.js';
import type { QuoteCore, SpeakerCore } from '../../schema.js';
import { clean, skeleton } from '../../util/text.js';
import { tokenize, type Token } from '../roles.js';
import type { QuoteSource } from './body.js';
import { isNamed } from './speech.js';
import { isGenericSpeaker, type Referents } from './speakers.js';
import { topLevelSpans, type QuoteSpan } from './spans.js';

// Headlines and decks are short; a block this long is no title, so read only its start.
const TITLE_LIMIT = 400;
// Where a title's phrases part: `…`, `‥`, `···`, `,`, `|`, a closing quote.
const PHRASE_BREAK = /[…‥⋯·,|”"’'\]]/;
const HANGUL = /[가-힣]/;
// Adnominal speech verbs before a headline-final speaker: `'국민 통합' 외친 이재명`.
const SAYING = /^(?:외친|밝힌|말한|강조한|주장한|호소한|토로한|반박한|지적한|비판한|약속한|선언한|경고한|고백한|털어놓은|꼬집은)$/;

/** Headline and deck quotes with their speakers; `body` are the body quotes found before. */
export function quotesOfTitle(source: QuoteSource, refs: Referents, body: readonly QuoteCore[]): QuoteCore[] {
  const text = source.text.slice(0, TITLE_LIMIT);
  const out: QuoteCore[] = [];
  for (const span of topLevelSpans(text)) {
    if (span.style === 'single' || span.style === 'title' || isNamed(text, span.close, span.inner)) continue;
    // A title quote with no Korean in it, or with a tag in it, is markup that leaked in (`"-//W3C//DTD …"`).
    if (!HANGUL.test(span.inner) || /<\/?[A-Za-z]/.test(span.inner)) continue;
    const words = clean(span.inner);
    const named = speakerBefore(text, span, refs) ?? speakerAtEnd(text, span, refs);
    const speaker = named ?? repeatedFrom(words, body);
    if (!speaker) continue;
    const confidence = named ? SOURCE_WEIGHTS.title : SOURCE_WEIGHTS.repeated;
    out.push({ text: words, speaker, confidence, cue: null, location: source.location, paragraphIndex: null });
  }
  return out;
}

/**
 * The speaker a title names beside its first quote (`[인터뷰] 김지수 작가 “…”`): in an
 * interview the body's first quotes without a subject are theirs.
 */
export function titleSpeaker(source: QuoteSource, refs: Referents): SpeakerCore | null {
  const text = source.text.slice(0, TITLE_LIMIT);
  for (const span of topLevelSpans(text)) {
    if (span.style === 'single' || span.style === 'title' || isNamed(text, span.close, span.inner)) continue;
    return speakerBefore(text, span, refs) ?? speakerAtEnd(text, span, refs);
  }
  return null;
}

/** The phrase right before the quote: `기자협회 "…"`, `허성욱 NIPA 원장 “…”`, `[정치쇼] 김현욱 "…"`. */
function speakerBefore(text: string, span: QuoteSpan, refs: Referents): SpeakerCore | null {
  let from = span.open;
  while (from > 0 && span.open - from < 60 && !PHRASE_BREAK.test(text[from - 1] as string)) from -= 1;
  const tokens = tokenize(text.slice(from, span.open));
  const k = tokens.length - 1;
  if (k < 0 || (tokens[k] as Token).breakAfter) return null;
  const ref = refs.resolve(tokens, k, true);
  // A title names a speaker beside its quote; a bare `기자` or `관계자` names no one.
  if (ref?.kind === 'speaker') return isGenericSpeaker(ref.speaker) ? null : ref.speaker;
  return refs.headlineName((tokens[k] as Token).text);
}

/** A speaker closing the title after a saying verb: `… '국민 통합' 외친 이재명`, `입장 밝힌 현대건설`. */
function speakerAtEnd(text: string, span: QuoteSpan, refs: Referents): SpeakerCore | null {
  const tokens = tokenize(text.slice(span.close + 1));
  const k = tokens.length - 1;
  if (k < 1 || !SAYING.test((tokens[k - 1] as Token).text)) return null;
  return refs.headlineName((tokens[k] as Token).text);
}

/** The speaker of the body quote these words repeat, if any. */
function repeatedFrom(words: string, body: readonly QuoteCore[]): SpeakerCore | null {
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
