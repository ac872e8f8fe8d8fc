import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../src/index.js';

/**
 * Each Markdown fixture is a corpus page as a crawler or reader service saved it; it must
 * give the same fields as the page itself. Compared: headline, publishedAt (to the
 * minute), captions, bylines and quotes with their speakers.
 */
const key = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
const minute = (iso: string | null) => (iso ? Math.floor(Date.parse(iso) / 60_000) : null);

function fields(a: Article) {
  return {
    headline: a.headline,
    publishedAt: minute(a.publishedAt),
    captions: a.captions.map((c) => key(c.text) + '|' + key(c.credit)).sort(),
    bylines: a.bylines.map((b) => b.name).sort(),
    quotes: a.quotes
      .filter((q) => q.location === 'body')
      .map((q) => `${key(q.text)}|${q.speaker?.name ?? ''}`)
      .sort(),
  };
}

const pairs: Array<[string, string]> = [];
for (const kind of ['crawler', 'reader']) {
  for (const file of readdirSync(`fixtures/markdown/${kind}`).filter((f) => f.endsWith('.md'))) {
    const html = `fixtures/html/${file.replace(/\.md$/, '.html')}`;
    if (existsSync(html)) pairs.push([`fixtures/markdown/${kind}/${file}`, html]);
  }
}

describe.each(pairs)('%s', (md, html) => {
  const fromMarkdown = fields(parseArticle(readFileSync(md, 'utf8')));
  const fromHtml = fields(parseArticle(readFileSync(html)));

  it('gives the same headline and publishedAt as the page', () => {
    expect(fromMarkdown.headline).toBe(fromHtml.headline);
    expect(fromMarkdown.publishedAt).toBe(fromHtml.publishedAt);
  });

  it('gives the same captions, bylines and quotes with speakers', () => {
    expect(fromMarkdown.captions).toEqual(fromHtml.captions);
    expect(fromMarkdown.bylines).toEqual(fromHtml.bylines);
    expect(fromMarkdown.quotes).toEqual(fromHtml.quotes);
  });
});
