import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

const page = readFileSync('fixtures/html/naver-025-0003017071.html', 'utf8');
const seed = readFileSync('fixtures/text/awc-2024-seoul.txt', 'utf8');

describe('charsets', () => {
  it('decodes a page stored in EUC-KR through its <meta charset>', () => {
    // The corpus has no EUC-KR page, so one is made by re-encoding a real one (it declares euc-kr).
    const bytes = new Uint8Array(iconv.encode(page, 'euc-kr'));
    const utf8 = parseArticle(page);
    const euckr = parseArticle(bytes);
    expect(euckr.source.charset).toBe('euc-kr');
    expect(euckr.headline).toBe('이해찬 "나쁜 자식"에…기자협회 "기자 비하 발언 사과해야"');
    expect(euckr.headline).toBe(utf8.headline);
    expect(euckr.paragraphs).toEqual(utf8.paragraphs);
    expect(euckr.publishedAt).toBe('2020-07-13T17:04:00+09:00');
  });

  it('decodes EUC-KR bytes without any declaration', () => {
    const bytes = new Uint8Array(iconv.encode(seed, 'euc-kr'));
    const article = parseArticle(bytes);
    expect(article.source.charset).toBe('euc-kr');
    expect(article.headline).toBe('“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막');
  });

  it('trusts the bytes over a wrong declaration (UTF-8 page declaring euc-kr)', () => {
    const article = parseArticle(new TextEncoder().encode(page));
    expect(article.source.charset).toBe('utf-8');
    expect(article.headline).toBe('이해찬 "나쁜 자식"에…기자협회 "기자 비하 발언 사과해야"');
    expect(article.warnings).toContainEqual({ code: 'CHARSET_MISMATCH', message: 'the page declares euc-kr but its bytes are UTF-8; decoded as UTF-8' });
  });

  it('honours options.charset', () => {
    const bytes = new Uint8Array(iconv.encode(seed, 'euc-kr'));
    expect(parseArticle(bytes, { charset: 'cp949' }).headline).toBe('“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막');
  });

  it('repairs CP949 text that was decoded as Latin-1 (ÀÔ·Â → 입력)', () => {
    const mojibake = iconv.encode(seed, 'euc-kr').toString('latin1');
    expect(mojibake).toContain('±â»çÀÔ·Â 2024.06.13 14:36');
    const article = parseArticle(mojibake);
    expect(article.headline).toBe('“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막');
    expect(article.publishedAt).toBe('2024-06-13T14:36:00+09:00');
    expect(article.source.charset).toBe('euc-kr');
    expect(article.warnings).toContainEqual({ code: 'MOJIBAKE_REPAIRED', message: 'repaired CP949 (EUC-KR) text that had been decoded as Latin-1' });
    expect(article.quotes).toHaveLength(11);
  });

  it('leaves European text with accents alone', () => {
    const article = parseArticle('Café déjà vu à Montréal\n\nLe conseil a voté la réforme mardi. Les élus ont débattu longuement.');
    expect(article.headline).toBe('Café déjà vu à Montréal');
    expect(article.warnings.map((w) => w.code)).not.toContain('MOJIBAKE_REPAIRED');
  });
});
