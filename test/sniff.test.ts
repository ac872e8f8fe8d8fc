import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Format } from '../src/schema.js';
import { sniffFormat } from '../src/sniff/index.js';

const file = (path: string) => readFileSync(path, 'utf8');

const BODY = '정부가 13일 새 대책을 발표했다. 시장에서는 효과가 제한적일 것이라는 전망이 나온다.';

/** [what the input is, the input, the format it must be read as] */
const CASES: Array<[string, string, Format]> = [
  // Plain text, including the Markdown-looking habits of plain text.
  ['the seed text article', file('fixtures/text/awc-2024-seoul.txt'), 'text'],
  ['text with #hashtag lines', `정부 대책 발표\n\n${BODY}\n\n#부동산 #대책 #정부\n#경제`, 'text'],
  ['text with * bullets', `주요 내용\n* 전세 대출 한도 축소\n* 청약 기준 완화\n* 취득세 감면\n* 양도세 유예\n\n${BODY}`, 'text'],
  ['text with - bullets', `- 첫째, 공급 확대\n- 둘째, 금리 조정\n- 셋째, 세제 개편\n\n${BODY}`, 'text'],
  ['text with a numbered list', `1. 공급 확대\n2. 금리 조정\n3. 세제 개편\n\n${BODY}`, 'text'],
  ['text with rules of dashes', `정부 대책 발표\n------------------------------\n${BODY}\n------------------------------\n(끝)`, 'text'],
  ['text with a rule of equals signs between blank lines', `${BODY}\n\n==============================\n\n${BODY}`, 'text'],
  ['text with ▲ captions and bracketed credits', `▲ 13일 서울 여의도에서 열린 행사 [사진=연합뉴스]\n${BODY}\n[서울=뉴시스] 홍길동 기자`, 'text'],
  ['text with an angle-bracket copyright line', `${BODY}\n<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>`, 'text'],
  ['text with a URL and an e-mail address', `${BODY}\nhttps://www.example.com/news/1\nhong@example.co.kr`, 'text'],
  ['text with [단독] and [앵커] brackets', `[단독] 정부, 새 대책 발표\n[앵커]\n${BODY}\n[기자]\n${BODY}`, 'text'],
  ['text with a single inline link', `${BODY} 자세한 내용은 [보도자료](https://example.com/press)를 참고하면 된다.`, 'text'],
  ['text with quoted e-mail lines', `> 안녕하세요\n> 보도자료 보내드립니다\n\n${BODY}`, 'text'],
  ['text with a bold phrase only', `**속보** 정부 대책 발표\n${BODY}`, 'text'],

  // HTML pages and fragments.
  ['a saved article page', file('fixtures/html/donga-58406128.html'), 'html'],
  ['a page with comments before the doctype', `<!-- saved from url=(0042)https://example.com -->\n<!-- cache -->\n<!DOCTYPE html><html><body><p>${BODY}</p></body></html>`, 'html'],
  ['an XHTML page with an XML declaration', `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>제목</title></head><body>${BODY}</body></html>`, 'html'],
  ['a page opening with <html> and no doctype', `<html lang="ko"><head><meta charset="utf-8"></head><body><h1>제목</h1></body></html>`, 'html'],
  ['a page opening with <body>', `<body>\n<h1>제목</h1>\n<p>${BODY}</p>\n</body>`, 'html'],
  ['a one-line article fragment', `<div class="article"><h2>제목</h2><p>${BODY}</p><p>${BODY}</p><p>${BODY}</p></div>`, 'html'],
  ['a pretty-printed fragment with <br>', `<div id="articleBody">\n  ${BODY}<br><br>\n  ${BODY}<br><br>\n  <span>홍길동 기자</span>\n</div>\n<p>${BODY}</p>`, 'html'],
  ['a fragment with a figure', `<figure><img src="a.jpg" alt="사진"><figcaption>▲ 행사 모습</figcaption></figure>\n<p>${BODY}</p>\n<p>${BODY}</p>`, 'html'],
  ['a fragment whose text has a # line', `<div>\n<p>${BODY}</p>\n<p># 해시태그</p>\n<p>${BODY}</p>\n</div>`, 'html'],

  // Markdown as tools save it.
  ['reader-service output', file('fixtures/markdown/reader/osen-G1111061138.md'), 'markdown'],
  ['crawler output', file('fixtures/markdown/crawler/mbc-6470713.md'), 'markdown'],
  ['a reader header without Markdown Content:', `Title: 정부 대책 발표\n\nURL Source: https://example.com/news/1\n\n${BODY}`, 'markdown'],
  ['front matter', file('fixtures/markdown/edge/front-matter.md'), 'markdown'],
  ['Markdown with HTML left in it', file('fixtures/markdown/edge/html-inside.md'), 'markdown'],
  ['Markdown with pipe tables', file('fixtures/markdown/edge/table.md'), 'markdown'],
  ['a pipe table and prose only', `${BODY}\n\n| 시도 | 2023년 | 2024년 |\n| --- | ---: | ---: |\n| 서울 | 10,985 | 10,322 |\n\n${BODY}`, 'markdown'],
  ['an ATX headline on the first line', `# 정부, 새 부동산 대책 발표\n\n${BODY}\n\n${BODY}`, 'markdown'],
  ['setext headings', file('fixtures/markdown/edge/awc-2024-seoul.md'), 'markdown'],
  ['a setext title and a link', `정부, 새 부동산 대책 발표\n===\n\n${BODY} [보도자료](https://example.com/press)`, 'markdown'],
  ['an image with an italic caption', `![행사 모습](https://example.com/a.jpg)\n*▲ 13일 열린 행사 /사진=연합뉴스*\n\n${BODY}`, 'markdown'],
  ['two links in the body', `${BODY} [보도자료](https://example.com/a)와 [발표문](https://example.com/b)을 냈다.`, 'markdown'],
  ['section headings in the body', `${BODY}\n\n## 공급 확대\n\n${BODY}\n\n## 금리 조정\n\n${BODY}`, 'markdown'],
];

describe('sniffFormat', () => {
  it(`has at least 30 cases`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%s', (_name, input, format) => {
    expect(sniffFormat(input)).toBe(format);
  });

  it('reads every fixture in its own format', () => {
    const wrong: string[] = [];
    const check = (dir: string, ext: string, format: Format) => {
      for (const name of readdirSync(dir).filter((f) => f.endsWith(ext))) {
        if (sniffFormat(file(`${dir}/${name}`)) !== format) wrong.push(`${dir}/${name}`);
      }
    };
    check('fixtures/html', '.html', 'html');
    check('fixtures/text', '.txt', 'text');
    for (const style of ['reader', 'crawler', 'edge']) check(`fixtures/markdown/${style}`, '.md', 'markdown');
    // A broadcast script scraped as text that prints its cross-heads as `# …` lines and its
    // sound-bites as `- "…"` items reads as Markdown just as well; both readings parse it.
    expect(wrong).toEqual(['fixtures/text/culture-001.txt']);
  });

  it('stays fast on long lines of brackets and tags', () => {
    const started = performance.now();
    sniffFormat('['.repeat(200_000));
    sniffFormat('<a '.repeat(100_000));
    sniffFormat(`${'!['.repeat(50_000)}](`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
