import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countEnds } from '../../src/html/body.js';

// The rule countEnds implements, as the regex it replaced for speed.
const END = /[\p{L}\p{N})][.!?](?=["”’'\s]|$)/gu;

describe('countEnds', () => {
  it('counts sentence ends in real Korean text', () => {
    expect(countEnds('정부가 발표했다. 시장은 “좋다.” 그렇다(사실). 끝?')).toBe(4);
    expect(countEnds('3.5% 올랐다...')).toBe(0);
    expect(countEnds('v1.2 출시! ')).toBe(1);
  });

  it('agrees with the regex rule on any text of the marks it looks at', () => {
    const unit = fc.constantFrom('a', 'Z', '가', '힣', '1', ')', '.', '!', '?', ' ', '"', '”', '’', "'", '-', '𝐀', '中', 'é', '\n', '\u00a0');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => countEnds(s) === (s.match(END)?.length ?? 0)),
      { numRuns: 20_000 },
    );
  });
});
