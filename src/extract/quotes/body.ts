/**
 * Quotes in running text: which spans are speech, and who said each, sentence by
 * sentence, with the person in focus carried from one sentence to the next.
 */
import { startsOf } from '../../util/endings.js';
import { CONTINUATION_OPENERS, QUESTION_STEMS, REPORTING_STEMS, SUBORDINATE_WORD } from '../../rules/speech.js';
import type { QuoteCore, SpeakerCore } from '../../schema.js';
import { clean } from '../../util/text.js';
import { asSpeaker } from '../people.js';
import { mentionAt, type Token } from '../roles.js';
import { splitSentences, type Sentence } from './sentences.js';
import { cueIn, isQuestion, isSpeech } from './speech.js';
import { TOPIC_PARTICLES, type Referents, type SubjectRef } from './speakers.js';
import { topLevelSpans, type QuoteSpan } from './spans.js';

/** A piece of the article that may hold quotes. */
export interface QuoteSource {
  text: string;
  location: QuoteCore['location'];
  paragraphIndex: number | null;
  /**
   * A line that is no body text but says who speaks (`■ 출연 : 이름 직책` over a radio
   * transcript): read for speakers and their roles, never for quotes.
   */
  context?: boolean;
}

/** What carries from sentence to sentence: who the text is about. */
export interface Discourse {
  /** The last speaker or subject: a quote without a subject goes to it. */
  focus: SpeakerCore | null;
  /** The last single person (named or not): `그는`, `그녀는` point to it, never to a group or an organization. */
  person?: SpeakerCore | null;
}

/** Moves the focus, and the person a pronoun would mean when the speaker is one. */
function setFocus(discourse: Discourse, speaker: SpeakerCore): void {
  discourse.focus = speaker;
  const group = speaker.name === null && (speaker.organization === speaker.role || /들$/.test(speaker.role ?? '') || /측$/.test(speaker.role ?? ''));
  if (!group) discourse.person = speaker;
}

// How many words before or after a quote are searched for its subject: bounds the work per quote.
const BEFORE_WINDOW = 30;
const AFTER_WINDOW = 10;
const OPENERS = [...CONTINUATION_OPENERS].sort((a, b) => b.length - a.length);
// The particle closing a noun phrase the asker stands in (`기자를`, `취재진에게`).
const NP_END = /(?:[을를이가은는의에도]|에게)$/;
const CONTEXT_OPENERS = new Set(['한편', '이날', '특히', '또', '또한', '반면', '앞서', '당시', '최근', '현재', '다만', '하지만', '그러나', '실제', '실제로']);
const REPORTING = startsOf(REPORTING_STEMS.filter((s) => s.length > 1 && s !== '라고' && s !== '이라고'));
const QUESTIONS = startsOf(QUESTION_STEMS);

/** The words of a text with which of them lie inside a quote. */
interface Words {
  tokens: Token[];
  inside: boolean[];
}

function wordsOf(text: string, spans: readonly QuoteSpan[], refs: Referents): Words {
  const tokens = refs.people.tokensOf(text);
  const inside: boolean[] = [];
  let s = 0;
  for (const token of tokens) {
    while (s < spans.length && (spans[s] as QuoteSpan).close < token.start) s += 1;
    const span = spans[s];
    inside.push(!!span && span.open < token.start && token.end <= span.close + 1);
  }
  return { tokens, inside };
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

/**
 * Finds the quotes of one paragraph (or caption) and their speakers. `discourse` is
 * read and updated: a quote without a subject of its own goes to the person in focus.
 */
export function quotesOfText(source: QuoteSource, refs: Referents, discourse: Discourse): QuoteCore[] {
  const text = source.text;
  const spans = topLevelSpans(text);
  const words = wordsOf(text, spans, refs);
  const quotes: QuoteCore[] = [];
  for (const sentence of splitSentences(text, spans)) {
    const speech = sentence.spans.filter((span) => isSpeech(text, span, sentence.start, sentence.end));
    if (!speech.length) {
      updateFocus(sentence, words, refs, discourse);
      continue;
    }
    const last = speech[speech.length - 1] as QuoteSpan;
    const cue = cueIn(text, last.close + 1, sentence.end);
    const opener = opensWithContinuation(text, sentence);
    // Only a sentence that reports speech (`밝혔다`) makes an unknown opening topic its speaker.
    const reported = !!cue && REPORTING.has(cue);
    let sentenceSpeaker: SpeakerCore | null = null;
    for (const span of speech) {
      let speaker: SpeakerCore | null;
      if (isQuestion(text, span)) {
        speaker = askerOf(span, sentence, words, refs);
      } else {
        // `이어 “…”`, `그러면서 “…”`: without a subject of its own, the quote goes on with the focus.
        const before = subjectBefore(span, sentence, words, refs);
        const after: SubjectRef | null = before || sentenceSpeaker || opener ? null : subjectAfter(span, sentence, words, refs);
        const subject: SubjectRef | null = before ?? after;
        // A pronoun with no one to point to leaves the speaker unknown, not the last group.
        speaker = subject
          ? resolved(subject, discourse)
          : (sentenceSpeaker ?? (opener || !reported ? null : openingTopic(span, sentence, words, refs)) ?? discourse.focus);
        sentenceSpeaker = speaker;
      }
      quotes.push({ text: clean(span.inner), speaker, cue, location: source.location, paragraphIndex: source.paragraphIndex });
    }
    if (sentenceSpeaker) setFocus(discourse, sentenceSpeaker);
  }
  return quotes;
}

function resolved(ref: SubjectRef | null, discourse: Discourse): SpeakerCore | null {
  if (!ref) return null;
  return ref.kind === 'focus' ? (discourse.person ?? null) : ref.speaker;
}

/** Whether the sentence opens with `이어`, `그러면서`, `또` …: it goes on with the same speaker. */
function opensWithContinuation(text: string, sentence: Sentence): boolean {
  const head = text.slice(sentence.start, sentence.start + 12).trimStart();
  return OPENERS.some((o) => head.startsWith(o) && /^[\s,“"]/.test(head.slice(o.length)) && !/^(?:그는|그녀는)/.test(o));
}

/**
 * The subject before a quote, nearest first, skipping the quoted words and the subject
 * of a clause that closes before the quote (`김 의원이 …묻자 “…”`: not 김 의원).
 */
function subjectBefore(span: QuoteSpan, sentence: Sentence, words: Words, refs: Referents): SubjectRef | null {
  const { tokens, inside } = words;
  const end = firstTokenAt(tokens, span.open);
  let seen = 0;
  let subordinate = false;
  for (let k = end - 1; k >= 0 && seen < BEFORE_WINDOW; k -= 1) {
    const token = tokens[k] as Token;
    if (token.start < sentence.start) break;
    if (inside[k]) continue;
    seen += 1;
    const ref = refs.resolve(tokens, k);
    if (ref && (!subordinate || TOPIC_PARTICLES.has(ref.particle))) return ref;
    if (SUBORDINATE_WORD.test(token.text) && !ref) subordinate = true;
  }
  return null;
}

/** The subject after a quote (`“…”라고 박 연구위원은 말했다`), up to the reporting verb. */
function subjectAfter(span: QuoteSpan, sentence: Sentence, words: Words, refs: Referents): SubjectRef | null {
  const { tokens, inside } = words;
  let k = firstTokenAt(tokens, span.close + 1);
  // The quotative ending glued to the mark is no word of its own.
  if (tokens[k] && (tokens[k] as Token).start === span.close + 1) k += 1;
  for (let seen = 0; k < tokens.length && seen < AFTER_WINDOW; k += 1) {
    const token = tokens[k] as Token;
    if (token.start >= sentence.end) break;
    if (inside[k]) continue;
    seen += 1;
    const ref = refs.resolve(tokens, k);
    if (ref) return ref;
    if (REPORTING.has(token.text) || SUBORDINATE_WORD.test(token.text)) break;
  }
  return null;
}

/**
 * A sentence that opens with a topic no rule knows (`애플은 “…”`, `손흥민은 경기 후 “…”`)
 * still says who speaks: a name-shaped word is a person, another noun an organization.
 */
function openingTopic(span: QuoteSpan, sentence: Sentence, words: Words, refs: Referents): SpeakerCore | null {
  const { tokens, inside } = words;
  let k = firstTokenAt(tokens, sentence.start);
  while (k < tokens.length && CONTEXT_OPENERS.has((tokens[k] as Token).text)) k += 1;
  const token = tokens[k];
  if (!token || inside[k] || token.end > span.open) return null;
  return refs.unknownTopic(token.text);
}

/**
 * Who put a question, never the one who answers:
 * - named after an adnominal asking verb: `”고 묻는 한 통신사 기자를`, `”고 물었던 취재기자`;
 * - named before `질문`: `”는 기자의 질문에`;
 * - the subject of the asking clause: `기자가 “…냐”고 묻자`.
 * Null when the text does not say.
 */
function askerOf(span: QuoteSpan, sentence: Sentence, words: Words, refs: Referents): SpeakerCore | null {
  const { tokens, inside } = words;
  let k = firstTokenAt(tokens, span.close + 1);
  let adnominal = false;
  for (let seen = 0; k < tokens.length && seen < 8; k += 1, seen += 1) {
    const token = tokens[k] as Token;
    if (token.start >= sentence.end || inside[k]) break;
    const w = token.text;
    if (/^(?:질문|물음)/.test(w)) {
      // `”는 기자의 질문에`: the asker stands right before.
      const ref = seen > 0 ? refs.resolve(tokens, k - 1, true) : null;
      return ref?.kind === 'speaker' ? ref.speaker : null;
    }
    if (QUESTIONS.has(w)) {
      if (!/(?:는|던|은|한)$/.test(w)) break;
      adnominal = true;
      continue;
    }
    // The asker's phrase ends at its particle: `한 통신사 기자를` is read at `기자를`.
    if (!adnominal || !(token.breakAfter || NP_END.test(w))) continue;
    const ref = refs.resolve(tokens, k, true);
    return ref?.kind === 'speaker' ? ref.speaker : null;
  }
  const before = subjectBefore(span, sentence, words, refs);
  return before?.kind === 'speaker' ? before.speaker : null;
}

/**
 * A sentence without speech still moves the focus: its first subject that names
 * someone (`한편 이승기는 …`), or a line that is nothing but a name (`박채규 대표`).
 */
function updateFocus(sentence: Sentence, words: Words, refs: Referents, discourse: Discourse): void {
  const { tokens, inside } = words;
  const from = firstTokenAt(tokens, sentence.start);
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).start < sentence.end) to += 1;
  if (to === from) return;
  // A sentence that is only a name and role (`구병삼 통일부 대변인`) is a name line.
  const whole = to - from <= 8 ? mentionAt(tokens, from) : null;
  if (whole && whole.last === to - 1) {
    const person = refs.people.named(whole.name) ?? refs.people.add(whole);
    setFocus(discourse, asSpeaker(person));
    return;
  }
  for (let k = from; k < to && k < from + BEFORE_WINDOW; k += 1) {
    if (inside[k]) continue;
    const ref = refs.resolve(tokens, k);
    // `포용 인사도 강조했다`: `도` marks objects as often as subjects; it moves no focus.
    if (!ref || ref.particle === '도' || ref.particle === '들도') continue;
    if (ref.kind === 'speaker') {
      const closes = tokens.slice(k + 1, to).some((t) => SUBORDINATE_WORD.test(t.text));
      if (TOPIC_PARTICLES.has(ref.particle) || !closes) setFocus(discourse, ref.speaker);
      if (!TOPIC_PARTICLES.has(ref.particle) && closes) continue;
    }
    return;
  }
}
