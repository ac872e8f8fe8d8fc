import { endsWithHonorific, HONORIFICS } from '../../rules/korean.js';
import type { Quote, QuoteCore, Speaker, SpeakerCore } from '../../schema.js';
import { speakerKind } from './kind.js';
import { SOURCE_WEIGHTS } from '../../rules/attribution.js';
import { skeleton } from '../../util/text.js';
import type { PeopleIndex } from '../people.js';
import { quotesOfText, setFocus, type Discourse, type QuoteSource } from './body.js';
import { angleQuote, bracketQuote, inlineLabelled, interviewLabel, nameLine, transcriptTurn, unquote, type Label } from './broadcast.js';
import { personSpeaker, Referents } from './speakers.js';
import { hasQuoteMark } from './spans.js';
import { quotesOfTitle, titleSpeaker } from './titles.js';

export type { QuoteSource } from './body.js';
export { isSpeakerContext } from './broadcast.js';

// Caption quotes are compared with every body quote; past this many the rest are skipped.
const MAX_CAPTION_QUOTES = 200;

/**
 * Finds direct speech in the article's pieces (in reading order) and who said it.
 * Body quotes come first: labelled broadcast speech, then quotes in running text, where
 * a quote without a subject goes to the person in focus (`이어 “…”`). Headline and deck
 * quotes need a speaker of their own or a body quote they repeat; caption quotes that
 * repeat a body quote are not counted twice.
 */
export function extractQuotes(sources: readonly QuoteSource[], people: PeopleIndex): QuoteCore[] {
  people.addBareNames(sources.map((s) => s.text));
  const refs = new Referents(people);
  for (const source of sources) refs.learnAliases(source.text);
  // Before the body names anyone, the person the headline quotes is the one in focus.
  for (const source of sources) if (source.location !== 'body') refs.introduce(source.text);
  const headline = sources.find((s) => s.location === 'headline');
  const named = headline ? titleSpeaker(headline, refs) : null;
  // The person the headline names, quoted or not, is the one the article is about.
  const first = headline ? refs.people.addFrom(headline.text)[0] : undefined;
  const about = named ?? (first ? personSpeaker(first) : null);
  const discourse: Discourse = { focus: named, person: named && named.name ? named : null, gap: 0, bySpeech: true, paragraph: null, headliner: about };
  const body: QuoteCore[] = [];
  let pending: Label | null = null;
  // Past the last body piece with a quote mark, running text can hold no more quotes, and
  // the person in focus is needed by none: those pieces are not read sentence by sentence.
  let lastMarked = -1;
  sources.forEach((s, i) => {
    if (s.location === 'body' && hasQuoteMark(s.text)) lastMarked = i;
  });
  for (const [i, source] of sources.entries()) {
    if (source.location !== 'body') continue;
    refs.introduce(source.text);
    if (source.context) {
      // A label the layout kept out of the body still names the speaker of the next line.
      pending = interviewLabel(source.text) ?? pending;
      continue;
    }
    const read = bodyQuotes(source, refs, discourse, pending, i <= lastMarked);
    pending = read.pending;
    body.push(...read.quotes);
  }
  const byParagraph = new Map<number | null, QuoteCore[]>();
  for (const quote of body) {
    const list = byParagraph.get(quote.paragraphIndex);
    if (list) list.push(quote);
    else byParagraph.set(quote.paragraphIndex, [quote]);
  }
  const out: QuoteCore[] = [];
  const bodyKeys = new Set(body.map((q) => skeleton(q.text)));
  const bodyIndex = [...bodyKeys].join('\n');
  let captionQuotes = 0;
  for (const source of sources) {
    if (source.location === 'body') {
      out.push(...(byParagraph.get(source.paragraphIndex) ?? []));
      byParagraph.delete(source.paragraphIndex);
    } else if (source.location === 'caption') {
      for (const quote of quotesOfText(source, refs, { focus: null })) {
        if (captionQuotes++ >= MAX_CAPTION_QUOTES) break;
        const key = skeleton(quote.text);
        if (!bodyKeys.has(key) && !bodyIndex.includes(key)) out.push(quote);
      }
    } else {
      out.push(...quotesOfTitle(source, refs, body));
    }
  }
  return dedupe(out);
}

/**
 * The quotes of one body paragraph. A label line (`▶ 인터뷰 : …`, `이름 / 소속`) gives its
 * speaker to the quote on the next line, returned as `pending`. Running text is read only
 * when `inRunningText` (a quote mark here or further on).
 */
function bodyQuotes(source: QuoteSource, refs: Referents, discourse: Discourse, pending: Label | null, inRunningText: boolean): { quotes: QuoteCore[]; pending: Label | null } {
  const say = (words: string, speaker: SpeakerCore | null): QuoteCore => ({ text: words, speaker, confidence: speaker ? SOURCE_WEIGHTS.label : 0, cue: null, location: source.location, paragraphIndex: source.paragraphIndex });
  const labelled = bracketQuote(source.text) ?? angleQuote(source.text) ?? inlineLabelled(source.text);
  if (labelled) {
    const speaker = refs.labelled(labelled.label.name, labelled.label.role);
    return { quotes: [say(labelled.words, speaker)], pending: null };
  }
  const label = interviewLabel(source.text) ?? nameLine(source.text);
  if (label) return { quotes: [], pending: label };
  const words = unquote(source.text);
  if (words && (pending || /^[-–—]/.test(source.text))) {
    // `- "…"` after no label (a stand-up the layout took for a caption): nobody to name.
    const speaker = pending ? refs.labelled(pending.name, pending.role) : null;
    return { quotes: [say(words, speaker)], pending: null };
  }
  const turn = transcriptTurn(source.text, (name) => !!refs.people.named(name)?.role);
  if (turn) {
    const speaker = refs.labelled(turn.label.name, turn.label.role);
    setFocus(discourse, speaker, true, source.paragraphIndex);
    const inner = quotesOfText({ ...source, text: turn.words }, refs, discourse);
    setFocus(discourse, speaker, true, source.paragraphIndex);
    return { quotes: [say(turn.words, speaker), ...inner], pending: null };
  }
  return { quotes: inRunningText ? quotesOfText(source, refs, discourse) : [], pending: null };
}

// Quotes at least this long, printed twice by one speaker, are one quote printed twice.
const REPEATED_QUOTE = 12;

/**
 * Drops a quote printed twice by the same speaker: in one place, or anywhere in the same
 * part of the article when the words are long (a caption line read as a paragraph, a
 * statement quoted again). Short words said again (`네.` in two turns) and the same words
 * from two people stay.
 */
function dedupe(quotes: readonly QuoteCore[]): QuoteCore[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const who = q.speaker ? `${q.speaker.name ?? ''}|${q.speaker.role ?? ''}` : '';
    const words = skeleton(q.text);
    const place = words.length >= REPEATED_QUOTE ? '' : (q.paragraphIndex ?? '');
    const key = `${q.location}|${place}|${who}|${words}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Gives each quote its speaker's kind and how sure the attribution is. */
export function settleQuotes(quotes: readonly QuoteCore[]): Quote[] {
  return quotes.map((q) => ({
    ...q,
    speaker: q.speaker ? asContractSpeaker(q.speaker) : null,
    confidence: q.confidence ?? (q.speaker ? SOURCE_WEIGHTS.title : 0),
  }));
}

/**
 * The speaker as the contract writes it: an anonymized person keeps the form of address with
 * the stand-in name (`A씨`, `김모 씨`), since the letter alone (`A`) is no one's name; a title
 * (`B 총경`) stays the title.
 */
function asContractSpeaker(s: SpeakerCore): Speaker {
  const kind = speakerKind(s);
  if (kind !== 'anonymized' || !s.name || !s.title || !HONORIFICS.has(s.title) || endsWithHonorific(s.name)) return { ...s, kind };
  const name = /^[A-Z]/.test(s.name) ? `${s.name}${s.title}` : `${s.name} ${s.title}`;
  return { ...s, name, kind };
}
