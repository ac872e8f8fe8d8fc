import type { QuoteSpan } from './spans.js';

/** A sentence of a paragraph with the quotes inside it. */
export interface Sentence {
  start: number;
  end: number;
  spans: QuoteSpan[];
}

/**
 * Splits a paragraph into sentences, never inside a quote: `…느낀다”며 “…”고 말했다.`
 * is one sentence whatever the quoted words hold. `spans` must be top-level spans in order.
 */
export function splitSentences(text: string, spans: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let s = 0;
  // Spans are ordered and disjoint: each sentence takes the run of spans inside it.
  let taken = 0;
  const push = (end: number) => {
    const own: QuoteSpan[] = [];
    while (taken < spans.length && (spans[taken] as QuoteSpan).close < end) own.push(spans[taken++] as QuoteSpan);
    if (text.slice(start, end).trim()) sentences.push({ start, end, spans: own });
  };
  for (let i = 0; i < text.length; i += 1) {
    while (s < spans.length && (spans[s] as QuoteSpan).close < i) s += 1;
    const span = spans[s];
    if (span && span.open <= i && i <= span.close) {
      i = span.close;
      continue;
    }
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '。') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && !/["”’')\]]/.test(next)) continue;
    if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 2] ?? '')) continue;
    push(i + 1);
    start = i + 1;
  }
  push(text.length);
  return sentences;
}
