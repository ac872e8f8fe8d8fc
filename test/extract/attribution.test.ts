import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { PeopleIndex } from '../../src/extract/people.js';
import { extractQuotes, type QuoteSource } from '../../src/extract/quotes/index.js';

// Sentences of our own, each showing one general case of the attribution rework (issue 11).
const quotes = (lines: string[]) =>
  parseArticle(lines.join('\n'), { format: 'text' }).quotes.map((q) => ({
    text: q.text,
    name: q.speaker?.name ?? null,
    role: q.speaker?.role ?? null,
    kind: q.speaker?.kind ?? null,
    confidence: q.confidence,
  }));

describe('who speaks: names from positive evidence', () => {
  it('gives a speaker known only by surname and title the surname as name (the contract’s 윤 대통령 row)', () => {
    const got = quotes(['신제품 공개 행사 열려', '노 사장은 이날 “접는 휴대폰이 대세가 될 것”이라고 말했다.', '노 사장은 “내년에 더 팔겠다”고 덧붙였다.']);
    expect(got.map((q) => [q.name, q.role, q.kind])).toEqual([
      ['노', '사장', 'person'],
      ['노', '사장', 'person'],
    ]);
  });

  it('reads a foreign name whose family name is one syllable, before an organization and a title', () => {
    const got = quotes([
      '반도체 협력 발표',
      '젠슨 황 엔비디아 최고경영자(CEO)는 “한국과 함께 일해 기쁘다”고 말했다.',
      '황 CEO는 “공장을 더 짓겠다”고 덧붙였다.',
      '팀 쿡 애플 CEO는 행사장에 나타났다. 팀 쿡은 “올해 제품은 모두 훌륭하다”고 말했다.',
    ]);
    expect(got.map((q) => [q.name, q.role])).toEqual([
      ['젠슨 황', '엔비디아 최고경영자'],
      ['젠슨 황', '엔비디아 최고경영자'],
      ['팀 쿡', '애플 CEO'],
    ]);
  });

  it('reads a leader’s name before a country and a title, and finds the family name first in a later reference', () => {
    const got = quotes([
      '정상회담 열려',
      '기시다 후미오 일본 총리와 시진핑 중국 국가주석이 회담을 열었다.',
      '시 주석은 “다시 만나 기쁘다”고 말했다.',
      '기시다 총리는 “관계를 넓히자”고 화답했다.',
    ]);
    expect(got.map((q) => [q.name, q.role])).toEqual([
      ['시진핑', '중국 국가주석'],
      ['기시다 후미오', '일본 총리'],
    ]);
  });

  it('reads a leader’s name after an adnominal, and a foreign given name that ends in 다', () => {
    const got = quotes([
      '회담 소식',
      '미국을 방문 중인 기시다 후미오 일본 총리는 “협력을 넓히겠다”고 말했다.',
      '순다 피차이 구글 CEO는 “검색은 계속 바뀐다”고 말했다.',
    ]);
    expect(got.map((q) => q.name)).toEqual(['기시다 후미오', '순다 피차이']);
  });

  it('reads `이 총재는` as the surname 이 when no 총재 was met, and `이 관계자는` as pointing back', () => {
    const got = quotes([
      '금리 동결',
      '이 총재는 “물가가 안정되고 있다”고 말했다.',
      '한 은행 관계자는 “동결을 예상했다”고 말했다. 이 관계자는 “시장도 그렇게 봤다”고 덧붙였다.',
    ]);
    expect(got.map((q) => [q.name, q.role])).toEqual([
      ['이', '총재'],
      [null, '은행 관계자'],
      [null, '은행 관계자'],
    ]);
    // An occupation many share is pointed at, not named: `이 배우는` is no one called 이.
    const actor = parseArticle('영화 개봉\n이 배우는 “많이 떨린다”고 말했다.', { format: 'text' });
    expect(actor.quotes[0]?.speaker?.name ?? null).toBeNull();
  });

  it('does not read a title with a particle glued on as a name', () => {
    const article = parseArticle('회담 소식\n주석은 총리에게 “반갑다”고 말했다.', { format: 'text' });
    expect(article.people.map((p) => p.name)).not.toContain('주석은');
    expect(article.quotes[0]?.speaker?.name ?? null).toBeNull();
  });

  it('does not read a verb and a determiner before a title as a foreign name', () => {
    const article = parseArticle('AI 소식\n혁신을 가능케 한 파운데이션 모델 개발자들이 모였다.', { format: 'text' });
    expect(article.people).toEqual([]);
  });
});

describe('who speaks: scored candidates and confidence', () => {
  it('scores a subject of the quote’s own clause high and a continuation right after it as the same speaker', () => {
    const got = quotes(['정책 발표', '김영호 통일부 장관은 “대화의 문은 열려 있다”고 말했다.', '이어 “북한이 호응해야 한다”고 강조했다.']);
    expect(got.map((q) => [q.name, q.confidence])).toEqual([
      ['김영호', 0.9],
      ['김영호', 1],
    ]);
  });

  it('names no one when the last person talked about was several sentences back and was never quoted', () => {
    const got = quotes([
      '지역 축제 열려',
      '박민수 시장은 지난달 축제 계획을 발표했다.',
      '축제에는 10만 명이 몰렸다. 주차장은 가득 찼다. 인근 도로는 막혔다. 상인들은 반겼다.',
      '행사장 곳곳에서 “너무 덥다”는 불만이 나왔다.',
      '“내년에는 그늘막을 늘려야 한다”는 말도 들렸다.',
    ]);
    const last = got[got.length - 1]!;
    expect(last.name).toBeNull();
    expect(last.confidence).toBeLessThan(0.5);
  });

  it('keeps the main person of a profile as the speaker of subjectless quotes (salience)', () => {
    const got = quotes([
      '배우 김하늘, 새 영화로 돌아와',
      '배우 김하늘이 새 영화로 돌아왔다.',
      '김하늘은 서울의 한 카페에서 인터뷰를 했다. 영화는 다음 달 개봉한다.',
      '“오래 쉬면서 다시 연기를 생각했다. 그래서 이 작품을 골랐다.”',
    ]);
    expect(got.map((q) => q.name)).toEqual(['김하늘']);
  });

  it('takes a bracketed sound-bite labelled with a name alone when its words are quoted', () => {
    const sources: QuoteSource[] = ['김도윤이 입단식에서 소감을 밝혔다.', '[김도윤 : "꿈을 이뤄 기쁘다. 열심히 하겠다."]', '[김도윤 : 열심히 하겠다]'].map((text, i) => ({ text, location: 'body', paragraphIndex: i }));
    const people = new PeopleIndex();
    for (const s of sources) people.addFrom(s.text);
    // The bare `[이름 : …]` line may be a caption or a list line: no quote without marks.
    expect(extractQuotes(sources, people).map((q) => [q.text, q.speaker?.name])).toEqual([['꿈을 이뤄 기쁘다. 열심히 하겠다.', '김도윤']]);
  });

  it('names anonymized people as the contract writes them: A씨, 김모 씨, and B with its title', () => {
    const got = quotes(['사건 소식', '상가를 운영하는 A씨는 “무섭다”고 말했다. 김모(45)씨는 “몰랐다”고 말했다.', '경찰에 따르면 B 총경은 “조사 중”이라고 말했다.']);
    expect(got.map((q) => [q.name, q.role, q.kind])).toEqual([
      ['A씨', null, 'anonymized'],
      ['김모 씨', null, 'anonymized'],
      ['B', '총경', 'anonymized'],
    ]);
  });

  it('takes a name with an age in parentheses for a person, and a later family name with the title for the full name', () => {
    const got = quotes([
      '입단식 열려',
      '새로 합류한 박도현(29)은 “기회를 준 팀에 고맙다”고 말했다.',
      '순다 피차이 구글 최고경영자(CEO)가 한국을 찾았다.',
      '피차이 CEO는 “한국 개발자들이 놀랍다”고 말했다.',
    ]);
    expect(got.map((q) => q.name)).toEqual(['박도현', '순다 피차이']);
  });
});
