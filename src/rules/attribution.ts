/**
 * How much each kind of evidence says about who spoke a quote, kept as data. Attribution
 * (`extract/quotes/body.ts`) collects the candidates a sentence offers, adds up the weights
 * of the features each has, and keeps the best; below {@link SPEAKER_THRESHOLD} it names no
 * one, because a wrong speaker costs a user more than a missing one.
 *
 * Set by hand on the tune half of `fixtures/text` and the regression sets (html, quote dev
 * set), then left alone: the check half is scored with these numbers as they are. Each
 * weight says why it has its size.
 */

/** Where a candidate speaker comes from: its starting score. */
export const SOURCE_WEIGHTS = {
  // A label that prints the speaker beside the words (`[김철수/주민 : …]`, `▶ 인터뷰 : …`):
  // the layout says who speaks.
  label: 0.95,
  // The subject of the quote's own clause before the quote (`허 원장은 “…”라고 말했다`): the
  // grammar says who speaks.
  subjectBefore: 0.9,
  // The subject after the quote, up to the reporting verb (`“…”라고 박 위원은 말했다`).
  subjectAfter: 0.88,
  // A pronoun subject (`그는 “…”`) points at the last single person: right as long as that
  // person was the one just spoken of.
  pronoun: 0.8,
  // An earlier quote of the same sentence (`“A”며 “B”고 말했다`): one sentence, one speaker.
  sameSentence: 0.9,
  // The one who put a question, named by the asking clause.
  asker: 0.8,
  // A topic word no rule knows, opening a sentence that reports speech (`애플은 “…”고 밝혔다`).
  openingTopic: 0.6,
  // No subject at all: the speaker the text was last about. Korean drops a subject it just
  // named, so this is often right, but only while that person is still the one talked about.
  focus: 0.55,
  // A headline or deck that names the speaker of its quote (`허성욱 원장 “…”`).
  title: 0.85,
  // A headline quote whose words the body quotes: it has the body quote's speaker.
  repeated: 0.8,
} as const;

/** Adjustments to a focus candidate (a quote without a subject of its own). */
export const FOCUS_FEATURES = {
  // `이어 “…”`, `그러면서 “…”`, `또 …`: the writer says the same speaker goes on.
  continuationOpener: 0.3,
  // The sentence ends in a reporting verb (`말했다`): someone in the text said it.
  reportingCue: 0.15,
  // The focus was set by a quote, not by a mere mention: the last speaker speaks again.
  setBySpeech: 0.2,
  // Each sentence between the one that set the focus and this one: the longer the gap, the
  // likelier someone else has come in unnamed. Counted from the second sentence on.
  perSentenceGap: -0.06,
  // The focus is the article's main speaker: the one the headline names, the only one met so
  // far, or the one met most (twice at least). Profiles and interviews quote their subject
  // without naming them again, sentence after sentence.
  salient: 0.25,
  // The quote opens a new paragraph with no subject: writers usually name the speaker again
  // when a paragraph starts, so a silent one is weaker evidence.
  newParagraph: -0.1,
} as const;

/** Below this score a candidate names no one: the quote keeps `speaker: null`. */
export const SPEAKER_THRESHOLD = 0.5;

/**
 * The threshold in force. Only `scripts/attribution-fit.ts` changes it (to 0, to see every
 * candidate with its score while fitting); the library never does.
 */
export const attributionSettings: { threshold: number; trace: Array<{ text: string; evidence: string; confidence: number }> | null } = {
  threshold: SPEAKER_THRESHOLD,
  trace: null,
};
