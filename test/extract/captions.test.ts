import { describe, expect, it } from 'vitest';
import { dedupeCaptions, isCaptionLine, splitCaption } from '../../src/extract/captions.js';

describe('splitCaption', () => {
  it.each([
    ['▲ 행사 참석자들이 기념촬영을 하고 있다. /김동원 기자', '행사 참석자들이 기념촬영을 하고 있다.', '김동원 기자'],
    ['• 초거대 AI와 의료를 주제로 한 행사가 열렸다. /김동원 기자', '초거대 AI와 의료를 주제로 한 행사가 열렸다.', '김동원 기자'],
    ['【사진】 서울 광화문 광장의 모습', '서울 광화문 광장의 모습', null],
    ['윤석열 대통령이 연설하고 있다. [사진=대통령실 제공]', '윤석열 대통령이 연설하고 있다.', '대통령실 제공'],
    ['후보가 유세하고 있다. [사진 출처 = OO 캠프]', '후보가 유세하고 있다.', 'OO 캠프'],
    ['시민들이 걷고 있다. (사진=뉴시스DB)', '시민들이 걷고 있다.', '뉴시스DB'],
    ['공장 전경 [삼성전자 제공. 재판매 및 DB 금지]', '공장 전경', '삼성전자 제공'],
    ['국회 본회의장 (공동취재사진)', '국회 본회의장', '공동취재사진'],
    ['수상자들이 기념촬영을 하고 있다. /사진=홍길동 기자', '수상자들이 기념촬영을 하고 있다.', '홍길동 기자'],
    ['시장 풍경 /연합뉴스', '시장 풍경', '연합뉴스'],
    ['사진제공 : 연합뉴스', '', '연합뉴스'],
  ])('%s', (line, text, credit) => {
    const parts = splitCaption(line);
    expect(parts.text).toBe(text);
    expect(parts.credit).toBe(credit);
  });

  it('drops the photo desk date and e-mail of agency captions', () => {
    expect(splitCaption('▲ 시민들이 우산을 쓰고 걷고 있다. 2024.6.13 photo@yna.co.kr')).toMatchObject({
      text: '시민들이 우산을 쓰고 걷고 있다.',
    });
  });

  it('takes a bare trailing credit only where markup said caption', () => {
    expect(splitCaption('신축 아파트 단지 전경. 한국토지주택공사 제공', true).credit).toBe('한국토지주택공사 제공');
    expect(splitCaption('신축 아파트 단지 전경. 한국토지주택공사 제공').credit).toBeNull();
  });
});

describe('isCaptionLine', () => {
  it('accepts marked captions and credited bullets', () => {
    expect(isCaptionLine('▲ 행사 참석자들이 기념촬영을 하고 있다.')).toBe(true);
    expect(isCaptionLine('• 참석자들이 박수를 치고 있다. /김동원 기자')).toBe(true);
    expect(isCaptionLine('시민들이 걷고 있다. (사진=뉴시스DB)')).toBe(true);
  });

  it('rejects ▲ used as inline list bullets, and uncredited bullets', () => {
    expect(isCaptionLine('정부는 ▲가격 표시 ▲원산지 확인 ▲위생 점검을 강화한다.')).toBe(false);
    expect(isCaptionLine('• 첫째, 예산을 늘린다.')).toBe(false);
    expect(isCaptionLine('의료 분야에서 생성형 AI 활용을 논의할 수 있는 자리가 마련됐다.')).toBe(false);
  });
});

describe('dedupeCaptions', () => {
  it('keeps one caption per photo, with the credit and image either copy had', () => {
    const out = dedupeCaptions([
      { text: '참석자들이 박수를 치고 있다.', credit: null, imageUrl: 'https://x.kr/1.jpg' },
      { text: '참석자들이 박수를 치고 있다.', credit: '김동원 기자', imageUrl: null },
      { text: '다른 사진', credit: null, imageUrl: null },
    ]);
    expect(out).toEqual([
      { text: '참석자들이 박수를 치고 있다.', credit: '김동원 기자', imageUrl: 'https://x.kr/1.jpg' },
      { text: '다른 사진', credit: null, imageUrl: null },
    ]);
  });
});
