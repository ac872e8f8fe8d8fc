import { describe, expect, it } from 'vitest';
import { isBoilerplate, isCopyright, isEndOfBody } from '../../src/extract/boilerplate.js';

describe('boilerplate rules', () => {
  it.each([
    '<저작권자 ⓒ 더에이아이, 무단전재 및 재배포 금지>',
    '[저작권자(c) YTN 무단전재 및 재배포 금지]',
    'Copyright ⓒ 한국일보. All rights reserved.',
    '＜ⓒ종합 경제정보 미디어 이데일리 - 무단전재 & 재배포 금지＞',
    '<ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지>',
    'ⓒ중앙일보',
    '무단 전재, 재배포 및 AI 학습 이용 금지',
  ])('copyright: %s', (line) => {
    expect(isCopyright(line)).toBe(true);
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    '페이스북 트위터 카카오톡 링크복사',
    'SNS 기사보내기',
    '홍길동 기자의 다른기사 보기',
    '※ 이 기사는 지역신문발전위원회 기금을 지원받았습니다.',
    '#AI #의료 #컨퍼런스',
    '▶ 네이버에서 연합뉴스를 구독하세요',
    '[카카오톡] okjebo',
    '좋아요 훌륭해요 슬퍼요 화나요 후속요청',
  ])('interface and promos: %s', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it('keeps article sentences', () => {
    expect(isBoilerplate('의료 분야에서 생성형 인공지능(AI) 활용을 논의할 수 있는 자리가 마련됐다.')).toBe(false);
    expect(isBoilerplate('저작권 단체들은 이번 판결이 창작자의 권리를 넓혔다고 평가했다.')).toBe(false);
  });

  it('knows the headings of trailing lists', () => {
    for (const line of ['최신뉴스', '많이 본 뉴스', '관련기사', '[관련기사]', '이시각 주요뉴스']) expect(isEndOfBody(line)).toBe(true);
    expect(isEndOfBody('관련 업계는 이번 조치를 환영했다.')).toBe(false);
  });
});
