import { describe, expect, it } from 'vitest';
import { ArticleSchema, GisaError, parseArticle } from '../../src/index.js';

const body = '<p>정부가 13일 새 대책을 발표했다. 시장은 반응을 살피고 있다.</p><p>홍길동 장관은 “효과가 클 것”이라고 말했다.</p>';

function parses(html: string) {
  const article = parseArticle(html);
  expect(ArticleSchema.safeParse(article).success).toBe(true);
  return article;
}

describe('hostile and broken HTML', () => {
  it('survives broken JSON-LD and still reads the page', () => {
    const article = parses(
      `<html><head><title>정부, 새 대책 발표 - 예시일보</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"정부, 새 대책 발표","datePublished":"2024-06-13T14:36:00+09:00",</script></head><body><h1>정부, 새 대책 발표</h1><div class="article">${body}</div></body></html>`,
    );
    expect(article.headline).toBe('정부, 새 대책 발표');
  });

  it('reads JSON-LD with // comments, raw line breaks and entity-encoded headlines', () => {
    const article = parses(
      `<html><head><script type="application/ld+json">{
        "@context": "https://schema.org", // 고정
        "@type": "NewsArticle",
        "headline": "한덕수 &quot;돌덩이 발언, 국민 지칭 아냐&quot;",
        "datePublished": "2023-04-04T16:48:11+09:00",
      }</script></head><body><div class="news">${body}</div></body></html>`,
    );
    expect(article.headline).toBe('한덕수 "돌덩이 발언, 국민 지칭 아냐"');
    expect(article.publishedAt).toBe('2023-04-04T16:48:11+09:00');
  });

  it('reads a page with no <head> at all', () => {
    const article = parses(`<body><h1>정부, 새 대책 발표</h1><p>입력 2024.06.13 14:36</p><div>${body}</div></body>`);
    expect(article.headline).toBe('정부, 새 대책 발표');
    expect(article.publishedAt).toBe('2024-06-13T14:36:00+09:00');
    expect(article.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['효과가 클 것', '홍길동']]);
  });

  it('returns an Article for a body nested 5,000 <div>s deep', () => {
    const html = `<html><body><h1>깊은 문서</h1>${'<div>'.repeat(5000)}${body}${'</div>'.repeat(5000)}</body></html>`;
    const article = parses(html);
    expect(article.paragraphs).toContain('정부가 13일 새 대책을 발표했다. 시장은 반응을 살피고 있다.');
  });

  it('returns an Article for 5,000 unclosed nested elements', () => {
    const article = parses(`<html><body><h1>제목입니다 충분히</h1>${'<div><span><b>'.repeat(5000)}${body}`);
    expect(article.headline).toBe('제목입니다 충분히');
  });

  it('reads a bare HTML fragment', () => {
    const article = parses(`<h2>정부, 새 대책 발표</h2>${body}`);
    expect(article.source.format).toBe('html');
    expect(article.paragraphs[0]).toBe('정부가 13일 새 대책을 발표했다. 시장은 반응을 살피고 있다.');
  });

  it('gives warnings, not errors, for a page with no article', () => {
    const article = parses('<html><head><title>로그인</title></head><body><nav><a href="/">홈</a></nav></body></html>');
    expect(article.paragraphs).toEqual([]);
    expect(article.warnings).toContainEqual({ code: 'NO_BODY_CONTAINER', message: 'no article body found in the HTML' });
  });

  it('refuses an empty page body the same way as empty text', () => {
    expect(() => parseArticle('   ')).toThrow(GisaError);
  });
});
