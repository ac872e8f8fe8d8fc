/**
 * What the Article carries into databases and web pages: only http(s) URLs, and no
 * control, bidi-override or noncharacter code point and no lone surrogate in any string.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (head: string, body: string) => `<html><head>${head}</head><body><h1>서울시, 새 버스 노선 발표</h1>${body}<p>서울시는 13일 새 버스 노선을 발표했다. 노선은 다음 달부터 운행한다.</p></body></html>`;

describe('URLs in the Article', () => {
  it('drops javascript:, vbscript: and file: image links, however the page spells them', () => {
    const body = ['java&#9;script:alert(1)', 'JavaScript:alert(1)', 'vbscript:msgbox(1)', 'file:///etc/passwd', '/photo.jpg']
      .map((src, i) => `<figure><img src="${src}"><figcaption>사진 ${i + 1} 설명</figcaption></figure>`)
      .join('');
    const a = parseArticle(page('', body), { url: 'https://news.example.kr/article/1' });
    expect(a.captions.map((c) => [c.text, c.imageUrl])).toEqual([
      ['사진 1 설명', null],
      ['사진 2 설명', null],
      ['사진 3 설명', null],
      ['사진 4 설명', null],
      ['사진 5 설명', 'https://news.example.kr/photo.jpg'],
    ]);
  });

  it('takes no javascript: source URL from options.url, og:url or <base href>, and falls back to a web one', () => {
    const head = '<base href="javascript:alert(1)//"><meta property="og:url" content="javascript:alert(2)">';
    // options.url itself must be http(s): anything else is refused before parsing (issue 13).
    expect(() => parseArticle(page(head, ''), { url: 'javascript:alert(3)' })).toThrow(/must be an http or https URL/);
    expect(parseArticle(page(head, '')).source.url).toBeNull();
    const withCanonical = '<meta property="og:url" content="vbscript:x"><base href="https://news.example.kr/base/">';
    expect(parseArticle(page(withCanonical, '')).source.url).toBe('https://news.example.kr/base/');
  });
});

describe('code points in the Article', () => {
  it('removes controls and bidi overrides that markup spells as references, and records it', () => {
    const html = page('', '<p>사진&#x1b;[31m 설명&#x202e;이다&#7; 끝&#xffff;.</p>');
    const a = parseArticle(html);
    expect(a.paragraphs[0]).toBe('사진[31m 설명이다 끝.');
    expect(a.warnings).toEqual([{ code: 'CONTROL_CHARS_REMOVED', message: 'removed 4 control, bidi-override or noncharacter code points (lone surrogates became U+FFFD)' }]);
  });

  it('removes them from raw text too, before parsing, with one warning', () => {
    const a = parseArticle('서울시\u0000, 새 버스 노선 발표\n\n서울시는 13일\u0007 새 버스 노선을\u202e 발표했다\ud800. 노선은 다음 달부터 운행한다.');
    expect(a.headline).toBe('서울시, 새 버스 노선 발표');
    expect(a.paragraphs).toEqual(['서울시는 13일 새 버스 노선을 발표했다\ufffd. 노선은 다음 달부터 운행한다.']);
    expect(a.warnings).toEqual([{ code: 'CONTROL_CHARS_REMOVED', message: 'removed 4 control, bidi-override or noncharacter code points (lone surrogates became U+FFFD)' }]);
  });

  it('keeps text plain: markup-looking characters stay as printed', () => {
    const a = parseArticle(page('', '<p>부등호 &lt;script&gt;는 그대로 나온다. 1 &lt; 2 이다.</p>'));
    expect(a.paragraphs[0]).toBe('부등호 <script>는 그대로 나온다. 1 < 2 이다.');
  });
});
