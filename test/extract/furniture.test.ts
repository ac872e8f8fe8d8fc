import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { isBoilerplate, isFurniture, isSectionLine } from '../../src/extract/boilerplate.js';

// One invented line per rule in src/rules/furniture.ts, and the sentence each must leave alone.
describe('page furniture in scraped text', () => {
  it.each([
    ['본문 바로가기', 'a skip link'],
    ['한빛일보 본문 바로가기 메뉴 바로가기', 'an outlet name before skip links'],
    ['주 메뉴 바로가기 기사 목록 바로가기', 'two-word skip links'],
    ['기사 본문 영역', 'a region label'],
    ['상세페이지', 'a region label'],
    ['전체메뉴', 'a menu button'],
    ['사이트 검색어 입력 양식', 'a search box label'],
    ['이 기사를 공유합니다', 'a share label'],
    ['링크가 복사되었습니다.', 'a copy notice'],
    ['주소복사가 완료되었습니다', 'a copy notice'],
    ['본문 글자 크기 조정', 'a font-size control'],
    ['이미지 확대 보기', 'an image widget'],
    ['<이미지를 클릭하면 원본을 보실 수 있습니다>', 'an image widget'],
    ['Photo Image', 'an image placeholder'],
    ['댓글 12', 'a comment counter'],
    ['• 댓글 3', 'a comment counter kept with its list bullet'],
    ['댓글 첫 댓글을 작성해보세요', 'a comment prompt'],
    ['삭제하시겠습니까?', 'a comment delete dialog'],
    ['해당 댓글 내용을 확인할 수 없습니다', 'a comment delete dialog'],
    ['인기 기자', 'a sidebar list heading'],
    ['인기 검색어', 'a sidebar list heading'],
    ['◀ANC▶', 'a broadcast script opener'],
    ['11.03 (월)', 'a today-date widget'],
    ['◀VCR▶', 'a broadcast script marker'],
    ['앵커: 김하늘,박노을', 'a program credit'],
    ['크게 작게 프린트 메일', 'a tool row'],
    ['URL 줄이기 페이스북 X', 'a share row'],
  ])('%s is furniture (%s)', (line) => {
    expect(isFurniture(line)).toBe(true);
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    '본문 바로가기를 누르면 기사로 넘어간다.',
    '시민들은 댓글 12개를 남겼다.',
    '앵커: 오늘 첫 소식입니다.',
    '11월 3일 월요일 오후 회의가 열렸다.',
    '이 기사를 공유한 독자들이 많았다는 점은 눈에 띄는 대목이다.',
    '메일',
  ])('%s is article text', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('section labels above a headline', () => {
  it.each(['정치 대통령실', '경제', '이슈 기후와 에너지', '스포츠 야구'])('%s is a section label', (line) => {
    expect(isSectionLine(line)).toBe(true);
  });

  it.each(['정치 혐오가 커진다', '경제, 반등 신호', '정치권 새해 첫 회동', '사회적 거리두기 다시 강화'])('%s is not', (line) => {
    expect(isSectionLine(line)).toBe(false);
  });
});

describe('a broadcast script without a headline', () => {
  it('starts the body at the anchor marker and takes no lead line for the headline', () => {
    const a = parseArticle(
      ['◀ANC▶', '도심 하천에 수달 가족이', '다시 돌아왔습니다.', '이 소식을 김 윤 기자가 보도합니다.', '◀END▶', '수달이 처음 발견된 것은 지난달 초입니다.'].join('\n'),
    );
    expect(a.headline).toBeNull();
    expect(a.warnings.map((w) => w.code)).toContain('NO_HEADLINE');
    expect(a.subheadings).toEqual([]);
    expect(a.bylines).toEqual([{ name: '김윤', title: '기자', email: null }]);
  });
});
