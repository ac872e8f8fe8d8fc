import { describe, expect, it } from 'vitest';
import { ArticleSchema, GisaError, parseArticle, safeParseArticle } from '../src/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GisaError);
    return (error as GisaError).code;
  }
  return undefined;
}

describe('bad input', () => {
  it('refuses empty and white-space input with EMPTY_INPUT', () => {
    expect(codeOf(() => parseArticle(''))).toBe('EMPTY_INPUT');
    expect(codeOf(() => parseArticle(' \n\t\u3000 '))).toBe('EMPTY_INPUT');
    expect(codeOf(() => parseArticle(new Uint8Array()))).toBe('EMPTY_INPUT');
  });

  it('refuses binary bytes with UNDECODABLE', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 256;
    expect(codeOf(() => parseArticle(bytes))).toBe('UNDECODABLE');
    expect(codeOf(() => parseArticle('\u0000\u0001\u0002\u0003 binary'))).toBe('UNDECODABLE');
  });

  it('refuses a 20 MB string under the default limit with INPUT_TOO_LARGE', () => {
    const huge = '가'.repeat(20 * 1024 * 1024);
    expect(codeOf(() => parseArticle(huge))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => parseArticle(new Uint8Array(11 * 1024 * 1024).fill(0x41)))).toBe('INPUT_TOO_LARGE');
  });

  it('counts UTF-8 bytes, not characters, against maxInputBytes', () => {
    expect(codeOf(() => parseArticle('가'.repeat(400), { maxInputBytes: 1000 }))).toBe('INPUT_TOO_LARGE');
    expect(parseArticle('가나다 라마바 사아자'.repeat(10), { maxInputBytes: 1000 }).headline).not.toBeNull();
  });

  it('refuses what is not input, and bad options', () => {
    expect(codeOf(() => parseArticle(null as unknown as string))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseArticle(42 as unknown as string))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseArticle('text', { format: 'pdf' as 'text' }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => parseArticle('text', { timeZone: 'Mars/Olympus' }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => parseArticle('text', { now: 'not a date' }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => parseArticle(new Uint8Array([0x41]), { charset: 'klingon' }))).toBe('INVALID_OPTIONS');
  });

  it('returns a schema-valid Article with warnings for text that is no article', () => {
    const a = parseArticle('ㅋㅋㅋ');
    expect(ArticleSchema.safeParse(a).success).toBe(true);
    expect(a.paragraphs).toEqual([]);
    expect(a.warnings).toContainEqual({ code: 'NO_BODY', message: 'no body text found' });
  });

  it('safeParseArticle returns the error instead of throwing', () => {
    const result = safeParseArticle('');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('EMPTY_INPUT');
  });

  it('survives unclosed quotes and odd marks', () => {
    const a = parseArticle(`제목\n${'김 의원은 “끝나지 않는 인용 '.repeat(2000)}했다.`);
    expect(ArticleSchema.safeParse(a).success).toBe(true);
    expect(a.quotes).toEqual([]);
  });
});
