import type { Quote, SpeakerSummary } from '../schema.js';

/** One entry per distinct speaker, in order of their first quote, with how many quotes each has. */
export function summarizeSpeakers(quotes: readonly Quote[]): SpeakerSummary[] {
  const byKey = new Map<string, SpeakerSummary>();
  for (const quote of quotes) {
    const s = quote.speaker;
    if (!s) continue;
    const key = s.name ?? `?${s.role ?? ''}|${s.organization ?? ''}`;
    const known = byKey.get(key);
    if (known) known.quoteCount += 1;
    else byKey.set(key, { ...s, quoteCount: 1 });
  }
  return [...byKey.values()];
}
