/**
 * Quotes in running text: which spans are speech, and who said each, sentence by
 * sentence, with the person in focus carried from one sentence to the next.
 */
import { startsOf } from '../../util/endings.js';
import { closesNounPhrase, CONTINUATION_OPENERS, SCENE_OPENERS } from '../../rules/korean.js';
import { QUESTION_STEMS, REPORTING_STEMS, SUBORDINATE_WORD } from '../../rules/speech.js';
import { attributionSettings, FOCUS_FEATURES, SOURCE_WEIGHTS } from '../../rules/attribution.js';
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
  /** Sentences begun since the focus was set: 1 in the sentence right after. */
  gap?: number;
  /** Whether a quote set the focus (its speaker), rather than a mention. */
  bySpeech?: boolean;
  /** The paragraph the focus was set in. */
  paragraph?: number | null;
  /** The speaker the headline names. */
  headliner?: SpeakerCore | null;
  /** How often each speaker was quoted or made the subject so far: who the article is about. */
  quoted?: Map<string, number>;
}

/** Whether the speaker is the article's main one: named by the headline, the only one met so far, or met most (twice at least). */
function isSalient(discourse: Discourse, speaker: SpeakerCore | null): boolean {
  if (!speaker) return false;
  if (discourse.headliner && sameSpeaker(discourse.headliner, speaker)) return true;
  const counts = discourse.quoted;
  const mine = counts?.get(speakerKey(speaker)) ?? 0;
  // The only one the article has talked about so far.
  if (counts?.size === 1 && mine > 0) return true;
  if (!counts || mine < 2) return false;
  for (const n of counts.values()) if (n > mine) return false;
  return true;
}

function sameSpeaker(a: SpeakerCore, b: SpeakerCore): boolean {
  return a === b || (a.name !== null && a.name === b.name) || (a.name === null && b.name === null && a.role === b.role);
}

function speakerKey(s: SpeakerCore): string {
  return s.name ?? `?${s.role ?? ''}`;
}

function countQuote(discourse: Discourse, speaker: SpeakerCore): void {
  const counts = (discourse.quoted ??= new Map());
  const key = speakerKey(speaker);
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Moves the focus, and the person a pronoun would mean when the speaker is one. */
export function setFocus(discourse: Discourse, speaker: SpeakerCore, bySpeech = false, paragraph: number | null = null): void {
  if (!bySpeech) countQuote(discourse, speaker);
  discourse.focus = speaker;
  discourse.gap = 0;
  discourse.bySpeech = bySpeech;
  discourse.paragraph = paragraph;
  const group = speaker.name === null && (speaker.organization === speaker.role || /들$/.test(speaker.role ?? '') || /측$/.test(speaker.role ?? ''));
  if (!group) discourse.person = speaker;
}

// The score from which an attribution counts towards its speaker's salience.
const STRONG = 0.8;
// How many words before or after a quote are searched for its subject: bounds the work per quote.
const BEFORE_WINDOW = 30;
const AFTER_WINDOW = 10;
const OPENERS = [...CONTINUATION_OPENERS].sort((a, b) => b.length - a.length);
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
    discourse.gap = (discourse.gap ?? 0) + 1;
    const speech = sentence.spans.filter((span) => isSpeech(text, span, sentence.start, sentence.end));
    if (!speech.length) {
      updateFocus(sentence, words, refs, discourse, source.paragraphIndex);
      continue;
    }
    const last = speech[speech.length - 1] as QuoteSpan;
    const cue = cueIn(text, last.close + 1, sentence.end);
    const opener = opensWithContinuation(text, sentence);
    // Only a sentence that reports speech (`밝혔다`) makes an unknown opening topic its speaker.
    const reported = !!cue && REPORTING.has(cue);
    let sentenceSpeaker: Attribution | null = null;
    for (const span of speech) {
      const said: Attribution = isQuestion(text, span)
        ? scored(askerOf(span, sentence, words, refs), SOURCE_WEIGHTS.asker, 'asker')
        : (sentenceSpeaker ?? attribute(span, sentence, words, refs, discourse, { opener, reported, paragraph: source.paragraphIndex }));
      if (!isQuestion(text, span)) sentenceSpeaker = said;
      const threshold = attributionSettings.threshold;
      const speaker = said.confidence >= threshold ? said.speaker : null;
      const quote: QuoteCore = { text: clean(span.inner), speaker, confidence: speaker ? said.confidence : Math.min(said.confidence, threshold / 2), cue, location: source.location, paragraphIndex: source.paragraphIndex };
      // Only a well-attested attribution makes its speaker more salient: a guess must not feed itself.
      if (speaker && said.confidence >= STRONG) countQuote(discourse, speaker);
      attributionSettings.trace?.push({ text: quote.text, evidence: said.evidence ?? '', confidence: said.confidence });
      quotes.push(quote);
    }
    if (sentenceSpeaker?.speaker && sentenceSpeaker.confidence >= attributionSettings.threshold) setFocus(discourse, sentenceSpeaker.speaker, true, source.paragraphIndex);
  }
  return quotes;
}

/** A candidate speaker with the score of its evidence (0..1). */
interface Attribution {
  speaker: SpeakerCore | null;
  confidence: number;
  /** Which evidence chose it and its features, for the fitting script's trace. */
  evidence?: string;
}

function scored(speaker: SpeakerCore | null, weight: number, evidence?: string): Attribution {
  return { speaker, confidence: speaker ? Math.max(0, Math.min(1, weight)) : 0, evidence };
}

/** What the sentence around a quote says, beyond its words. */
interface SentenceCues {
  /** It opens with `이어`, `그러면서`, `또` …: the same speaker goes on. */
  opener: boolean;
  /** It ends in a reporting verb. */
  reported: boolean;
  paragraph: number | null;
}

/**
 * Collects the candidates for a quote's speaker and keeps the best scored one: the subject
 * of its clause (before, then after the quote), a pronoun's person, a topic no rule knows
 * opening a reporting sentence, and last the person in focus, scored by how fresh the focus
 * is ({@link FOCUS_FEATURES}).
 */
function attribute(span: QuoteSpan, sentence: Sentence, words: Words, refs: Referents, discourse: Discourse, cues: SentenceCues): Attribution {
  // `이어 “…”`, `그러면서 “…”`: without a subject of its own, the quote goes on with the focus.
  const before = subjectBefore(span, sentence, words, refs);
  const after = before || cues.opener ? null : subjectAfter(span, sentence, words, refs);
  const subject = before ?? after;
  if (subject?.kind === 'speaker') return before ? scored(subject.speaker, SOURCE_WEIGHTS.subjectBefore, 'before') : scored(subject.speaker, SOURCE_WEIGHTS.subjectAfter, 'after');
  const gapPenalty = Math.max(0, (discourse.gap ?? 1) - 1) * FOCUS_FEATURES.perSentenceGap;
  // A pronoun with no one to point to leaves the speaker unknown, not the last group.
  if (subject?.kind === 'focus') return scored(discourse.person ?? null, SOURCE_WEIGHTS.pronoun + gapPenalty, `pronoun gap=${discourse.gap}`);
  const topic = cues.opener || !cues.reported ? null : openingTopic(span, sentence, words, refs);
  if (topic) return scored(topic, SOURCE_WEIGHTS.openingTopic, 'topic');
  let score = SOURCE_WEIGHTS.focus + gapPenalty;
  if (cues.opener) score += FOCUS_FEATURES.continuationOpener;
  if (cues.reported) score += FOCUS_FEATURES.reportingCue;
  if (discourse.bySpeech) score += FOCUS_FEATURES.setBySpeech;
  const salient = isSalient(discourse, discourse.focus);
  if (salient) score += FOCUS_FEATURES.salient;
  if (cues.paragraph !== discourse.paragraph && !cues.opener) score += FOCUS_FEATURES.newParagraph;
  const trace = attributionSettings.trace ? `focus gap=${discourse.gap} opener=${cues.opener} cue=${cues.reported} speech=${!!discourse.bySpeech} salient=${salient} newpar=${cues.paragraph !== discourse.paragraph}` : 'focus';
  return scored(discourse.focus, score, trace);
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
  while (k < tokens.length && SCENE_OPENERS.has((tokens[k] as Token).text)) k += 1;
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
    if (!adnominal || !(token.breakAfter || closesNounPhrase(w))) continue;
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
function updateFocus(sentence: Sentence, words: Words, refs: Referents, discourse: Discourse, paragraph: number | null): void {
  const { tokens, inside } = words;
  const from = firstTokenAt(tokens, sentence.start);
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).start < sentence.end) to += 1;
  if (to === from) return;
  // A sentence that is only a name and role (`구병삼 통일부 대변인`) is a name line.
  const whole = to - from <= 8 ? mentionAt(tokens, from) : null;
  if (whole && whole.last === to - 1) {
    const person = refs.people.named(whole.name) ?? refs.people.add(whole);
    setFocus(discourse, asSpeaker(person), false, paragraph);
    return;
  }
  for (let k = from; k < to && k < from + BEFORE_WINDOW; k += 1) {
    if (inside[k]) continue;
    const ref = refs.resolve(tokens, k);
    // `포용 인사도 강조했다`: `도` marks objects as often as subjects; it moves no focus.
    if (!ref || ref.particle === '도' || ref.particle === '들도') continue;
    if (ref.kind === 'speaker') {
      const closes = tokens.slice(k + 1, to).some((t) => SUBORDINATE_WORD.test(t.text));
      if (TOPIC_PARTICLES.has(ref.particle) || !closes) setFocus(discourse, ref.speaker, false, paragraph);
      if (!TOPIC_PARTICLES.has(ref.particle) && closes) continue;
    }
    return;
  }
}
