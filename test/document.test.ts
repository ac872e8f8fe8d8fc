import { readdirSync, readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { GisaError, parseArticle } from '../src/index.js';

const PAGES = ['fixtures/html', 'fixtures/built'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`),
);

describe('a page parsed already gives the same Article as its HTML', () => {
  it('covers every HTML fixture', () => {
    expect(PAGES.length).toBe(45);
  });

  for (const path of PAGES) {
    it(path, () => {
      const html = readFileSync(path, 'utf8');
      const fromHtml = parseArticle(html);
      // cheerio.load's default parser (parse5), and htmlparser2's DOM as Crawlee hands it over.
      expect(parseArticle(cheerio.load(html))).toEqual(fromHtml);
      expect(parseArticle(parseDocument(html))).toEqual(fromHtml);
    });
  }
});

describe("the caller's document", () => {
  it('is left as it was', () => {
    const html = readFileSync('fixtures/html/donga-58406128.html', 'utf8');
    const $ = cheerio.load(html);
    const before = $.html();
    const root = $.root()[0];
    const firstIndex = root?.children[0]?.startIndex;
    parseArticle($);
    expect($.html()).toBe(before);
    expect(root?.children[0]?.startIndex).toBe(firstIndex);
  });

  it('counts against maxInputBytes', () => {
    const $ = cheerio.load(`<p>${'가'.repeat(2000)}</p>`);
    expect(() => parseArticle($, { maxInputBytes: 1000 })).toThrow(GisaError);
    try {
      parseArticle($, { maxInputBytes: 1000 });
    } catch (error) {
      expect((error as GisaError).code).toBe('INPUT_TOO_LARGE');
    }
  });

  it('is read as HTML, a fragment included', () => {
    const fragment = '<h1>서울시, 새 버스 노선 발표</h1><p>서울시는 13일 새 버스 노선 12개를 발표했다. 노선은 다음 달 1일부터 운행한다.</p>';
    const a = parseArticle(parseDocument(fragment));
    expect(a.source).toEqual({ format: 'html', url: null, siteName: null, adapter: null, charset: null });
    expect(a.headline).toBe('서울시, 새 버스 노선 발표');
    expect({ ...a, source: null }).toEqual({ ...parseArticle(fragment, { format: 'html' }), source: null });
  });
});
