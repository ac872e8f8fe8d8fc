import { NAMING_ENDINGS, QUOTATIVE_ENDINGS, REPORTING_VERBS } from '../../rules/speech.js';
import type { QuoteSpan } from './spans.js';

const QUOTATIVES = [...QUOTATIVE_ENDINGS].sort((a, b) => b.length - a.length);
const NAMINGS = [...NAMING_ENDINGS].sort((a, b) => b.length - a.length);
const VERBS = new Set(REPORTING_VERBS);
// What may follow a quotative ending: a space, punctuation, another quote, the end.
const PARTIAL_QUOTE = /^(?:이라는|라는|는)\s(?:입장|말|뜻|생각|의견|주장|설명|지적|반응|비판|목소리|얘기|전망|분석)/;
const ENDING_BOUNDARY = /^(?:$|[\s,.!?“"‘'…)\]])/;

/** The quotative ending glued to a closing mark (`”라며`, `”고 말했다` → `라며`, `고`), or null. */
export function quotativeAfter(text: string, close: number): string | null {
  const tail = text.slice(close + 1, close + 16);
  const partial = PARTIAL_QUOTE.exec(tail);
  if (partial) return partial[0];
  for (const ending of QUOTATIVES) {
    if (tail.startsWith(ending) && ENDING_BOUNDARY.test(tail.slice(ending.length))) return ending;
  }
  return null;
}

/** Whether the words after a closing mark make the span a name (`’는 주제로`, `”라는 캠페인`). */
export function isNamed(text: string, close: number): boolean {
  const raw = text.slice(close + 1, close + 16);
  // `”라는 입장이다`: a partial quote of what someone holds, so speech.
  if (PARTIAL_QUOTE.test(raw)) return false;
  if (/^(?:이라는|라는|이란|란)(?:\s|$)/.test(raw)) return true;
  const rest = raw.replace(/^[은는을를이가의와과]\s?/, '');
  return NAMINGS.some((n) => rest.startsWith(n));
}

/**
 * Whether a span is reported speech: double or corner marks, not a name or a scare
 * quote, and either a quotative ending or the span standing as a sentence of its own.
 */
export function isSpeech(text: string, span: QuoteSpan, sentenceStart: number, sentenceEnd: number): boolean {
  if (span.style === 'single' || span.style === 'title') return false;
  if (isNamed(text, span.close)) return false;
  if (quotativeAfter(text, span.close)) return true;
  // A quote that is the whole sentence (after a colon, or a paragraph of speech).
  const before = text.slice(sentenceStart, span.open).trim();
  const after = text.slice(span.close + 1, sentenceEnd).trim();
  const alone = (!before || /[:：]$/.test(before)) && /^[.!?…]*$/.test(after);
  return alone && span.inner.length >= 8;
}

/**
 * The reporting verb of a quote: the first word after `from` (up to `to`) that is a
 * known reporting verb, else the first that ends a sentence in `다`.
 */
export function cueIn(text: string, from: number, to: number): string | null {
  const words = text.slice(from, to).split(/\s+/).map((w) => w.replace(/[.,!?"”’')\]]+$/, ''));
  for (const word of words) if (VERBS.has(word)) return word;
  for (const word of words.slice(1)) if (/[가-힣]다$/.test(word)) return word;
  return null;
}
