import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isSafe } from 'redos-detector';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseArticle } from '../../src/index.js';

// The files of the quote pipeline whose regular expressions are checked for backtracking.
const FILES = [
  'src/extract/quotes/body.ts',
  'src/extract/quotes/broadcast.ts',
  'src/extract/quotes/index.ts',
  'src/extract/quotes/sentences.ts',
  'src/extract/quotes/spans.ts',
  'src/extract/quotes/speakers.ts',
  'src/extract/quotes/speech.ts',
  'src/extract/quotes/titles.ts',
  'src/extract/roles.ts',
  'src/extract/names.ts',
  'src/extract/people.ts',
  'src/rules/speech.ts',
];

/** The regex literals of a TypeScript source: a `/` where an expression starts, up to its closing `/` and flags. */
function regexLiterals(source: string): RegExp[] {
  const out: RegExp[] = [];
  const starts = /(?:^|[=(,:[!&|?{};]|return)\s*\/(?![/*])/gm;
  for (let m = starts.exec(source); m; m = starts.exec(source)) {
    let i = m.index + m[0].length;
    let inClass = false;
    let body = '';
    for (; i < source.length && source[i] !== '\n'; i += 1) {
      const ch = source[i] as string;
      if (ch === '\\') {
        body += ch + (source[i + 1] ?? '');
        i += 1;
        continue;
      }
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
      body += ch;
    }
    const flags = /^[gimsuy]*/.exec(source.slice(i + 1))?.[0] ?? '';
    if (source[i] === '/') out.push(new RegExp(body, flags));
  }
  return out;
}

describe('quote pipeline robustness', () => {
  it('has no regular expression that can backtrack catastrophically', () => {
    const all = FILES.flatMap((f) => regexLiterals(readFileSync(f, 'utf8')).map((re) => [f, re] as const));
    // The scanner itself must keep finding them: dozens live in these files.
    expect(all.length).toBeGreaterThan(60);
    // A generous timeout: on a busy machine a short one reads as unsafe.
    const unsafe = all.filter(([, re]) => !isSafe(re, { timeout: 20_000 }).safe).map(([f, re]) => `${f}: ${re.source}`);
    expect(unsafe).toEqual([]);
  });

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
});
