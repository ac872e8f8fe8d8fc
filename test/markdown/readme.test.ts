import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

it('gives what the Markdown example of docs/how-it-works.md says', () => {
  const readme = readFileSync('docs/how-it-works.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Markdown input'));
  const md = section.slice(section.indexOf('const md = `') + 'const md = `'.length, section.indexOf('`;'));
  const article = parseArticle(md);
  expect(article.headline).toBe('1분기 출생아 6만명 밑돌아…세종만 늘었다');
  expect(article.publishedAt).toBe('2024-05-22T12:00:00+09:00');
  expect(article.captions).toEqual([
    { text: '세종시 한 산부인과 신생아실에서 간호사가 신생아를 돌보고 있다.', credit: '연합뉴스', imageUrl: 'https://news.example.com/photos/newborn.jpg' },
  ]);
  expect(article.bylines).toEqual([{ name: '김도현', title: '기자', email: 'dohyun@example.co.kr' }]);
  expect(article.quotes[0]).toMatchObject({
    text: '결혼이 늘어난 영향이 출생아 수에 반영되기까지는 시차가 있다',
    speaker: { name: '최정은', role: '통계청 인구동향과장' },
  });
  expect(article.source).toMatchObject({ format: 'markdown', url: 'https://news.example.com/articles/1234' });
});
