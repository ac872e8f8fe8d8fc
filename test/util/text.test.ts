import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, isAllHangul } from '../../src/util/text.js';

// clean() as first written, without its shortcut for text that is clean already.
const INVISIBLE_OR_SPACES = /[\u200B-\u200D\u2060\uFEFF\u00AD]|[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const slowClean = (value: string) =>
  value
    .normalize('NFC')
    .replace(INVISIBLE_OR_SPACES, (m) => (m.length === 1 && '\u200B\u200C\u200D\u2060\uFEFF\u00AD'.includes(m) ? '' : ' '))
    .trim();

describe('clean', () => {
  it('folds spaces, drops invisible characters and trims', () => {
    expect(clean('  허성욱\u00a0NIPA\t원장\u200b은\n ')).toBe('허성욱 NIPA 원장은');
    expect(clean('이미 깨끗한 문장이다.')).toBe('이미 깨끗한 문장이다.');
    expect(clean('\u1100\u1161')).toBe('가');
  });

  it('gives what the rule without its shortcut gives, on any mix of letters and spaces', () => {
    const unit = fc.constantFrom('가', 'a', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u00ad', '\u2028', '\u1100', '\u1161', '.');
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (s) => clean(s) === slowClean(s)), { numRuns: 20_000 });
  });
});

describe('isAllHangul', () => {
  it('accepts only Hangul syllables', () => {
    expect(isAllHangul('허성욱')).toBe(true);
    expect(isAllHangul('NIPA')).toBe(false);
    expect(isAllHangul('허a')).toBe(false);
    expect(isAllHangul('ㄱㄴ')).toBe(false);
    expect(isAllHangul('')).toBe(false);
    expect(isAllHangul('𝐀')).toBe(false);
  });
});
