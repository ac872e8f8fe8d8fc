import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseArticle } from '../../src/index.js';

describe('quote pipeline robustness', () => {
  it('never throws and always returns a valid article on text full of quote marks, names and titles', () => {
    const piece = fc.constantFrom(
      '“', '”', '"', "'", '‘', '’', '「', '」', '『', '』', '《', '》', '<', '>', '[', ']', '/', ':', '▶', '▷', '-', '…', '·', '(', ')',
      '김철수', '허성욱', ' 원장은 ', ' 관계자는 ', '한 ', '이 ', '그는 ', ' 씨는 ', '국방부는 ', '라며 ', '고 말했다.', '냐고 묻자 ',
      '이라는 ', ' 캠페인', '\n', ' ', '. ', '인터뷰 : ', '이름 / 소속', '파비오 모스카 ', ' 교수는 ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const text = `제목 “${pieces.slice(0, 5).join('')}”\n${pieces.join('')}`;
        const article = parseArticle(text, { format: 'text' });
        expect(ArticleSchema.safeParse(article).success).toBe(true);
        for (const q of article.quotes) expect(q.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on a paragraph of thousands of stray and nested marks', () => {
    const hostile = [
      '“'.repeat(20_000),
      '"'.repeat(20_000),
      '“‘'.repeat(10_000) + '’”'.repeat(10_000),
      '김철수 원장은 “가'.repeat(5_000),
      '▷김태현 : '.repeat(5_000),
      ('한 관계자는 “그렇다”며 ' + '이 관계자는 ').repeat(3_000),
    ];
    for (const body of hostile) {
      const started = performance.now();
      const article = parseArticle(`제목입니다\n${body}`, { format: 'text' });
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });

  it('reads a paragraph of 60,000 characters in pieces: its quotes and speakers are found, the paragraph stays whole', () => {
    const filler = '시장은 조용했다 그리고 거래는 이어졌다 '.repeat(2500);
    const text = `긴 문단 기사\n${filler}김철수 NIPA 원장은 “끝까지 읽었다”고 말했다. ${filler}박영희 교수는 “마지막 말”이라고 밝혔다.`;
    const article = parseArticle(text, { format: 'text' });
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]?.length).toBeGreaterThan(60_000);
    expect(article.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.role])).toEqual([
      ['끝까지 읽었다', '김철수', 'NIPA 원장'],
      ['마지막 말', '박영희', '교수'],
    ]);
  });
});
