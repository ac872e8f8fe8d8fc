import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/blocks.js';
import { parseArticle } from '../../src/index.js';
import { markdownToBlocks } from '../../src/markdown/index.js';

const blocks = (markdown: string) => markdownToBlocks(markdown).blocks.map((b) => shape(b));
function shape(b: Block): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: b.kind, text: b.text };
  if (b.level !== undefined) out.level = b.level;
  if (b.imageUrl !== undefined) out.imageUrl = b.imageUrl;
  return out;
}
const texts = (markdown: string) => markdownToBlocks(markdown).blocks.map((b) => b.text);

const BODY = '정부가 13일 새 부동산 대책을 발표했다. 시장에서는 효과가 제한적일 것이라는 전망이 나온다.';

describe('markdownToBlocks: structure', () => {
  it('keeps heading levels, ATX and setext alike', () => {
    expect(blocks('정부, 새 부동산 대책 발표\n===\n\n부제\n---\n\n### 소제목\n\n본문이다.')).toEqual([
      { kind: 'headline', text: '정부, 새 부동산 대책 발표', level: 1 },
      { kind: 'heading', text: '부제', level: 2 },
      { kind: 'heading', text: '소제목', level: 3 },
      { kind: 'paragraph', text: '본문이다.' },
    ]);
  });

  it('gives one block per line of a hard-broken deck', () => {
    expect(texts('# 제목입니다 아주 긴 제목\n\n첫째 줄  \n둘째 줄\\\n셋째 줄')).toEqual(['제목입니다 아주 긴 제목', '첫째 줄', '둘째 줄', '셋째 줄']);
  });

  it('joins soft-wrapped lines but splits one sentence per line', () => {
    expect(texts('정부가 13일 새 대책을\n발표했다.')).toEqual(['정부가 13일 새 대책을 발표했다.']);
    expect(texts(`${BODY}\n${BODY}\n${BODY}`)).toEqual([BODY, BODY, BODY]);
  });

  it('reduces links to their text and drops emphasis', () => {
    expect(texts(`**정부**가 13일 [새 부동산 대책](https://example.com/a)을 _발표_했다. 시장에서는 \`효과\`가 제한적이라는 전망이다.`)).toEqual([
      '정부가 13일 새 부동산 대책을 발표했다. 시장에서는 효과가 제한적이라는 전망이다.',
    ]);
  });

  it('reads block quotes as quote blocks and list items as items', () => {
    expect(blocks(`> “집값을 잡겠다”\n\n- 공급 확대\n- 금리 조정\n  - 세부 항목\n\n1. 첫째`)).toEqual([
      { kind: 'quote', text: '“집값을 잡겠다”' },
      { kind: 'item', text: '공급 확대' },
      { kind: 'item', text: '금리 조정' },
      { kind: 'item', text: '세부 항목' },
      { kind: 'item', text: '첫째' },
    ]);
  });

  it('leaves code out', () => {
    expect(texts('```js\nconst a = "인용";\n```\n\n    들여쓴 코드\n\n본문.')).toEqual(['본문.']);
  });

  it('reads a data table row by row, cells joined by " | "', () => {
    expect(blocks('| 시도 | 2024년 |\n| --- | ---: |\n| 서울 | 10,322 |')).toEqual([
      { kind: 'item', text: '시도 | 2024년' },
      { kind: 'item', text: '서울 | 10,322' },
    ]);
  });

  it('reads HTML left in the Markdown: <br>, <p>, <figure>, and no script text', () => {
    const md = '<p>첫 줄<br>둘째 줄</p>\n\n<div><script>var a = "광고";</script>본문 <strong>강조</strong> 끝</div>';
    expect(texts(md)).toEqual(['첫 줄', '둘째 줄', '본문 강조 끝']);
    const figure = '<figure><img src="https://example.com/a.jpg" alt="행사"><figcaption>▲ 행사 모습 /사진=연합뉴스</figcaption></figure>';
    expect(blocks(figure)).toEqual([{ kind: 'caption', text: '▲ 행사 모습 /사진=연합뉴스', imageUrl: 'https://example.com/a.jpg' }]);
  });
});

describe('markdownToBlocks: photos and captions', () => {
  const IMG = '![사진](https://example.com/a.jpg)';

  it('takes the italic line under a photo as its caption', () => {
    expect(blocks(`${IMG}\n*▲ 13일 열린 행사 모습 /사진=연합뉴스*\n\n${BODY}`)).toEqual([
      { kind: 'caption', text: '▲ 13일 열린 행사 모습 /사진=연합뉴스', imageUrl: 'https://example.com/a.jpg' },
      { kind: 'paragraph', text: BODY },
    ]);
  });

  it('ends an italic caption at its line even when the body follows without a blank line', () => {
    expect(texts(`${IMG}*13일 열린 행사 모습*\n${BODY}`)).toEqual(['13일 열린 행사 모습', BODY]);
  });

  it('takes a short plain line in the photo’s own paragraph', () => {
    expect(blocks(`${IMG}박채규 대표\n\n${BODY}`)[0]).toEqual({ kind: 'caption', text: '박채규 대표', imageUrl: 'https://example.com/a.jpg' });
  });

  it('takes the next paragraph when it is credited, marked or a copy of the alt text', () => {
    expect(blocks(`${IMG}\n\n/연합뉴스\n\n${BODY}`)[0]).toMatchObject({ kind: 'caption', text: '/연합뉴스' });
    expect(blocks(`${IMG}\n\n취업 (CG)  \n[연합뉴스TV 제공]\n\n${BODY}`)[0]).toMatchObject({ kind: 'caption', text: '취업 (CG) [연합뉴스TV 제공]' });
    expect(blocks(`${IMG}\n\n유세에서 연설하고 있다. 연합뉴스\n\n${BODY}`)[0]).toMatchObject({ kind: 'caption', text: '유세에서 연설하고 있다. 연합뉴스' });
    const alt = '![이재명 후보가 15일 유세에서 연설하고 있다](https://example.com/b.jpg)';
    expect(blocks(`${alt}\n\n이재명 후보가 15일 유세에서 연설하고 있다\n\n${BODY}`)).toHaveLength(2);
  });

  it('leaves a body paragraph after an uncaptioned photo alone', () => {
    expect(blocks(`![](https://example.com/a.jpg)\n\n${BODY}`)).toEqual([{ kind: 'paragraph', text: BODY }]);
  });

  it('falls back on a descriptive alt text, without the reader service’s "Image N:" prefix', () => {
    expect(blocks(`![Image 1: 13일 서울 여의도에서 행사가 열렸다. 연합뉴스](https://example.com/a.jpg)\n\n${BODY}`)[0]).toEqual({
      kind: 'caption',
      text: '13일 서울 여의도에서 행사가 열렸다. 연합뉴스',
      imageUrl: 'https://example.com/a.jpg',
    });
  });

  it('gives no caption for labels, titles, thumbnails, icons and reporter photos', () => {
    const md = [
      '# 정부, 새 부동산 대책 발표',
      '![정부, 새 부동산 대책 발표](https://example.com/title.jpg)',
      '![연합뉴스](https://example.com/a.jpg)',
      '[![다른 기사 제목이 여기 있다.](https://example.com/thumb.jpg)](https://example.com/news/2)',
      '![페이스북 공유하기.](https://example.com/images/icon_facebook.png)',
      '![홍길동 기자 사진](https://example.com/reporter/1.jpg) 홍길동',
      BODY,
    ].join('\n\n');
    expect(markdownToBlocks(md).blocks.filter((b) => b.kind === 'caption')).toEqual([]);
  });
});

describe('markdownToBlocks: navigation and page furniture', () => {
  it('drops link lines and link lists but keeps a byline that links to the reporter', () => {
    const md = [
      '[뉴스](https://example.com/) | [정치](https://example.com/p) | [경제](https://example.com/e)',
      '- [메뉴 하나](https://example.com/1)\n- [메뉴 둘](https://example.com/2)\n- 검색',
      BODY,
      '[홍길동 기자](https://example.com/reporter/1) [이메일 보내기](mailto:hong@example.com)',
      '[#부동산](https://example.com/tag/1) [#대책](https://example.com/tag/2)',
    ].join('\n\n');
    expect(texts(md)).toEqual([BODY, '홍길동 기자']);
  });

  it('keeps the reporter card of a dropped link list', () => {
    const md = `${BODY}\n\n- ![홍길동](https://example.com/r.jpg)\n\n  홍길동 기자 [hong@example.com](mailto:hong@example.com)\n\n  [홍길동 기자의 기사 모음](https://example.com/r)\n- [댓글](https://example.com/c)\n- [공유하기](https://example.com/s)`;
    expect(texts(md)).toEqual([BODY, '홍길동 기자 hong@example.com']);
  });

  it('rejoins links that wrap block content (turndown) and drops them as navigation', () => {
    const md = `${BODY}\n\n-   [![썸네일](https://example.com/t.jpg)\n    \n    ### 다른 기사 제목\n    \n    ](https://example.com/news/2)\n\n[\n\n# 사이트 로고\n\n](https://example.com/)`;
    expect(blocks(md)).toEqual([{ kind: 'paragraph', text: BODY }]);
  });

  it('drops sidebar headings with no text under them once the body has begun', () => {
    const md = `# 정부, 새 부동산 대책 발표\n\n${BODY}\n\n## 공급 확대\n\n${BODY}\n\n### 이 기사 어땠나요?\n\n- [좋아요](#a)\n- [슬퍼요](#b)\n\n### 많이 본 뉴스\n\n### 인기 키워드`;
    expect(texts(md)).toEqual(['정부, 새 부동산 대책 발표', BODY, '공급 확대', BODY]);
  });
});

describe('markdownToBlocks: the page after the article', () => {
  it('leaves out the site footer after the article, keeping its byline and a trailing list', () => {
    const md = [
      '# 정부, 새 부동산 대책 발표',
      BODY,
      '- 공급 확대\n- 금리 조정',
      '홍길동 기자 hong@example.com',
      '- [페이스북](https://example.com/share/fb)\n- [트위터](https://example.com/share/tw)',
      '서울특별시 양천구 목동서로 161',
      '대표전화 (02)2061-0006',
      '승인 2024.06.13 14:36',
      'ⓒ 예제일보. All rights reserved.',
    ].join('\n\n');
    expect(texts(md)).toEqual(['정부, 새 부동산 대책 발표', BODY, '공급 확대', '금리 조정', '홍길동 기자 hong@example.com', '승인 2024.06.13 14:36', 'ⓒ 예제일보. All rights reserved.']);
  });
});

describe('markdownToBlocks: the headline', () => {
  it('picks the title among several H1s (site logos) and drops its copies', () => {
    const md = `# 매일 경제\n\n# [NAVER 뉴스](https://news.example.com/)\n\n# 정부, 새 부동산 대책 발표\n\n정부, 새 부동산 대책 발표\n\n입력 2024.06.13 14:36\n\n${BODY}`;
    const doc = markdownToBlocks(md);
    expect(doc.blocks.filter((b) => b.kind === 'headline').map((b) => b.text)).toEqual(['정부, 새 부동산 대책 발표']);
    expect(doc.blocks.filter((b) => b.text === '정부, 새 부동산 대책 발표')).toHaveLength(1);
  });

  it('prefers the title over the deck heading under it', () => {
    const md = `# 정부, 새 부동산 대책 발표\n\n입력 2024.06.13 14:36\n\n## 공급 확대와 금리 조정이 핵심\n\n${BODY}`;
    expect(markdownToBlocks(md).blocks.find((b) => b.kind === 'headline')?.text).toBe('정부, 새 부동산 대책 발표');
  });

  it('takes the title from a lower heading when the H1 is the site', () => {
    const md = `# 연합뉴스TV\n\n## 주메뉴\n\n## "곰 잘못 아니다"…살인불곰 사살 놓고 찬반논쟁\n\n${BODY}`;
    expect(markdownToBlocks(md).blocks.find((b) => b.kind === 'headline')?.text).toBe('"곰 잘못 아니다"…살인불곰 사살 놓고 찬반논쟁');
  });

  it('marks the block a header title with a site name contains', () => {
    const md = `Title: 대전일보 모바일 :: 코로나19 극복 성금 기탁 줄 잇는다\n\nURL Source: http://example.com/1\n\nMarkdown Content:\n코로나19 극복 성금 기탁 줄 잇는다\n\n${BODY}`;
    const doc = markdownToBlocks(md);
    expect(doc.meta.headline).toBe('코로나19 극복 성금 기탁 줄 잇는다');
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', text: '코로나19 극복 성금 기탁 줄 잇는다' });
  });
});

describe('parseArticle on Markdown', () => {
  it('resolves a relative photo address against the reader header’s URL Source', () => {
    const md = `Title: 정부, 새 부동산 대책 발표\n\nURL Source: https://news.example.com/a/1\n\nMarkdown Content:\n![](/photos/a.jpg)\n*▲ 13일 발표 현장 /사진=연합뉴스*\n\n${BODY}`;
    expect(parseArticle(md).captions).toEqual([{ text: '13일 발표 현장', credit: '연합뉴스', imageUrl: 'https://news.example.com/photos/a.jpg' }]);
  });
});
