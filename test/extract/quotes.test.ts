import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { PeopleIndex } from '../../src/extract/people.js';
import { extractQuotes, type QuoteSource } from '../../src/extract/quotes/index.js';
import { topLevelSpans } from '../../src/extract/quotes/spans.js';

/** Runs the quote extractor over body paragraphs (and optional title pieces), as `assemble` does. */
function quotes(paragraphs: string[], extra: QuoteSource[] = []) {
  const sources: QuoteSource[] = [...extra, ...paragraphs.map((text, i) => ({ text, location: 'body' as const, paragraphIndex: i }))];
  const people = new PeopleIndex();
  for (const s of sources) people.addFrom(s.text);
  return extractQuotes(sources, people).map((q) => ({
    text: q.text,
    name: q.speaker?.name ?? null,
    role: q.speaker?.role ?? null,
    cue: q.cue,
    location: q.location,
  }));
}

/** Text, speaker name and role of each quote. */
const who = (paragraphs: string[], extra: QuoteSource[] = []) => quotes(paragraphs, extra).map((q) => [q.text, q.name, q.role]);

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

  it('pairs ASCII marks by what stands around them, so one missing mark shifts nothing', () => {
    // The closing mark after 늘고 있다 is missing; the next quote still pairs.
    const spans = topLevelSpans('업계 관계자는 "수요가 늘고 있다며 "공급이 따라가지 못한다"고 말했다.');
    expect(spans.map((s) => s.inner)).toEqual(['공급이 따라가지 못한다']);
  });

  it('opens an ASCII quote after the punctuation a headline puts between phrases', () => {
    expect(topLevelSpans(`'영원한 25살' 아스트로 문빈 사망…"사실 많이 힘들었다"`).map((s) => s.inner)).toEqual(['영원한 25살', '사실 많이 힘들었다']);
  });
});

describe('speakers before and after the quote', () => {
  it('finds the speaker before the quote and carries it over 이어', () => {
    expect(quotes(['김영수 디지틀조선일보 대표는 환영사에서 “데이터가 중요하다”며 “협력하겠다”고 평가했다. 이어 “함께 가자”고 말했다.'])).toEqual([
      { text: '데이터가 중요하다', name: '김영수', role: '디지틀조선일보 대표', cue: '평가했다', location: 'body' },
      { text: '협력하겠다', name: '김영수', role: '디지틀조선일보 대표', cue: '평가했다', location: 'body' },
      { text: '함께 가자', name: '김영수', role: '디지틀조선일보 대표', cue: '말했다', location: 'body' },
    ]);
  });

  it('finds the speaker after the quote, even with the ending glued to the mark', () => {
    expect(who(['“규제를 풀어야 한다”라고 박지훈 한국경제연구원 연구위원은 말했다.'])).toEqual([['규제를 풀어야 한다', '박지훈', '한국경제연구원 연구위원']]);
    expect(who(['“이번 결정은 매우 유감스럽다”고 유승민 전 의원은 말했다.'])).toEqual([['이번 결정은 매우 유감스럽다', '유승민', '전 의원']]);
  });

  it('reads the role on either side of the name', () => {
    expect(
      who([
        'NIPA의 허성욱 원장은 “지원하겠다”고 말했다.',
        '이재명 더불어민주당 대표는 “민생이 우선”이라고 말했다.',
        '국민의힘 한동훈 대표는 “책임지겠다”고 말했다.',
        '배우 장근석은 “연기가 즐겁다”고 말했다.',
      ]),
    ).toEqual([
      ['지원하겠다', '허성욱', 'NIPA 원장'],
      ['민생이 우선', '이재명', '더불어민주당 대표'],
      ['책임지겠다', '한동훈', '국민의힘 대표'],
      ['연기가 즐겁다', '장근석', '배우'],
    ]);
  });

  it('reads foreign names with their country as the organization', () => {
    const got = quotes([
      '도널드 트럼프 미국 대통령은 이날 백악관에서 “관세를 올리겠다”고 말했다.',
      '조 바이든 대통령은 “민주주의가 위협받고 있다”고 강조했다.',
      '이 병원 신생아 중환자실 책임자인 파비오 모스카 교수는 “아기는 건강하다”고 했다. 모스카 교수는 “입양을 준비하겠다”고 덧붙였다.',
    ]);
    expect(got.map((q) => [q.name, q.role])).toEqual([
      ['도널드 트럼프', '미국 대통령'],
      ['조 바이든', '대통령'],
      ['파비오 모스카', '교수'],
      ['파비오 모스카', '교수'],
    ]);
  });

  it('reads people named with 씨, 군 and 양, their age set aside', () => {
    expect(
      who([
        '서울 마포구에 사는 직장인 김모(34)씨는 “점심값이 만 원을 넘은 지 오래”라고 말했다.',
        '김씨는 “이제는 도시락을 싸서 다닌다”고 덧붙였다.',
        '서울의 한 초등학교에 다니는 이모(12)군은 “학교가 재밌다”고 했다.',
        '피해 학생 박모 양은 “무서웠다”고 털어놨다.',
      ]),
    ).toEqual([
      ['점심값이 만 원을 넘은 지 오래', '김모', '직장인'],
      ['이제는 도시락을 싸서 다닌다', '김모', '직장인'],
      ['학교가 재밌다', '이모', null],
      ['무서웠다', '박모', '학생'],
    ]);
  });
});

describe('unnamed sources and organizations', () => {
  it('gives unnamed sources no name and the role as written, without the determiner', () => {
    expect(
      who([
        '업계 관계자는 “수요가 늘고 있다”고 전했다.',
        '한 관계자는 “아직 모른다”고 말했다.',
        '정부 고위 당국자는 “협상이 막바지 단계”라고 전했다.',
        '경찰의 한 관계자는 “CCTV를 분석하고 있다”고 밝혔다.',
        '국민의힘 한 중진 의원은 “변화가 필요하다”고 말했다.',
      ]),
    ).toEqual([
      ['수요가 늘고 있다', null, '업계 관계자'],
      ['아직 모른다', null, '관계자'],
      ['협상이 막바지 단계', null, '정부 고위 당국자'],
      ['CCTV를 분석하고 있다', null, '경찰 관계자'],
      ['변화가 필요하다', null, '국민의힘 중진 의원'],
    ]);
  });

  it('resolves 이 관계자 and a bare title to the unnamed source before', () => {
    expect(
      who([
        '대통령실 고위 관계자는 “협의가 진행 중”이라고 말했다.',
        '한편 정부는 대책을 발표했다.',
        '고위 관계자는 “즉각 대응하겠다”고 설명했다. 이 관계자는 “곧 발표할 것”이라고 덧붙였다.',
      ]),
    ).toEqual([
      ['협의가 진행 중', null, '대통령실 고위 관계자'],
      ['즉각 대응하겠다', null, '대통령실 고위 관계자'],
      ['곧 발표할 것', null, '대통령실 고위 관계자'],
    ]);
  });

  it('lets organizations speak: name null, the organization set', () => {
    const got = parseArticle(
      [
        '반도체 업황 회복 기대',
        '삼성전자는 30일 실적 발표에서 “하반기 반도체 수요가 회복될 것”이라고 밝혔다.',
        '국방부는 이날 “북한의 도발에 단호히 대응하겠다”고 밝혔다.',
        '한국철도공사(이하 코레일)는 사과문을 냈다. 코레일은 “객실 혼잡도 관리에 힘쓰겠다”고 밝혔다.',
        '방탄소년단(BTS) 소속사 하이브는 “사실이 아니다”라고 밝혔다.',
        '아이유 소속사 측에서는 “투기 목적이 아니”라고 반박했다.',
      ].join('\n'),
      { format: 'text' },
    ).quotes.map((q) => [q.text, q.speaker]);
    expect(got).toEqual([
      ['하반기 반도체 수요가 회복될 것', { name: null, role: '삼성전자', organization: '삼성전자', title: null, kind: 'organization' }],
      ['북한의 도발에 단호히 대응하겠다', { name: null, role: '국방부', organization: '국방부', title: null, kind: 'organization' }],
      ['객실 혼잡도 관리에 힘쓰겠다', { name: null, role: '코레일', organization: '코레일', title: null, kind: 'organization' }],
      ['사실이 아니다', { name: null, role: '방탄소년단 소속사 하이브', organization: '방탄소년단 소속사 하이브', title: null, kind: 'organization' }],
      ['투기 목적이 아니', { name: null, role: '아이유 소속사 측', organization: '아이유 소속사', title: null, kind: 'anonymous' }],
    ]);
  });
});

describe('coreference across the article', () => {
  it('resolves surname + title, title alone and pronouns to the person first introduced', () => {
    expect(
      who([
        '윤관석 더불어민주당 의원은 “대단히 오만한 변명”이라고 비판했다.',
        '한편 정부는 대책을 발표했다.',
        '윤 의원은 “사과해야 한다”고 말했다. 그는 “책임을 물을 것”이라고 덧붙였다.',
        '김영호 통일부 장관은 “대화의 문은 열려 있다”고 말했다. 장관은 “북한이 호응해야 한다”고 강조했다.',
      ]),
    ).toEqual([
      ['대단히 오만한 변명', '윤관석', '더불어민주당 의원'],
      ['사과해야 한다', '윤관석', '더불어민주당 의원'],
      ['책임을 물을 것', '윤관석', '더불어민주당 의원'],
      ['대화의 문은 열려 있다', '김영호', '통일부 장관'],
      ['북한이 호응해야 한다', '김영호', '통일부 장관'],
    ]);
  });

  it('tells the surnames 이 and 한 from the words this and one', () => {
    expect(
      who([
        '한덕수 국무총리는 “오해”라고 말했다. 한 총리는 “곡해하지 말라”고 했다.',
        '한 관계자는 “모르겠다”고 말했다.',
        '이재명 더불어민주당 대선 후보는 “통합”을 말했다. 이 후보는 “왜 싸우나”라고 했다.',
      ]),
    ).toEqual([
      ['오해', '한덕수', '국무총리'],
      ['곡해하지 말라', '한덕수', '국무총리'],
      ['모르겠다', null, '관계자'],
      ['왜 싸우나', '이재명', '더불어민주당 대선 후보'],
    ]);
  });

  it('keeps 전 and the full title when a short form refers back (김 전 총리, 최 부총리)', () => {
    expect(
      who([
        '김민석 전 국무총리 측과 정청래 전 대표 측이 만났다.',
        '김 전 총리는 “전통을 존중해야 한다”고 했다. 정 전 대표는 “아프다”고 했다.',
        '최상목 경제부총리 겸 기획재정부 장관은 “경기 회복이 최우선”이라고 말했다. 최 부총리는 “재정을 조기 집행하겠다”고 했다.',
      ]),
    ).toEqual([
      ['전통을 존중해야 한다', '김민석', '전 국무총리'],
      ['아프다', '정청래', '전 대표'],
      ['경기 회복이 최우선', '최상목', '경제부총리 겸 기획재정부 장관'],
      ['재정을 조기 집행하겠다', '최상목', '경제부총리 겸 기획재정부 장관'],
    ]);
  });

  it('does not give a later namesake to an earlier short form', () => {
    // `김 차장` is 김태효: 김민수 차장 is only named afterwards.
    expect(who(['김태효 국가안보실 1차장이 브리핑했다.', '김 차장은 “회담이 기대된다”고 말했다.', '김민수 외교부 차장은 “준비됐다”고 말했다.']).map((q) => q[1])).toEqual(['김태효', '김민수']);
  });

  it('continues the previous speaker in a sentence with no subject, not a person named in a clause', () => {
    expect(
      who([
        '이재명 더불어민주당 대선 후보는 “정치 보복은 없다”고 했다.',
        '김상욱 무소속 의원이 이날 이 후보 지지 의사를 표명한 데 대해 “우리 당으로 입당해서 함께 했으면 좋겠다”고 화답했다.',
      ]).map((q) => q[1]),
    ).toEqual(['이재명', '이재명']);
  });

  it('does not take a reporter of the byline, or any named person, for a bare 기자', () => {
    expect(who(['김동원 기자가 현장을 찾았다.', '기자가 “언제 끝나느냐”고 묻자 한 주민은 “모른다”고 답했다.'])).toEqual([
      ['언제 끝나느냐', null, '기자'],
      ['모른다', null, '주민'],
    ]);
  });

  it('leaves a pronoun with no one to point to unknown, never a group', () => {
    expect(who(['여러 분야 인사들이 참석해 의견을 나눴다.', '그녀는 “행복하다”고 말했다.'])).toEqual([['행복하다', null, null]]);
  });
});

describe('questions', () => {
  it('gives a question to whoever asked it and the answer to whoever answered', () => {
    expect(who(['기자협회가 이해찬 더불어민주당 대표에게 사과를 촉구했다.', '이 대표는 “계획이 있느냐”고 묻는 한 통신사 기자를 쏘아보며 “나쁜 자식”이라고 말했다.'])).toEqual([
      ['계획이 있느냐', null, '통신사 기자'],
      ['나쁜 자식', '이해찬', '더불어민주당 대표'],
    ]);
    expect(who(['도널드 트럼프 미국 대통령이 기자회견을 열었다.', '“협상할 의향이 있느냐”는 기자의 질문에 트럼프 대통령은 “들어보겠다”고 답했다.'])).toEqual([
      ['협상할 의향이 있느냐', null, '기자'],
      ['들어보겠다', '도널드 트럼프', '미국 대통령'],
    ]);
    expect(who(['기자가 “사퇴할 생각이 있느냐”고 묻자 한덕수 국무총리는 “그럴 생각이 없다”고 답했다.'])).toEqual([
      ['사퇴할 생각이 있느냐', null, '기자'],
      ['그럴 생각이 없다', '한덕수', '국무총리'],
    ]);
  });
});

describe('speech or not', () => {
  it('does not report titles, slogans, campaigns, coined terms and scare quotes as speech', () => {
    expect(
      quotes([
        '행사는 ‘의료 AI, 초거대 가운을 입다’는 주제로 열렸다.',
        '정부는 “함께 가는 사회”라는 슬로건을 내걸었다.',
        '회사는 “착한 가격” 캠페인을 시작했다.',
        '그는 ‘잘 될 것’이라고 말했다.',
        '이른바 “검수완박” 법안을 둘러싼 논란이 이어졌다.',
        '코레일은 “탑승 거부”가 아닌 “미탑승 상황”에 대해 고개를 숙였다.',
        '출생증명서에는 “이름을 밝히지 않은 여성에게서 태어났다”는 문구가 실린다.',
        '글 말미에는 “mama(엄마)”라는 서명이 남겨져 있었다.',
        '올해는 “기후위기”라는 말이 유행했다.',
      ]),
    ).toEqual([]);
    // The same ending after a sentence is what someone said.
    expect(who(['정부 안에서 “사퇴해야 한다”라는 말이 나왔다.']).map((q) => q[0])).toEqual(['사퇴해야 한다']);
  });

  it('counts partial quotes and quoted writing', () => {
    expect(
      who([
        '김철수 국토교통부 장관은 “시장 안정이 우선”이라는 입장이다.',
        '강훈식 민주당 수석대변인이 기자의 소속 언론사에 전화해 “송구하다”는 뜻을 전했다.',
        '역무원은 조 씨에게 “휠체어는 승차할 수 없다”라는 말을 전했다.',
      ]),
    ).toEqual([
      ['시장 안정이 우선', '김철수', '국토교통부 장관'],
      ['송구하다', '강훈식', '민주당 수석대변인'],
      ['휠체어는 승차할 수 없다', null, '역무원'],
    ]);
    // A letter the mother left: its words are hers, through the focus.
    expect(who(['병원에는 친모가 놓고 간 편지 한 장이 남아 있었다.', '편지는 “안녕하세요. 제 이름은 에네아입니다”로 시작한다.'])).toEqual([
      ['안녕하세요. 제 이름은 에네아입니다', null, '친모'],
    ]);
  });

  it('keeps a quote that runs over several sentences whole', () => {
    expect(who(['손제이는 “지난해에 이어 올해도 행복하다. 더 열심히 하겠다. 계속 우승하겠다”고 말했다. 손제이는 경기를 마쳤다.'])).toEqual([
      ['지난해에 이어 올해도 행복하다. 더 열심히 하겠다. 계속 우승하겠다', '손제이', null],
    ]);
  });
});

describe('headline and deck quotes', () => {
  const title = (text: string, location: 'headline' | 'subheading' = 'headline'): QuoteSource => ({ text, location, paragraphIndex: null });

  it('gives headline and deck quotes a location and a speaker named beside them', () => {
    expect(
      quotes(['허성욱 NIPA 원장은 “지원하겠다”고 말했다.'], [title('“의료 AI, 초거대 가운을 입다”… AWC 2024 개막'), title('허성욱 NIPA 원장 “초거대 AI 활용 지원할 것”', 'subheading')]).map((q) => [
        q.text,
        q.name,
        q.location,
      ]),
    ).toEqual([
      ['초거대 AI 활용 지원할 것', '허성욱', 'subheading'],
      ['지원하겠다', '허성욱', 'body'],
    ]);
  });

  it('reads the speaker before each headline quote, or after a saying verb at the end', () => {
    expect(
      who(['이해찬 더불어민주당 대표는 “나쁜 자식”이라고 말했다.', '한국기자협회는 “사과하라”고 촉구했다.'], [title('이해찬 "나쁜 자식"에…기자협회 "기자 비하 발언 사과해야"')]),
    ).toEqual([
      ['나쁜 자식', '이해찬', '더불어민주당 대표'],
      ['기자 비하 발언 사과해야', null, '한국기자협회'],
      ['나쁜 자식', '이해찬', '더불어민주당 대표'],
      ['사과하라', null, '한국기자협회'],
    ]);
    expect(who(['현대건설 관계자는 “최선을 다하고 있다”고 말했다.'], [title('“극한 환경 속에서도 최선 다하고 있다”…공기 지연에 입장 밝힌 현대건설')])[0]).toEqual([
      '극한 환경 속에서도 최선 다하고 있다',
      null,
      '현대건설',
    ]);
  });

  it('takes no generic title or markup for a headline speaker', () => {
    expect(who(['정부는 대책을 발표했다.'], [title('기자 “가<p>”')])).toEqual([]);
    expect(who(['정부는 대책을 발표했다.'], [title('기자 “현장은 혼란”')])).toEqual([]);
  });

  it('gives the body first quotes with no subject to the person the headline names', () => {
    expect(who(['김지수 작가를 서울의 한 카페에서 만났다.', '“처음 글을 쓴 건 스무 살 때였어요. 그때는 살기 위해 썼죠.”'], [title('[인터뷰] 김지수 작가 “글쓰기는 나를 구한 일”')])).toEqual([
      ['글쓰기는 나를 구한 일', '김지수', '작가'],
      ['처음 글을 쓴 건 스무 살 때였어요. 그때는 살기 위해 썼죠.', '김지수', '작가'],
    ]);
  });
});
