import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { describe, expect, it } from 'vitest';
import { defuse, MAX_MARKDOWN_CHARS } from '../../src/markdown/defuse.js';
import { hangulEmphasis, joinBlockLinks } from '../../src/markdown/repair.js';
import { segments } from '../../src/markdown/segment.js';
import { markdownToBlocks } from '../../src/markdown/index.js';

const parse = unified().use(remarkParse).freeze();
/** The block structure of a Markdown document, to compare whole and segmented parses. */
const structure = (markdown: string) =>
  parse.parse(markdown).children.map((n) => ({ type: n.type, text: JSON.stringify(n).replace(/"position":\{[^{}]*\{[^{}]*\}[^{}]*\{[^{}]*\}[^{}]*\}/g, '') }));

describe('defuse', () => {
  it('leaves ordinary Markdown untouched', () => {
    const md = '# 제목\n\n> 인용 **강조** [링크](https://example.com)\n\n- 항목\n  - 하위 항목\n';
    expect(defuse(md)).toEqual({ markdown: md, overflow: '' });
  });

  it('caps container nesting and indentation', () => {
    const { markdown } = defuse(`${'>'.repeat(30)} 깊은 인용\n${' '.repeat(200)}- 깊은 목록\n${'- '.repeat(20)}항목`);
    const [quotes, list, items] = markdown.split('\n') as [string, string, string];
    expect(quotes).toBe('>>>>>>>> 깊은 인용');
    expect(list).toBe('    - 깊은 목록');
    expect(items).toBe('- - - - 항목');
  });

  it('blanks out inline delimiters past the paragraph budget, keeping escapes', () => {
    const { markdown } = defuse(`\\* ${'*a* '.repeat(400)}`);
    expect(markdown.startsWith('\\* *a* ')).toBe(true);
    expect((markdown.match(/\*/g) ?? []).length).toBe(601);
    // A list item starts a new paragraph budget.
    const list = defuse(Array.from({ length: 300 }, (_, i) => `- [항목 ${i}](https://example.com/${i})`).join('\n')).markdown;
    expect((list.match(/\[/g) ?? []).length).toBe(300);
  });

  it('cuts Markdown past its size at a blank line and hands the rest over as text', () => {
    const para = `${'가'.repeat(99)}\n\n`;
    const { markdown, overflow } = defuse(para.repeat(3000));
    expect(markdown.length).toBeLessThanOrEqual(MAX_MARKDOWN_CHARS);
    expect(markdown.endsWith('가')).toBe(true);
    expect(markdown.length + overflow.length).toBe(para.length * 3000);
  });
});

describe('segments', () => {
  it('cuts only where the whole document parses to the same blocks', () => {
    const parts = [
      '# 제목',
      '```js\nconst a = 1;\n\nconst b = 2;\n```',
      '<script>\nvar a = 1;\n\nvar b = 2;\n</script>',
      '- 항목 하나\n\n  이어지는 문단\n- 항목 둘',
      '> 인용 첫 줄\n> 인용 둘째 줄',
      '본문 문단.\n이어지는 줄.',
      '제목 둘\n===',
      '| a | b |\n| --- | --- |\n| 1 | 2 |',
    ];
    const md = Array.from({ length: 200 }, (_, i) => parts[i % parts.length]).join('\n\n');
    const cut = segments(md);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join('\n')).toBe(md);
    expect(cut.flatMap((s) => structure(s))).toEqual(structure(md));
  });
});

describe('joinBlockLinks', () => {
  it('rejoins a link around a thumbnail and a title heading', () => {
    const md = '-   [![썸네일](https://example.com/t.jpg)\n    \n    ### 다른 기사\n    \n    ](https://example.com/2)';
    expect(joinBlockLinks(md)).toBe('-   [![썸네일](https://example.com/t.jpg)\n    다른 기사\n    ](https://example.com/2)');
  });

  it('leaves a bracket without a closing line alone', () => {
    const md = '[단독] 제목\n\n본문\n\n다음 문단';
    expect(joinBlockLinks(md)).toBe(md);
  });
});

describe('hangulEmphasis', () => {
  it('turns underscore emphasis glued to Korean particles into asterisks', () => {
    expect(hangulEmphasis('새 대책을 _발표_했다. __핵심__은 공급이다. snake_case_name')).toBe('새 대책을 *발표*했다. **핵심**은 공급이다. snake_case_name');
  });
});

describe('bounded cost', () => {
  // Each of these took micromark seconds to minutes before the bounds (see defuse, segment).
  const cases: Array<[string, string]> = [
    ['50,000 nested block quotes', `${'>'.repeat(50_000)} a`],
    ['lines nested ever deeper', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')],
    ['8,000 setext headings', 'a\n=\n'.repeat(8000)],
    ['4,000 separate block quotes', '> a\n\n'.repeat(4000)],
    ['100,000 emphasis pairs in one paragraph', '*a* '.repeat(100_000)],
    ['a line of 200,000 brackets', '['.repeat(200_000)],
    ['30,000 link openers', '[a]('.repeat(30_000)],
    ['backtick runs', `${'`'.repeat(50_000)}a${'``'.repeat(20_000)}`],
  ];
  it.each(cases)('%s', (_name, input) => {
    const started = performance.now();
    markdownToBlocks(input);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
