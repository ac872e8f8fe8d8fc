import { describe, expect, it } from 'vitest';
import { loadDevSet, scoreDevSet } from '../../scripts/lib/quotes-devset.js';

// The quote dev set (fixtures/quotes): 37 corpus articles with hand-labelled quotes.
const devSet = loadDevSet();
const score = scoreDevSet(devSet);

describe('quote dev set', () => {
  it('holds at least 200 labelled quotes from at least 30 articles', () => {
    const scored = devSet.flatMap((a) => a.quotes.filter((q) => !q.optional));
    expect(scored.length).toBeGreaterThanOrEqual(200);
    expect(new Set(devSet.filter((a) => a.quotes.some((q) => !q.optional)).map((a) => a.name)).size).toBeGreaterThanOrEqual(30);
  });

  it('meets the issue targets: quote F1, speaker and role accuracy, quote-with-correct-speaker F1', () => {
    expect(score.quotes.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.speaker.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(score.role.accuracy).toBeGreaterThanOrEqual(0.88);
    expect(score.withSpeaker.f1).toBeGreaterThanOrEqual(0.92);
  });
});
