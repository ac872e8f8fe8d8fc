import { parseArticle } from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { readPreamble, withoutSiteName } from '../../src/markdown/header.js';

describe('readPreamble: reader-service headers', () => {
  it('reads Title, URL Source and Published Time, and starts the body after Markdown Content', () => {
    const md = [
      'Title: 남북 통신선 종일 불통…정부 “상황 지켜볼 것”',
      '',
      'URL Source: https://news.kbs.co.kr/news/view.do?ncd=7646024',
      '',
      'Published Time: 2023-04-07 19:13:45',
      '',
      'Markdown Content:',
      '[앵커]',
    ].join('\n');
    const { meta, body, kind } = readPreamble(md);
    expect(kind).toBe('reader');
    expect(meta.headline).toBe('남북 통신선 종일 불통…정부 “상황 지켜볼 것”');
    expect(meta.url).toBe('https://news.kbs.co.kr/news/view.do?ncd=7646024');
    expect(meta.published).toBe('2023-04-07 19:13:45');
    expect(body).toBe('[앵커]');
  });

  it('accepts a header without Markdown Content when it has a title and a source', () => {
    const { meta, body } = readPreamble('Title: 제목입니다\nURL Source: https://example.com/a\n\n본문 첫 문단.');
    expect(meta.headline).toBe('제목입니다');
    expect(body).toBe('본문 첫 문단.');
  });

  it('takes no header from text that merely starts with "Title:"', () => {
    const text = 'Title: 제목입니다\n\n본문 첫 문단.';
    expect(readPreamble(text)).toMatchObject({ kind: null, body: text });
  });

  it('keeps the Warning line out of the metadata', () => {
    const { meta } = readPreamble('Title: 제목\n\nURL Source: https://example.com/a\n\nWarning: Target URL returned error 404\n\nMarkdown Content:\n본문');
    expect(meta).toMatchObject({ headline: '제목', url: 'https://example.com/a', description: null });
  });
});

describe('readPreamble: front matter', () => {
  it('reads YAML keys, quoted values, lists and inline lists', () => {
    const md = [
      '---',
      'title: "“배달비 0원 경쟁 끝나나”…배달앱 수수료 개편 논란"',
      'date: 2024-08-09T15:20:00+09:00',
      'updated: 2024-08-09 18:00',
      'authors:',
      '  - 한지우 기자',
      '  - 박서연 기자',
      "categories: ['경제', '유통']",
      'source: 예제일보',
      'nested:',
      '  key: value',
      '---',
      '# 본문',
    ].join('\n');
    const { meta, body, kind } = readPreamble(md);
    expect(kind).toBe('front-matter');
    expect(meta).toMatchObject({
      headline: '“배달비 0원 경쟁 끝나나”…배달앱 수수료 개편 논란',
      published: '2024-08-09T15:20:00+09:00',
      modified: '2024-08-09 18:00',
      authors: ['한지우 기자', '박서연 기자'],
      section: '경제',
      siteName: '예제일보',
      url: null,
    });
    expect(body).toBe('# 본문');
  });

  it('reads a web clipper note as YAML reads it: escapes, block lists of linked authors, bare dates', () => {
    const md = [
      '---',
      'title: "엔비디아, \\"KV 캐시 50배 압축\\" 기술 공개"',
      'author:',
      '  - "[[박찬 기자]]"',
      'published: 2026-05-06',
      'tags:',
      '  - clippings',
      '---',
      '엔비디아가 새 압축 기술을 공개했다. 회사는 추론 비용이 크게 준다고 설명했다.',
    ].join('\n');
    const { meta, kind } = readPreamble(md);
    expect(kind).toBe('front-matter');
    expect(meta).toMatchObject({ headline: '엔비디아, "KV 캐시 50배 압축" 기술 공개', authors: ['박찬 기자'], published: '2026-05-06' });
    const article = parseArticle(md, { format: 'markdown' });
    expect(article.headline).toBe('엔비디아, "KV 캐시 50배 압축" 기술 공개');
    expect(article.bylines).toEqual([{ name: '박찬', title: '기자', email: null }]);
    expect(article.publishedAt).toBe('2026-05-06T00:00:00+09:00');
  });

  it('takes a block that is no YAML mapping for Markdown, not front matter', () => {
    const { kind } = readPreamble('---\n- 첫째 항목\n- 둘째 항목\n---\n본문');
    expect(kind).toBeNull();
  });

  it('reads TOML front matter', () => {
    const { meta } = readPreamble('+++\ntitle = "제목"\ndate = 2024-01-02\nurl = "https://example.com/a"\n+++\n본문');
    expect(meta).toMatchObject({ headline: '제목', published: '2024-01-02', url: 'https://example.com/a' });
  });

  it('treats a leading rule and a setext heading as Markdown, not front matter', () => {
    const md = '---\n\n제목\n---\n\n본문';
    expect(readPreamble(md)).toMatchObject({ kind: null, body: md });
    expect(readPreamble('---\n이것은 본문 문장입니다.\n---\n')).toMatchObject({ kind: null });
  });
});

describe('withoutSiteName', () => {
  it.each([
    ['대전일보 모바일 :: 코로나19 극복 성금 기탁 줄 잇는다', '코로나19 극복 성금 기탁 줄 잇는다'],
    ['[CEO&]창의적 열정과 소통, 초일류 시험인증 기업이 간다 : 뉴스 : 동아닷컴', '[CEO&]창의적 열정과 소통, 초일류 시험인증 기업이 간다'],
    ['가상화폐로 2억 벌었다던 20대 명문대생 숨진채 발견 - 아시아투데이', '가상화폐로 2억 벌었다던 20대 명문대생 숨진채 발견'],
    ['삼성전자 - 애플 특허 분쟁 재점화 | 한국일보', '삼성전자 - 애플 특허 분쟁 재점화'],
    // A short title keeps what follows its bar: too little is left to tell title from site.
    ['짧은 제목 | 한국일보', '짧은 제목 | 한국일보'],
    ['한국일보 | 尹, 내주 국빈 방미…26일 정상회담', '尹, 내주 국빈 방미…26일 정상회담'],
  ])('%s', (title, expected) => {
    expect(withoutSiteName(title)).toBe(expected);
  });
});
