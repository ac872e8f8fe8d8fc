import { describe, expect, it } from 'vitest';
import { ArticleSchema, GisaError, parseArticle } from '../../src/index.js';
import { adversarialCases } from './cases.js';

describe.each(adversarialCases(1))('$name', (c) => {
  it('returns a valid Article or a GisaError, and pollutes nothing', () => {
    let result: unknown;
    try {
      result = parseArticle(c.input, { maxInputBytes: 64 * 1024 * 1024 });
    } catch (error) {
      expect(error).toBeInstanceOf(GisaError);
      result = error;
    }
    if (!(result instanceof GisaError)) expect(ArticleSchema.safeParse(result).success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('what the hostile inputs give', () => {
  const [unclosed, alternating, speakers, , , siblings, , jsonld, random] = adversarialCases(1);
  const options = { maxInputBytes: 64 * 1024 * 1024 };

  it('finds no quotes in unclosed or alternating marks', () => {
    expect(parseArticle(unclosed!.input, options).quotes).toEqual([]);
    expect(parseArticle(alternating!.input, options).quotes.every((q) => q.text.length < 40)).toBe(true);
  });

  it('still attributes quotes in a megabyte of them', () => {
    const quotes = parseArticle(speakers!.input, options).quotes;
    expect(quotes.length).toBeGreaterThan(10_000);
    expect(quotes[0]).toMatchObject({ text: '정책 0을 바꾸겠다', speaker: { name: '홍길동' } });
    expect(quotes[quotes.length - 1]?.speaker?.name).toBe('홍길동');
  });

  it('reads all 100,000 sibling paragraphs', () => {
    expect(parseArticle(siblings!.input, options).paragraphs).toHaveLength(100_000);
  });

  it('reads the JSON-LD headline without taking its hostile keys', () => {
    expect(parseArticle(jsonld!.input, options).headline).toBe('오염 시도');
  });

  it('refuses random bytes as binary', () => {
    expect(() => parseArticle(random!.input, options)).toThrowError(expect.objectContaining({ code: 'UNDECODABLE' }));
  });
});
