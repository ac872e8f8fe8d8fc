import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { angleQuote, bracketQuote, inlineLabelled, interviewLabel, nameLine, parseLabel, transcriptTurn, unquote } from '../../src/extract/quotes/broadcast.js';

/** The quotes of a dev-set article (headline line, then body lines), as text. */
function devQuotes(name: string) {
  const text = readFileSync(`fixtures/quotes/${name}.txt`, 'utf8');
  return parseArticle(text, { format: 'text' }).quotes.map((q) => ({ text: q.text, name: q.speaker?.name ?? null, role: q.speaker?.role ?? null, location: q.location }));
}

describe('broadcast labels, line by line', () => {
  it('reads 이름 / 직책 labels, masked and foreign names included', () => {
    expect(parseLabel('강초 / 부산 금정구')).toEqual({ name: '강초', role: '부산 금정구' });
    expect(parseLabel("유○○/'배후' 추정 자산가")).toEqual({ name: '유○○', role: "'배후' 추정 자산가" });
    expect(parseLabel("마우리치오 푸가티 / 트렌토시 시장('jj4 포획' 기자회견)")).toEqual({ name: '마우리치오 푸가티', role: '트렌토시 시장' });
    expect(parseLabel('방송에서 이렇게 말했다. / 그리고')).toBeNull();
  });

  it('reads a KBS bracket soundbite', () => {
    expect(bracketQuote('[구병삼/통일부 대변인 : "북측 구간에서의 통신선 이상 가능성이나 이런 것들을 포함해서 상황을 좀 지켜보도록 하겠습니다."]')).toEqual({
      label: { name: '구병삼', role: '통일부 대변인' },
      words: '북측 구간에서의 통신선 이상 가능성이나 이런 것들을 포함해서 상황을 좀 지켜보도록 하겠습니다.',
    });
    expect(bracketQuote('[앵커]')).toBeNull();
  });

  it('reads a Yonhap News TV angle-bracket soundbite', () => {
    expect(angleQuote('<미켈라 빅토리아 브람빌라/ 이탈리아 동물보호 활동가> "제발 호소합니다."')).toEqual({
      label: { name: '미켈라 빅토리아 브람빌라', role: '이탈리아 동물보호 활동가' },
      words: '제발 호소합니다.',
    });
  });

  it('reads an MBN interview label and the dashed quote under it', () => {
    expect(interviewLabel('▶ 인터뷰 : 김영호 / 롯데마트 대리')).toEqual({ name: '김영호', role: '롯데마트 대리' });
    expect(interviewLabel('▶ 스탠딩 : 장가희 / 기자')).toEqual({ name: '장가희', role: '기자' });
    expect(unquote('-"물가가 전반적으로 너무나 많이 올랐기 때문에."')).toBe('물가가 전반적으로 너무나 많이 올랐기 때문에.');
    expect(unquote('- "엑스포 유치로 부산 경제가 꼭 살아났으면 하는 바람을….')).toBe('엑스포 유치로 부산 경제가 꼭 살아났으면 하는 바람을….');
  });

  it('reads a TV Chosun name line, but not a sentence with a slash', () => {
    expect(nameLine('토드 블란취 / 트럼프 변호사')).toEqual({ name: '토드 블란취', role: '트럼프 변호사' });
    expect(nameLine('수출은 늘었다 / 수입은 줄었다.')).toBeNull();
    expect(nameLine('서울 / 연합뉴스')).toBeNull();
    expect(nameLine('정부는 이날 / 발표했다')).toBeNull();
  });

  it('reads a label and its words joined on one line, as a page with <br> breaks gives them', () => {
    expect(inlineLabelled('토드 블란취 / 트럼프 변호사 "검사들이 정치적 문제를 정치적 기소로 바꿨습니다."')).toEqual({
      label: { name: '토드 블란취', role: '트럼프 변호사' },
      words: '검사들이 정치적 문제를 정치적 기소로 바꿨습니다.',
    });
    expect(inlineLabelled('▶ 인터뷰 : 강초 / 부산 금정구 - "유치됐으면 좋겠습니다."')).toEqual({ label: { name: '강초', role: '부산 금정구' }, words: '유치됐으면 좋겠습니다.' });
    expect(inlineLabelled('김 의원은 “찬성한다”고 말했다.')).toBeNull();
    expect(inlineLabelled('수출 / 수입 비율은 “개선됐다”고 정부는 밝혔다.')).toBeNull();
  });

  it('reads marked transcript turns and skips the metadata lines', () => {
    const known = (name: string) => name === '김태현';
    expect(transcriptTurn('▷김태현 : 네.', known)).toEqual({ label: { name: '김태현', role: null }, words: '네.' });
    expect(transcriptTurn('김태현 : 그래요?', known)).toEqual({ label: { name: '김태현', role: null }, words: '그래요?' });
    expect(transcriptTurn('■ 진행 : 김태현 변호사', known)).toBeNull();
    expect(transcriptTurn('박아무개 : 모르는 사람', known)).toBeNull();
  });
});

describe('broadcast speech in the corpus pages', () => {
  it('KBS: [이름/직책 : "…"] soundbites', () => {
    expect(devQuotes('kbs-7646024')).toEqual([
      { text: '상황 지켜볼 것', name: null, role: '정부', location: 'headline' },
      { text: '북측 구간에서의 통신선 이상 가능성이나 이런 것들을 포함해서 상황을 좀 지켜보도록 하겠습니다.', name: '구병삼', role: '통일부 대변인', location: 'body' },
      {
        text: '남북 간의 통신선이 중단됐을 경우, 혹시나 우발적인 충돌이 있을 때 이것을 확산을 방지하거나 재발 방지, 이런 부분에 대해서 상당 부분 문제점이 있기 때문에….',
        name: '양무진',
        role: '북한대학원대학교 교수',
        location: 'body',
      },
    ]);
  });

  it('MBN: ▶ 인터뷰 : 이름 / 소속 and the - "…" line', () => {
    const got = devQuotes('mbn-4917663').filter((q) => q.name);
    expect(got).toEqual([
      { text: '저희가 응원을 많이 해서 (엑스포가) 유치됐으면 좋겠습니다.', name: '강초', role: '부산 금정구', location: 'body' },
      { text: '엑스포 유치로 부산 경제가 꼭 살아났으면 하는 바람을….', name: '신영호', role: '부산 기장군', location: 'body' },
    ]);
  });

  it('TV Chosun: 이름 / 소속 on one line, the words on the next', () => {
    expect(devQuotes('tvchosun-2023040590016')).toEqual([
      { text: '검사들이 정치적 문제를 정치적 기소로 바꿨습니다. 실망스러운 날입니다.', name: '토드 블란취', role: '트럼프 변호사', location: 'body' },
      { text: '선거가 가까워 지고 있습니다. 민주당이 트럼프를 압박하지만 결국 승리할 것입니다', name: '슬리커 로빈슨', role: '트럼프 지지자', location: 'body' },
      { text: '법의 통치를 믿습니다. 트럼프도 법앞에선 평등해야 합니다', name: '그레고리 윌리엄스', role: '뉴욕 시민', location: 'body' },
    ]);
  });

  it('Yonhap News TV: <이름 / 직책> "…"', () => {
    expect(devQuotes('yonhapnewstv-MYH20230420001700032').map((q) => [q.name, q.role])).toEqual([
      ['마우리치오 푸가티', '트렌토시 시장'],
      ['미켈라 빅토리아 브람빌라', '이탈리아 동물보호 활동가'],
    ]);
  });

  it('SBS radio: every ▷/▶ turn, with the roles of the ■ lines, and the quotes inside the turns', () => {
    const got = devQuotes('sbs-N1007161671');
    expect(got.filter((q) => q.location === 'body')).toHaveLength(42);
    expect(got[0]).toEqual({ text: '러시아의 경제보복? 약소국이 강대국 제재하나', name: '김현욱', role: '국립외교원 미주연구부장', location: 'headline' });
    expect(got.slice(1, 4).map((q) => [q.text.slice(0, 12), q.name, q.role])).toEqual([
      ['오늘 사안이 급박해서 ', '김태현', '변호사'],
      ['우크라이나에 대한 군사', '윤석열', '대통령'],
      ['안녕하세요.', '김현욱', '국립외교원 미주연구부장'],
    ]);
    expect(got.find((q) => q.text.startsWith('한국이 우크라이나에 무기를'))).toMatchObject({ name: null, role: '러시아 외무부' });
    expect(got.filter((q) => q.text === '네.').map((q) => q.name)).toEqual(Array(7).fill('김태현'));
  });
});
