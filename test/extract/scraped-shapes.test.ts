import { describe, expect, it } from 'vitest';
import { extractBylines, parseBylineLine, splitDateline } from '../../src/extract/bylines.js';
import { bareCredit, isBareCaptionLine, isCaptionLine } from '../../src/extract/captions.js';
import { emptyMetadata, type Block } from '../../src/blocks.js';
import type { Layout } from '../../src/extract/layout.js';
import { parseArticle } from '../../src/index.js';

// Invented lines, one per shape in src/rules/captions.ts and src/rules/bylines.ts.
describe('captions without markup', () => {
  it.each([
    ['신임 장관이 취임식에서 인사하고 있다. 뉴시스', '뉴시스'],
    ['가수 한별. 한빛일보DB', '한빛일보DB'],
    ['개막식 무대에 오른 합창단. 사진/한빛시청', '사진/한빛시청'],
    ['시장이 현장을 둘러보고 있다./ ⓒ 한빛신문', 'ⓒ 한빛신문'],
    ['정상들이 기념촬영을 하고 있다. 연합뉴스(공동취재)', '연합뉴스(공동취재)'],
    ['태풍이 지나간 해안가 모습. AFP=뉴스1', 'AFP=뉴스1'],
    ['새 전동차 내부. 한빛교통공사 제공', '한빛교통공사 제공'],
    ['회견 장면을 보도한 현지 방송 화면 갈무리. 2024.3.2/', '현지 방송 화면 갈무리'],
    ['[홍길동 의원 페이스북 캡처]', '페이스북 캡처'],
  ])('%s ends in the credit %s', (line, credit) => {
    expect(bareCredit(line)).toBe(credit);
    expect(isBareCaptionLine(line)).toBe(true);
  });

  it.each([
    '그는 회의에서 이렇게 말했다.',
    '정부는 다음 달 대책을 내놓는다. 연합뉴스는 이를 단독 보도했다.',
    '홍길동 기자 hong@example.com / 한빛뉴스',
    '세상을 보는 창, 한빛일보Copyright ⓒ 한빛일보 신문 구독신청',
    '연합뉴스',
  ])('%s is no caption', (line) => {
    expect(isBareCaptionLine(line)).toBe(false);
  });

  it('does not take a byline that also credits the photo for a caption', () => {
    const line = '김하늘 기자 sky@example.com/ 사진=한빛방송 제공';
    expect(isCaptionLine(line)).toBe(false);
    expect(parseBylineLine(line)?.bylines).toEqual([{ name: '김하늘', title: '기자', email: 'sky@example.com' }]);
  });

  it('reads an illustration credit line and the line after an image placeholder as captions', () => {
    const a = parseArticle(
      [
        '공원 산책로 새 단장…야간 조명 설치',
        '입력 2024-05-02 09:10',
        'Photo Image',
        '새로 설치된 산책로 조명',
        '[박노을 제작] 사진합성·일러스트',
        '한빛시는 공원 산책로에 야간 조명 40개를 새로 설치했다고 2일 밝혔다. 시는 주민 의견을 들어 위치를 정했다.',
      ].join('\n'),
    );
    expect(a.captions.map((c) => c.text)).toEqual(['새로 설치된 산책로 조명', '[박노을 제작] 사진합성·일러스트']);
  });
});

describe('bylines in scraped forms', () => {
  const layoutOf = (lines: string[]): Layout => ({
    blocks: lines.map((text): Block => ({ kind: 'paragraph', text })),
    roles: lines.map(() => 'body'),
  });

  it('reads the anchor hand-off of a broadcast script, a spaced-out name included', () => {
    expect(extractBylines(layoutOf(['도심 하천에 수달이 돌아왔습니다.', '이 소식을 김 윤 기자가 보도합니다.']), emptyMetadata(), [])).toEqual([
      { name: '김윤', title: '기자', email: null },
    ]);
    expect(extractBylines(layoutOf(['시민들의 새해 소망을 박지훈 기자가 담았습니다.']), emptyMetadata(), [])).toEqual([
      { name: '박지훈', title: '기자', email: null },
    ]);
    expect(extractBylines(layoutOf(['그 기자가 보도한 내용은 사실과 달랐습니다.']), emptyMetadata(), [])).toEqual([]);
  });

  it('leaves out name-shaped words that name no reporter', () => {
    expect(parseBylineLine('한겨레 신소리 기자 sori@example.com')?.bylines.map((b) => b.name)).toEqual(['신소리']);
    expect(parseBylineLine('인기 기자')).toBeNull();
  });

  it('gives both reporters of a dateline naming a correspondent and a reporter', () => {
    expect(splitDateline('(도쿄·서울=뉴스1) 한가람 특파원 오하늘 기자 = 일본 정부가 발표했다.')?.bylines.map((b) => [b.name, b.title])).toEqual([
      ['한가람', '특파원'],
      ['오하늘', '기자'],
    ]);
  });
});
