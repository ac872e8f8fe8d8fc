import type { Article, Quote, Speaker } from '../schema.js';
import { SPEAKER_COLOURS } from './assets.js';

/**
 * Attributions below this confidence are marked on the page (dashed outline, warning
 * sign) and counted as low in the index.
 */
export const LOW_CONFIDENCE = 0.5;

/** What a quote's `data-speaker` says: the name, else the role, else `?`. */
export function speakerLabel(speaker: Speaker | null): string {
  return speaker?.name ?? speaker?.role ?? '?';
}

/** One speaker of the legend: its label, kind, colour class and the quotes it has. */
export interface LegendEntry {
  label: string;
  kind: Speaker['kind'] | null;
  role: string | null;
  colour: string;
  quotes: number[];
}

/** Speakers are the same when label and kind are: `허성욱` the person, `코레일` the organization; `?` for none. */
export function speakerKey(quote: Quote): string {
  return quote.speaker ? `${quote.speaker.kind}\u0000${speakerLabel(quote.speaker)}` : '?';
}

/**
 * The legend: one entry per speaker in the order they first speak, each with its own
 * colour class (`s0`, `s1`, … repeating after {@link SPEAKER_COLOURS}); quotes without a
 * speaker share the grey `s-none`, listed last.
 *
 * @example
 * speakerLegend(article).map((e) => `${e.label} ${e.colour}`) // ['허성욱 s0', '김영수 s1', …]
 */
export function speakerLegend(article: Pick<Article, 'quotes'>): LegendEntry[] {
  const byKey = new Map<string, LegendEntry>();
  let unknown: LegendEntry | null = null;
  article.quotes.forEach((quote, index) => {
    const key = speakerKey(quote);
    let entry = key === '?' ? unknown : byKey.get(key);
    if (!entry) {
      entry = {
        label: speakerLabel(quote.speaker),
        kind: quote.speaker?.kind ?? null,
        role: quote.speaker?.role ?? null,
        colour: key === '?' ? 's-none' : `s${byKey.size % SPEAKER_COLOURS}`,
        quotes: [],
      };
      if (key === '?') unknown = entry;
      else byKey.set(key, entry);
    }
    entry.quotes.push(index);
  });
  return unknown ? [...byKey.values(), unknown] : [...byKey.values()];
}

/** The colour class of each quote, by index, from the legend. */
export function colourOfQuote(legend: readonly LegendEntry[], count: number): string[] {
  const colours: string[] = new Array<string>(count).fill('s-none');
  for (const entry of legend) for (const index of entry.quotes) colours[index] = entry.colour;
  return colours;
}
