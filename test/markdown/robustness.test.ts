import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, isGisaError, safeParseArticle } from '../../src/index.js';

// Markdown's special characters, Korean text, quote marks, HTML bits and line breaks.
const PIECES = [
  '#', '# ', '## ', '>', '> ', '-', '- ', '* ', '+ ', '1. ', '*', '**', '_', '__', '`', '```', '~~~', '[', ']', '(', ')', '![', '](', '](https://example.com/a.jpg)',
  '<', '>', '</', '<br>', '<p>', '</p>', '<img src="a.jpg" alt="사진">', '<figcaption>', '<!--', '-->', '|', '| --- |', '---', '===', '\\', '&amp;', '&#',
  '\n', '\n\n', '  \n', '    ', '\t', ' ', '가', '정부는', '“', '”', '"', "'", '▲', '/사진=연합뉴스', '홍길동 기자', '2024.06.13 14:36', '입력', 'Title: ', 'URL Source: ', 'Markdown Content:',
];
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''));

describe('Markdown input never breaks the parser', () => {
  it('returns a valid Article or a GisaError for any Markdown-like input', () => {
    fc.assert(
      fc.property(markdownish, (input) => {
        const result = safeParseArticle(input, { format: 'markdown' });
        if (result.success) return ArticleSchema.safeParse(result.data).success;
        return isGisaError(result.error) && result.error.code !== 'INTERNAL';
      }),
      { numRuns: 300 },
    );
  });

  it('handles a crawler page a hundred times over within a few seconds', () => {
    const page = `# 제목입니다 제목입니다\n\n${'[메뉴](https://example.com/) '.repeat(20)}\n\n![사진](https://example.com/a.jpg)\n*▲ 행사 모습 /사진=연합뉴스*\n\n정부는 "대책을 내놓겠다"고 말했다.\n\n`;
    const started = performance.now();
    const result = safeParseArticle(page.repeat(100), { format: 'markdown' });
    expect(result.success).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads a 4 MB Markdown document in bounded time, the tail as plain text', () => {
    const input = '정부가 새 대책을 발표했다. [자세히](https://example.com/a)\n\n'.repeat(60_000);
    const started = performance.now();
    const result = safeParseArticle(input, { format: 'markdown', });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(result.success && result.data.warnings.some((w) => w.code === 'MARKDOWN_READ_AS_TEXT' && w.message.startsWith('Markdown past'))).toBe(true);
  });
});
