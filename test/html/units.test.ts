import { describe, expect, it } from 'vitest';
import { readJsonLd, parseLoose } from '../../src/html/jsonld.js';
import { parseHtml } from '../../src/html/dom.js';
import { scanDocument, selectAll } from '../../src/html/select.js';
import { stripSiteSuffix } from '../../src/extract/headline.js';
import { pickAdapter } from '../../src/sites/index.js';
import { parseArticle } from '../../src/index.js';

describe('JSON-LD', () => {
  it('finds the article inside @graph and arrays, and decodes entities', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: '예시일보' },
        { '@type': ['NewsArticle'], headline: '&quot;협상 타결&quot;', datePublished: '2023-04-07 08:26:22', author: [{ '@type': 'Person', name: '박준석', jobTitle: '기자' }, { name: '김태연' }] },
      ],
    });
    expect(readJsonLd([graph])).toMatchObject({
      headline: '"협상 타결"',
      datePublished: '2023-04-07 08:26:22',
      authors: ['박준석 기자', '김태연'],
    });
  });

  it('repairs comments, trailing commas and raw line breaks; gives up quietly on garbage', () => {
    expect(parseLoose('{"a": 1, // note\n "b": "x\ny",}')).toEqual({ a: 1, b: 'x\ny' });
    expect(parseLoose('{"a": [1, 2,],}')).toEqual({ a: [1, 2] });
    expect(parseLoose('{{{{')).toBeUndefined();
  });
});

describe('selectors on the page index', () => {
  const doc = parseHtml('<div id="a" class="x y"><p class="y">1</p><span class="z">2</span></div><p>3</p>');
  const { names } = scanDocument(doc);
  const texts = (selector: string) => selectAll(names, selector).map((el) => el.name + (el.attribs.class ? `.${el.attribs.class}` : ''));

  it('matches compound, descendant and grouped selectors in document order', () => {
    expect(texts('p')).toEqual(['p.y', 'p']);
    expect(texts('div#a p.y')).toEqual(['p.y']);
    expect(texts('span.z, div.x')).toEqual(['div.x y', 'span.z']);
    expect(texts('div > span')).toEqual(['span.z']);
  });

  it('skips selectors naming classes the page lacks, and survives invalid ones', () => {
    expect(texts('.nothing-here p')).toEqual([]);
    expect(texts('div[[')).toEqual([]);
  });
});

describe('site-name suffixes', () => {
  it.each([
    ['정부, 새 대책 발표 - 연합뉴스', '연합뉴스', '정부, 새 대책 발표'],
    ['“전국소년체육대회 2연패 달성해 행복” - 매일경제', null, '“전국소년체육대회 2연패 달성해 행복”'],
    ["장동혁, 한동훈 제명했지만… '윤 어게인' 절연-정치ㅣ한국일보", null, "장동혁, 한동훈 제명했지만… '윤 어게인' 절연"],
    ['[CEO&]창의적 열정과 소통｜동아일보', null, '[CEO&]창의적 열정과 소통'],
    ['이해찬 "나쁜 자식"에 : 네이버 뉴스', null, '이해찬 "나쁜 자식"에'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});

describe('adapter choice', () => {
  const pick = (url: string | null, html: string) => {
    const { names } = scanDocument(parseHtml(html));
    return pickAdapter(url, (s) => selectAll(names, s))?.name ?? null;
  };

  it('picks by URL host, including subdomains', () => {
    expect(pick('https://n.news.naver.com/article/025/0003017071', '<p>x</p>')).toBe('naver');
    expect(pick('https://imnews.imbc.com/news/2023/politics/article/6470713_36119.html', '<p>x</p>')).toBe('mbc');
    expect(pick('https://www.example.com/a', '<p>x</p>')).toBeNull();
  });

  it('picks by markup fingerprint when there is no URL', () => {
    expect(pick(null, '<article id="article-view-content-div"><p>x</p></article>')).toBe('ndsoft');
    expect(pick(null, '<div id="cont_newstext">x</div>')).toBe('kbs');
  });

  it('can be switched off', () => {
    const html = '<html><head><meta property="og:url" content="https://news.kbs.co.kr/news/view.do?ncd=1"></head><body><div id="cont_newstext">본문이다. 문장이 있다.</div></body></html>';
    expect(parseArticle(html).source.adapter).toBe('kbs');
    expect(parseArticle(html, { adapters: false }).source.adapter).toBeNull();
  });
});

describe('meta stamps', () => {
  it('reads dd:* times that print a UTC clock with +09:00 as UTC (Yonhap News TV)', () => {
    const html = `<html><head>
      <meta property="article:published_time" content="2023-04-20T04:24:13Z">
      <meta property="dd:published_time" content="2023-04-20T04:24:13+09:00">
      <meta property="dd:modified_time" content="2023-04-20T07:18:06+09:00">
      <title>문빈 사망</title></head><body><h1>문빈 사망</h1><div><p>아스트로 멤버 문빈이 숨졌다. 향년 25세.</p></div></body></html>`;
    const article = parseArticle(html);
    expect(article.publishedAt).toBe('2023-04-20T13:24:13+09:00');
    expect(article.modifiedAt).toBe('2023-04-20T16:18:06+09:00');
  });

  it('writes UTC metadata stamps in the article zone', () => {
    const html = '<html><head><meta name="article:published_time" content="2023-04-11T02:40:17Z"><title>제목입니다 - 조선일보</title></head><body><h1>제목입니다</h1><div><p>본문이 여기에 있다. 두 번째 문장이다.</p></div></body></html>';
    expect(parseArticle(html).publishedAt).toBe('2023-04-11T11:40:17+09:00');
  });
});
