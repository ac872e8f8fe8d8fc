import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

describe('text layout', () => {
  it('reads a bare headline followed by body text', () => {
    const a = parseArticle('정부, 내년 예산 640조 편성\n\n정부가 내년 예산안을 640조원 규모로 편성했다고 13일 밝혔다. 올해보다 3% 늘었다.');
    expect(a.headline).toBe('정부, 내년 예산 640조 편성');
    expect(a.section).toBeNull();
    expect(a.paragraphs).toEqual(['정부가 내년 예산안을 640조원 규모로 편성했다고 13일 밝혔다. 올해보다 3% 늘었다.']);
  });

  it('takes the last crumb of a breadcrumb as the section and keeps [단독] in the headline', () => {
    const a = parseArticle(
      ['뉴스 > 정치', '[단독] 여야, 특검법 합의 임박', '입력 2024.06.13 14:36 | 수정 2024.06.13 15:01', '홍길동 기자', '여야가 특검법 처리에 합의할 것으로 알려졌다. 국회는 다음 주 본회의를 연다.'].join('\n'),
    );
    expect(a.section).toBe('정치');
    expect(a.headline).toBe('[단독] 여야, 특검법 합의 임박');
    expect(a.publishedAt).toBe('2024-06-13T14:36:00+09:00');
    expect(a.modifiedAt).toBe('2024-06-13T15:01:00+09:00');
    expect(a.bylines).toEqual([{ name: '홍길동', title: '기자', email: null }]);
  });

  it('reads an agency dateline into bylines and strips it from the paragraph', () => {
    const a = parseArticle('美 연준, 기준금리 동결\n(워싱턴=연합뉴스) 홍길동 특파원 = 미국 연방준비제도가 기준금리를 동결했다. 시장은 안도했다.\n(끝)');
    expect(a.bylines).toEqual([{ name: '홍길동', title: '특파원', email: null }]);
    expect(a.paragraphs).toEqual(['미국 연방준비제도가 기준금리를 동결했다. 시장은 안도했다.']);
  });

  it('drops copyright lines, share labels and trailing lists', () => {
    const a = parseArticle(
      [
        '제목이 여기 있다',
        '첫 문단은 충분히 길어서 본문으로 읽혀야 하는 문장이다. 두 번째 문장도 있다.',
        '페이스북 트위터 카카오톡',
        '홍길동 기자 hong@example.co.kr',
        '<저작권자 ⓒ 예시일보, 무단전재 및 재배포 금지>',
        '많이 본 뉴스',
        '다른 기사 제목 하나',
        '다른 기사 제목 둘',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual(['첫 문단은 충분히 길어서 본문으로 읽혀야 하는 문장이다. 두 번째 문장도 있다.']);
    expect(a.bylines).toEqual([{ name: '홍길동', title: '기자', email: 'hong@example.co.kr' }]);
  });

  it('joins hard-wrapped paragraphs', () => {
    const line = '가나다라마바사아자차카타파하 가나다라마바사아자차카타파하 가나다라마바사';
    const text = ['제목 줄입니다 충분히', '', line, line, `${line} 끝났다.`, '', line, line, `${line} 끝났다.`, '', line, `${line} 끝났다.`].join('\n');
    const a = parseArticle(text);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]).toBe(`${line} ${line} ${line} 끝났다.`);
  });
});
