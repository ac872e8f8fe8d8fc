import { describe, expect, it } from 'vitest';
import { ArticleSchema, GisaError, parseArticle } from '../../src/index.js';
import { adversarialCases, adversarialMakers } from './cases.js';

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

  // The newer cases at a fifth of their size: the same shapes, a fifth of the test time.
  const small = adversarialMakers(0.2);
  const named = (name: string, scale = 0.2) => ((scale === 1 ? adversarialMakers(1) : small).find((m) => m.name.startsWith(name)) as (typeof small)[number]).make();

  it('cuts a run of a million combining marks to 30 and says so', () => {
    const a = parseArticle(named('alternating combining').input, options);
    expect(a.warnings).toContainEqual({ code: 'COMBINING_MARKS_CUT', message: 'runs of more than 30 combining marks were cut to their first 30' });
    const marks = JSON.stringify(a).match(/\p{M}+/gu) ?? [];
    expect(Math.max(...marks.map((m) => m.length))).toBe(30);
  });

  it('keeps each of 20,000 distinct bullet lines once', () => {
    const a = parseArticle(named('100,000 bullet').input, options);
    // The scraped-text layout reads the first lines above any prose as the page's header
    // area (issue 15), so the first hundred are not kept; every later one is, once.
    expect(a.subheadings.length + a.paragraphs.length).toBeGreaterThanOrEqual(19_900);
    expect(new Set(a.subheadings).size).toBe(a.subheadings.length);
    expect(a.subheadings).toContain('항목 19999');
  });

  it('reads the first 5,000 lines of 20,000 Markdown list items as Markdown, the rest as text', () => {
    const a = parseArticle(named('Markdown: 100,000 list items').input, options);
    expect(a.source.format).toBe('markdown');
    expect(a.headline).toBe('제목입니다');
    expect(a.warnings).toContainEqual({ code: 'MARKDOWN_READ_AS_TEXT', message: 'Markdown past 200000 characters or 5000 lines was read as plain text' });
  });

  it('removes every control, bidi and noncharacter code point and every lone surrogate from the output', () => {
    const a = parseArticle(named('control and bidi').input, options);
    const json = JSON.stringify(a);
    expect(json).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f]|7f|8[0-9a-f]|9[0-9a-f])|\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|[\u202a-\u202e\u2066-\u2069\ufffe\uffff]/i);
    expect(a.headline).toBe('제목입니다');
    expect(a.paragraphs[0]?.startsWith('본문[31m 0이다 끝. \ufffd 본문[31m 1이다 끝.')).toBe(true);
    expect(a.warnings[0]?.code).toBe('CONTROL_CHARS_REMOVED');
    expect(a.warnings[0]?.message).toMatch(/^removed \d+ control, bidi-override or noncharacter code points/);
  });

  it('reads a 5 MB table of tiny cells only up to 200,000 elements, and says so', () => {
    const table = named('table', 1).input as string;
    const a = parseArticle(table, options);
    expect(a.warnings).toContainEqual({ code: 'INPUT_TRUNCATED', message: 'the page has more than 200000 elements; the markup after them was not read' });
    // 3 cells of 4 elements per row: at most 50,000 rows, 150,000 cells.
    expect(a.paragraphs.length).toBeLessThanOrEqual(150_000);
    expect(a.paragraphs[0]).toBe('가격');
  });

  it('refuses random bytes as binary', () => {
    expect(() => parseArticle(random!.input, options)).toThrowError(expect.objectContaining({ code: 'UNDECODABLE' }));
  });
});
