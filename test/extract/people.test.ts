import { describe, expect, it } from 'vitest';
import { PeopleIndex } from '../../src/extract/people.js';

describe('PeopleIndex', () => {
  it('keeps the role of the first mention and gains an organization named later', () => {
    const people = new PeopleIndex();
    people.addFrom('이 회사 박채규 대표가 만나기로 한 주인공이다.');
    people.addFrom('㈜디지털이엠씨 박채규 대표는 이제는 승부해야 할 때라고 강조한다.');
    people.addFrom('허성욱 NIPA 원장은 말했다. 허성욱 원장은 또 말했다.');
    expect(people.all()).toEqual([
      { name: '박채규', role: '㈜디지털이엠씨 대표', organization: '㈜디지털이엠씨', title: '대표' },
      { name: '허성욱', role: 'NIPA 원장', organization: 'NIPA', title: '원장' },
    ]);
  });

  it('finds people by surname and a short title, modifiers and longer titles included', () => {
    const people = new PeopleIndex();
    people.addFrom('김민석 전 국무총리 측과 정청래 전 대표 측, 최상목 경제부총리 겸 기획재정부 장관이 만났다.');
    expect(people.bySurnameAndTitle('김', '전 총리')?.name).toBe('김민석');
    expect(people.bySurnameAndTitle('정', '전 대표')?.name).toBe('정청래');
    expect(people.bySurnameAndTitle('최', '부총리')?.name).toBe('최상목');
    expect(people.bySurnameAndTitle('최', '장관')?.name).toBe('최상목');
    expect(people.bySurnameAndTitle('김', '장관')).toBeUndefined();
  });

  it('finds a person by any title a later mention gave, keeping the first role', () => {
    const people = new PeopleIndex();
    people.addFrom('이재명 제21대 대통령선거 당선자');
    people.addFrom('이재명 대통령 당선인의 발자취를 돌아봤다.');
    expect(people.bySurnameAndTitle('이', '당선인')).toEqual({ name: '이재명', role: '제21대 대통령선거 당선자', organization: '제21대 대통령선거', title: '당선자' });
  });

  it('reads no person where a role is followed by an object (`대통령 당선을`, `후보 유불리를`)', () => {
    const people = new PeopleIndex();
    people.addFrom('대통령 당선을 확정했다. 특정 후보 유불리를 피하면서 어린 시절 광주 시민들을 돌아봤다.');
    expect(people.all()).toEqual([]);
  });

  it('finds a foreign person by the last word of the name', () => {
    const people = new PeopleIndex();
    people.addFrom('이 병원 신생아 중환자실 책임자인 파비오 모스카 교수는 말했다.');
    expect(people.bySurnameAndTitle('모스카', '교수')?.name).toBe('파비오 모스카');
  });

  it('only looks among the people a caller can see', () => {
    const people = new PeopleIndex();
    const [first] = people.addFrom('김태효 국가안보실 1차장이 발표했다.');
    people.addFrom('김민수 외교부 차장도 나왔다.');
    expect(people.bySurnameAndTitle('김', '차장')?.name).toBe('김민수');
    expect(people.bySurnameAndTitle('김', '차장', (p) => p === first)?.name).toBe('김태효');
  });

  it('learns names used bare, three syllables or more and once as a subject, without listing them', () => {
    const people = new PeopleIndex();
    people.addBareNames(['손제이가 정상에 올랐다. 손제이는 27일 경기에서 이겼다.', '편지는 짧았다. 편지에는 이름이 없었다.', '김연경을 만났다. 김연경의 팬들.']);
    expect(people.named('손제이')).toEqual({ name: '손제이', role: null, organization: null, title: null });
    expect(people.named('편지')).toBeUndefined();
    // Named twice but never as a subject.
    expect(people.named('김연경')).toBeUndefined();
    expect(people.all()).toEqual([]);
  });

  it('lists people named with 씨 only when a role introduces them', () => {
    const people = new PeopleIndex();
    people.addFrom('논설위원 조 씨가 글을 썼다. 시민 김철수 씨와 박영희 씨가 나왔다.');
    expect(people.all().map((p) => [p.name, p.role])).toEqual([
      ['조', '논설위원'],
      ['김철수', '시민'],
    ]);
    expect(people.named('박영희')).toEqual({ name: '박영희', role: null, organization: null, title: '씨' });
    expect(people.lastWithSurname('박')?.name).toBe('박영희');
  });
});
