import { describe, expect, it } from 'vitest';
import { PeopleIndex } from '../../src/extract/people.js';
import { extractQuotes, type QuoteSource } from '../../src/extract/quotes/index.js';
import { topLevelSpans } from '../../src/extract/quotes/spans.js';

function quotes(paragraphs: string[], extra: QuoteSource[] = []) {
  const sources: QuoteSource[] = [...extra, ...paragraphs.map((text, i) => ({ text, location: 'body' as const, paragraphIndex: i }))];
  const people = new PeopleIndex();
  for (const s of sources) people.addFrom(s.text);
  return extractQuotes(sources, people).map((q) => ({ text: q.text, name: q.speaker?.name ?? null, role: q.speaker?.role ?? null, cue: q.cue, location: q.location }));
}

describe('quote spans', () => {
  it('pairs every kind of mark and keeps nested quotes inside', () => {
    const spans = topLevelSpans('그는 “그가 ‘괜찮다’고 했다”며 "좋다"고 말했다. 「예」라고 답했다.');
    expect(spans.map((s) => s.inner)).toEqual(['그가 ‘괜찮다’고 했다', '좋다', '예']);
  });

  it('drops an unclosed mark instead of swallowing the text after it', () => {
    const spans = topLevelSpans('김 의원은 “첫 문장이 끝나지 않았다. 이어 “두 번째 인용”이라고 했다.');
    expect(spans.map((s) => s.inner)).toEqual(['두 번째 인용']);
  });

  it('ignores a closing mark with no opening one', () => {
    expect(topLevelSpans('허 원장은 지원하겠다”고 말했다.')).toEqual([]);
  });
});

describe('extractQuotes', () => {
  it('finds the speaker before the quote and carries it over 이어', () => {
    const got = quotes([
      '김영수 디지틀조선일보 대표는 환영사에서 “데이터가 중요하다”며 “협력하겠다”고 평가했다. 이어 “함께 가자”고 말했다.',
    ]);
    expect(got).toEqual([
      { text: '데이터가 중요하다', name: '김영수', role: '디지틀조선일보 대표', cue: '평가했다', location: 'body' },
      { text: '협력하겠다', name: '김영수', role: '디지틀조선일보 대표', cue: '평가했다', location: 'body' },
      { text: '함께 가자', name: '김영수', role: '디지틀조선일보 대표', cue: '말했다', location: 'body' },
    ]);
  });

  it('finds the speaker after the quote', () => {
    const got = quotes(['“규제를 풀어야 한다”라고 박지훈 한국경제연구원 연구위원은 말했다.']);
    expect(got[0]).toMatchObject({ name: '박지훈', role: '한국경제연구원 연구위원', cue: '말했다' });
  });

  it('resolves short forms and pronouns to the person first introduced', () => {
    const got = quotes([
      '윤관석 더불어민주당 의원은 “대단히 오만한 변명”이라고 비판했다.',
      '한편 정부는 대책을 발표했다.',
      '윤 의원은 “사과해야 한다”고 말했다. 그는 “책임을 물을 것”이라고 덧붙였다.',
    ]);
    expect(got.map((q) => [q.text, q.name, q.role])).toEqual([
      ['대단히 오만한 변명', '윤관석', '더불어민주당 의원'],
      ['사과해야 한다', '윤관석', '더불어민주당 의원'],
      ['책임을 물을 것', '윤관석', '더불어민주당 의원'],
    ]);
  });

  it('gives unnamed sources no name and the role as written', () => {
    const got = quotes(['업계 관계자는 “수요가 늘고 있다”고 전했다.', '한 관계자는 “아직 모른다”고 말했다.']);
    expect(got.map((q) => [q.name, q.role, q.cue])).toEqual([
      [null, '업계 관계자', '전했다'],
      [null, '관계자', '말했다'],
    ]);
  });

  it('does not report titles, slogans and scare quotes as speech', () => {
    const got = quotes([
      '행사는 ‘의료 AI, 초거대 가운을 입다’는 주제로 열렸다.',
      '정부는 “함께 가는 사회”라는 슬로건을 내걸었다.',
      '회사는 “착한 가격” 캠페인을 시작했다.',
      '그는 ‘잘 될 것’이라고 말했다.',
    ]);
    expect(got).toEqual([]);
  });

  it('counts a partial quote the speaker holds (”라는 입장이다)', () => {
    const got = quotes(['김철수 국토교통부 장관은 “시장 안정이 우선”이라는 입장이다.']);
    expect(got.map((q) => [q.text, q.name])).toEqual([['시장 안정이 우선', '김철수']]);
  });

  it('gives headline and deck quotes a location and a speaker named beside them', () => {
    const got = quotes(
      ['허성욱 NIPA 원장은 “지원하겠다”고 말했다.'],
      [
        { text: '“의료 AI, 초거대 가운을 입다”… AWC 2024 개막', location: 'headline', paragraphIndex: null },
        { text: '허성욱 NIPA 원장 “초거대 AI 활용 지원할 것”', location: 'subheading', paragraphIndex: null },
      ],
    );
    expect(got.map((q) => [q.text, q.name, q.location])).toEqual([
      ['초거대 AI 활용 지원할 것', '허성욱', 'subheading'],
      ['지원하겠다', '허성욱', 'body'],
    ]);
  });
});
