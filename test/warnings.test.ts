import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, WARNING_CODES, WarningSchema } from '../src/index.js';

const codes = (input: string | Uint8Array, options = {}) => parseArticle(input, options).warnings.map((w) => w.code);

describe('warnings carry stable codes', () => {
  it('NOT_AN_ARTICLE for a listing page of headline links', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/news/${i}">정부, 내년 예산안 ${i}조원 규모로 확정 발표</a></li>`).join('');
    const home = `<html><head><title>예제일보</title></head><body><nav><a href="/">홈</a></nav><h2>주요뉴스</h2><ul>${items}</ul></body></html>`;
    expect(codes(home)).toEqual(['NO_BODY_CONTAINER', 'NOT_AN_ARTICLE', 'NO_BODY']);
  });

  it('not NOT_AN_ARTICLE for a real article page with many related links', () => {
    // The Naver page carries menus and related-article lists around its story.
    expect(codes(readFileSync('fixtures/html/naver-025-0003017071.html'), { adapters: false })).not.toContain('NOT_AN_ARTICLE');
  });

  it('NO_BODY for text that is no article (its one line is taken as the headline)', () => {
    expect(parseArticle('ㅋㅋㅋ').warnings).toEqual([
      { code: 'NO_BODY', message: 'no body text found' },
    ]);
  });

  it('CHARSET_GUESSED for EUC-KR bytes that declare nothing, none when declared', () => {
    // "입력 기사" in EUC-KR, then a sentence: no BOM, no option, no <meta charset>.
    const euckr = new Uint8Array([0xc0, 0xd4, 0xb7, 0xc2, 0x20, 0xb1, 0xe2, 0xbb, 0xe7, 0x0a, 0x0a, 0xc0, 0xd4, 0xb7, 0xc2, 0x2e]);
    expect(codes(euckr)).toContain('CHARSET_GUESSED');
    expect(parseArticle(euckr).source.charset).toBe('euc-kr');
    expect(codes(euckr, { charset: 'euc-kr' })).not.toContain('CHARSET_GUESSED');
  });

  it('CHARSET_MISMATCH when options.charset is wrong for UTF-8 bytes', () => {
    const utf8 = new TextEncoder().encode('정부 발표\n\n정부는 4일 새 정책을 발표했다. 시행은 다음 달이다.');
    expect(parseArticle(utf8, { charset: 'euc-kr' }).warnings).toContainEqual({
      code: 'CHARSET_MISMATCH',
      message: 'options.charset is euc-kr but the bytes are UTF-8; decoded as UTF-8',
    });
  });

  it('every code is in the schema and has a description', () => {
    for (const code of Object.keys(WARNING_CODES)) expect(WarningSchema.safeParse({ code, message: 'm' }).success).toBe(true);
    expect(WarningSchema.safeParse({ code: 'SOMETHING_ELSE', message: 'm' }).success).toBe(false);
  });
});
