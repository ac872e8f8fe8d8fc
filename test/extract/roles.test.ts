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
    ['이재명 더불어민주당 대선 후보는', ['이재명', '더불어민주당 대선 후보', '더불어민주당', '대선 후보']],
    ['김태효 국가안보실 1차장은', ['김태효', '국가안보실 1차장', '국가안보실', '1차장']],
    ['이승엽 두산 베어스 감독은', ['이승엽', '두산 베어스 감독', '두산 베어스', '감독']],
    ['도널드 트럼프 미국 대통령은', ['도널드 트럼프', '미국 대통령', '미국', '대통령']],
    ['책임자인 파비오 모스카 교수는', ['파비오 모스카', '교수', null, '교수']],
    ['배우 장근석이', ['장근석', '배우', null, '배우']],
    ['가수 겸 배우 이승기와', ['이승기', '가수 겸 배우', null, '가수 겸 배우']],
    ['논설위원 조 씨가', ['조', '논설위원', null, '논설위원']],
    ['그룹 아스트로의 문빈이', ['문빈', '아스트로', '아스트로', null]],
    ['김철수(45)씨는', ['김철수', null, null, '씨']],
    ['유 모 씨는', ['유 모', null, null, '씨']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('does not take time words or places for organizations', () => {
    expect(read('이날 허성욱 원장은')).toEqual([['허성욱', '원장', null, '원장']]);
  });

  it('does not take a verb, a pointed-at noun or a quote before the name for an organization', () => {
    expect(read('기자가 묻자 한덕수 국무총리는')).toEqual([['한덕수', '국무총리', null, '국무총리']]);
    expect(read('이 회사 박채규 대표가')).toEqual([['박채규', '대표', null, '대표']]);
    expect(read('“결정은 유감스럽다”고 유승민 전 의원은')).toEqual([['유승민', '전 의원', null, '전 의원']]);
  });

  it('reads names joined by · as several people with one role', () => {
    const [mention] = findMentions('친청계 이성윤·박규환 최고위원은');
    expect([mention?.name, mention?.others, mention?.role]).toEqual(['이성윤', ['박규환'], '친청계 최고위원']);
  });

  it('finds no person in common nouns shaped like names', () => {
    expect(read('한 반도체 업계 관계자는')).toEqual([]);
    expect(read('조문을 마친 뒤 기자에 대해 욕설을 했다')).toEqual([]);
    expect(read('이 당선인 부모는 점쟁이에게 물었다')).toEqual([]);
    expect(read('향후 이란 시장을 노크하는 기업')).toEqual([]);
    expect(read('자동차 부품을 만드는 박민수 한빛정밀 대표는')).toEqual([['박민수', '한빛정밀 대표', '한빛정밀', '대표']]);
    // After an object, 한 is the verb "did", not the determiner "one".
    expect(read('‘막말’을 한 이해찬 더불어민주당 대표에게').map((m) => m[0])).toEqual(['이해찬']);
  });

  it('finds no foreign name in plain words before a title', () => {
    expect(read('본인이 소유주라고 밝힌 누리꾼은')).toEqual([]);
    expect(read('다른 업계 관계자도')).toEqual([]);
    expect(read('영남 공략을 마친 이재명 더불어민주당 대선 후보는').map((m) => m[0])).toEqual(['이재명']);
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
    // Verbs, particles glued on, organizations and transliterations.
    for (const word of ['한다', '가운데', '사는', '장근석이', '현대건설', '여행사', '모스카', '트럼프']) expect(isPersonName(word)).toBe(false);
  });
});
