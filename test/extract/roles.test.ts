import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../src/extract/names.js';
import { findMentions } from '../../src/extract/roles.js';

const read = (text: string) => findMentions(text).map((m) => [m.name, m.role, m.organization, m.title]);

describe('findMentions', () => {
  it.each([
    ['허성욱 NIPA 원장은', ['허성욱', 'NIPA 원장', 'NIPA', '원장']],
    ['NIPA의 허성욱 원장은', ['허성욱', 'NIPA 원장', 'NIPA', '원장']],
    ['이호석 부산대병원 의료정보센터장,', ['이호석', '부산대병원 의료정보센터장', '부산대병원', '의료정보센터장']],
    ['손희정 주한영국대사관 국제통상부 상무관 등', ['손희정', '주한영국대사관 국제통상부 상무관', '주한영국대사관 국제통상부', '상무관']],
    ['이재명 더불어민주당 대표가', ['이재명', '더불어민주당 대표', '더불어민주당', '대표']],
    ['국민의힘 한동훈 대표는', ['한동훈', '국민의힘 대표', '국민의힘', '대표']],
    ['김철수 전 장관은', ['김철수', '전 장관', null, '전 장관']],
    ['한덕수 국무총리는', ['한덕수', '국무총리', null, '국무총리']],
    ['김동원 기자', ['김동원', '기자', null, '기자']],
    ['홍길동기자', ['홍길동', '기자', null, '기자']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('does not take time words or places for organizations', () => {
    expect(read('이날 허성욱 원장은')).toEqual([['허성욱', '원장', null, '원장']]);
  });

  it('reads a list of attendees one by one', () => {
    expect(read('노영균 한양대 AI대학원장, 성제훈 경기도농업기술원장, 유영재 연세대 교수 등').map((m) => m[0])).toEqual([
      '노영균',
      '성제훈',
      '유영재',
    ]);
  });

  it('finds nobody in sentences without a named person', () => {
    expect(read('서울의 경우 과학기술정보통신부, 정보통신산업진흥원과 함께 매년 개최해왔다.')).toEqual([]);
    expect(read('카카오헬스케어, 네이버 등 국내외 의료·AI 대표 기업과 KAIST가 참여했다.')).toEqual([]);
  });
});

describe('isPersonName', () => {
  it('accepts Korean names and rejects look-alike words', () => {
    for (const name of ['허성욱', '김영수', '이동하', '남궁민수', '윤관석']) expect(isPersonName(name)).toBe(true);
    for (const word of ['이번', '정부', '한양대', '국방부', '서울의', '국내외', '민주당', 'NIPA']) expect(isPersonName(word)).toBe(false);
  });
});
