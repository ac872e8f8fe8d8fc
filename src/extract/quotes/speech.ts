import { startsOf } from '../../util/endings.js';
import {
  DETACHED_QUOTATIVES,
  NAMING_ENDINGS,
  PARTIAL_NOUNS,
  QUESTION_ENDINGS,
  QUESTION_STEMS,
  QUOTATIVE_ENDINGS,
  REPORTING_STEMS,
  TEXT_QUOTE_ENDINGS,
} from '../../rules/speech.js';
import type { QuoteSpan } from './spans.js';

const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const QUOTATIVES = byLength(QUOTATIVE_ENDINGS);
const NAMINGS = byLength(NAMING_ENDINGS);
const PARTIALS = new Set(PARTIAL_NOUNS);
const TEXT_ENDINGS = byLength(TEXT_QUOTE_ENDINGS);
const REPORTING = startsOf(REPORTING_STEMS);
const QUESTIONS = startsOf(QUESTION_STEMS);
const DETACHED = new Set(DETACHED_QUOTATIVES);
// What may follow a quotative ending: a space, punctuation, another quote, the end.
const ENDING_BOUNDARY = /^(?:$|[\s,.!?“"‘'…)\]])/;
// `”라는 입장`, `”는 뜻`, `”이란 말`: an adnominal ending, then the noun it qualifies.
const ADNOMINAL = /^(?:이라는|라는|이란|란|는|은)\s?([가-힣]{1,4})/;
// How far after a closing mark the words that decide its role are read.
const LOOKAHEAD = 24;

/** The quotative ending glued to a closing mark (`”라며`, `”고 말했다` → `라며`, `고`), or null. */
export function quotativeAfter(text: string, close: number): string | null {
  const tail = text.slice(close + 1, close + 1 + LOOKAHEAD);
  for (const ending of QUOTATIVES) {
    if (tail.startsWith(ending) && ENDING_BOUNDARY.test(tail.slice(ending.length))) return ending;
  }
  // `"…." 이렇게 경고했다`: the words are taken up by a pointer after a space.
  const detached = /^\s([가-힣]{1,3})(?:\s|$)/.exec(tail);
  if (detached && DETACHED.has(detached[1] as string)) return detached[1] as string;
  return null;
}

/** Whether the words after a closing mark name what someone holds or said (`”라는 입장`, `”는 뜻을 전했다`). */
export function isPartialQuote(text: string, close: number): boolean {
  const tail = text.slice(close + 1, close + 1 + LOOKAHEAD);
  if (TEXT_ENDINGS.some((e) => tail.startsWith(e) || tail.startsWith(` ${e}`))) return true;
  const m = ADNOMINAL.exec(tail);
  if (!m) return false;
  const noun = m[1] as string;
  for (const p of PARTIALS) {
    if (noun === p || (noun.startsWith(p) && /^(?:을|를|이|가|은|는|에|도|이다|이었|입니|으로|로)/.test(noun.slice(p.length)))) return true;
  }
  // `”라는 사실을 전했으나`: any noun, when a reporting verb takes it.
  const after = tail.slice(m[0].length).split(/\s+/).slice(0, 2);
  return after.some((w) => REPORTING.has(w, 2));
}

/** Whether the words after a closing mark make the span a name (`’는 주제로`, `”라는 캠페인`, `”는 문구`). */
export function isNamed(text: string, close: number, inner = ''): boolean {
  const raw = text.slice(close + 1, close + 1 + LOOKAHEAD);
  // `“기후위기”라는 말`: one or two words with no verb, taken up as a word, are a term.
  if (inner && isTerm(inner) && /^(?:이라는|라는|이란|란)\s?(?:말|단어|표현|용어|개념|신조어)/.test(raw)) return true;
  if (isPartialQuote(text, close)) return false;
  if (/^(?:이라는|라는|이란|란)(?:\s|$)/.test(raw)) return true;
  const rest = raw.replace(/^(?:이라는|라는|이란|란|[은는을를이가의와과]|으로|로)?\s?/, '');
  return NAMINGS.some((n) => rest.startsWith(n));
}

/** Whether quoted words are a term, not a sentence: at most two words, none ending like a verb. */
function isTerm(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  return words.length <= 2 && inner.length <= 12 && !/(?:다|요|까|냐|자|라|죠|네|지|니)[.!?]?$/.test(inner.trim());
}

/** Whether the span is a question someone put (`”냐고 묻자`, `”고 묻는 기자`, `”는 질문에`). */
export function isQuestion(text: string, span: QuoteSpan): boolean {
  const tail = text.slice(span.close + 1, span.close + 1 + LOOKAHEAD * 2);
  const words = tail.split(/\s+/);
  const glued = words[0] ?? '';
  const next = words.slice(1, 4);
  const asked = (w: string) => QUESTIONS.has(w) || /^(?:질문|물음)/.test(w);
  if (QUESTION_ENDINGS.some((e) => glued.startsWith(e))) return next.some(asked) || /[?？]$/.test(span.inner);
  // `“…있느냐”는 기자의 질문에`, `“…했나”라고 묻자`: a question form, then asking within a few words.
  const questionForm = /(?:냐|니|까|나요|는가|[?？])[.]?$/.test(span.inner);
  if (/^(?:라고|이라고|고|하고)$/.test(glued)) return asked(words[1] ?? '') || (questionForm && next.some(asked));
  return /^(?:라는|는|이라는)$/.test(glued) && (/^(?:질문|물음)/.test(words[1] ?? '') || (questionForm && next.some(asked)));
}

/**
 * Whether a span is reported speech: double or corner marks, not a name or a scare
 * quote, and a quotative ending, a partial-quote noun, or the span standing as a
 * sentence of its own.
 */
export function isSpeech(text: string, span: QuoteSpan, sentenceStart: number, sentenceEnd: number): boolean {
  if (span.style === 'single' || span.style === 'title') return false;
  if (isNamed(text, span.close, span.inner)) return false;
  if (quotativeAfter(text, span.close) || isPartialQuote(text, span.close)) return true;
  // A quote that is the whole sentence (after a colon or a dash, or a paragraph of speech).
  const before = text.slice(sentenceStart, span.open).trim();
  const after = text.slice(span.close + 1, sentenceEnd).trim();
  const alone = (!before || /[:：\-–—]$/.test(before)) && /^[.!?…]*$/.test(after);
  return alone && span.inner.length >= 8;
}

/**
 * The reporting verb of a quote: the first word after `from` (up to `to`) that starts
 * with a known reporting stem, else the first that ends a sentence in `다`.
 */
export function cueIn(text: string, from: number, to: number): string | null {
  const words = text
    .slice(from, Math.min(to, from + 200))
    .split(/\s+/)
    .map((w) => w.replace(/[.,!?"”’')\]]{1,6}$/, ''))
    .filter(Boolean);
  // The first word is the quotative ending glued to the mark (`”고`), not the verb.
  for (const word of words.slice(1)) {
    if (/(?:[다며고서해]|기도)$/.test(word) && REPORTING.has(word, 2)) return word;
  }
  for (const word of words.slice(1)) if (/[가-힣]다$/.test(word)) return word;
  return null;
}
