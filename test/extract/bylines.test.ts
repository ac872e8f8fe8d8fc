import { describe, expect, it } from 'vitest';
import { parseBylineLine, splitDateline } from '../../src/extract/bylines.js';

const names = (line: string) => parseBylineLine(line)?.bylines.map((b) => [b.name, b.title, b.email]);

describe('parseBylineLine', () => {
  it.each([
    ['홍길동 기자', [['홍길동', '기자', null]]],
    ['홍길동 기자 hong@example.co.kr', [['홍길동', '기자', 'hong@example.co.kr']]],
    ['홍길동 기자(hong@example.co.kr)', [['홍길동', '기자', 'hong@example.co.kr']]],
    ['홍길동기자', [['홍길동', '기자', null]]],
    ['홍길동·김철수 기자', [['홍길동', '기자', null], ['김철수', '기자', null]]],
    ['홍길동, 김철수 기자', [['홍길동', '기자', null], ['김철수', '기자', null]]],
    ['부산=홍길동 기자', [['홍길동', '기자', null]]],
    ['/홍길동 특파원', [['홍길동', '특파원', null]]],
    ['글·사진 홍길동', [['홍길동', null, null]]],
    ['YTN 홍길동 (hong@ytn.co.kr)', [['홍길동', null, 'hong@ytn.co.kr']]],
    ['MBN뉴스 홍길동입니다.', [['홍길동', null, null]]],
    ['홍길동 기자 외 1명', [['홍길동', '기자', null]]],
  ])('%s', (line, expected) => {
    expect(names(line)).toEqual(expected);
  });

  it('treats photo and video credits as credits, not bylines', () => {
    expect(parseBylineLine('사진=홍길동 기자')).toEqual({ bylines: [], credit: true });
    expect(parseBylineLine('영상취재 : 홍길동')).toEqual({ bylines: [], credit: true });
  });

  it('rejects sentences and widget labels', () => {
    expect(parseBylineLine('이번 행사를 마련한 기자')).toBeNull();
    expect(parseBylineLine('최신뉴스')).toBeNull();
    expect(parseBylineLine('의료 분야에서 생성형 인공지능 활용을 논의할 수 있는 자리가 마련됐다.')).toBeNull();
  });
});

describe('splitDateline', () => {
  it.each([
    ['(서울=연합뉴스) 홍길동 기자 = 정부가 발표했다.', ['홍길동'], '정부가 발표했다.'],
    ['[서울=뉴시스]홍길동 기자 = 정부가 발표했다.', ['홍길동'], '정부가 발표했다.'],
    ['(서울=뉴스1) 홍길동 김철수 기자 = 정부가 발표했다.', ['홍길동', '김철수'], '정부가 발표했다.'],
    ['[이데일리 홍길동 기자] 정부가 발표했다.', ['홍길동'], '정부가 발표했다.'],
    ['[OSEN=대전, 홍길동 기자] 한화가 이겼다.', ['홍길동'], '한화가 이겼다.'],
    ['(워싱턴=연합뉴스) 백악관이 발표했다.', [], '백악관이 발표했다.'],
  ])('%s', (paragraph, reporters, rest) => {
    const dateline = splitDateline(paragraph);
    expect(dateline?.bylines.map((b) => b.name)).toEqual(reporters);
    expect(dateline?.rest).toBe(rest);
  });

  it('leaves ordinary paragraphs alone', () => {
    expect(splitDateline('정부가 13일 발표했다.')).toBeNull();
  });
});
