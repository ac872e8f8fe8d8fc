/**
 * The extractors `npm run bench` times on the same pages: gisa (the built package, as
 * users get it), htmlparser2's bare `parseDocument` (the parse-only floor: no extractor
 * can read a page without parsing it), and the tools a team would pick instead. Each
 * gets the page as a string and returns what it found for headline and publishedAt.
 */
import { Readability } from '@mozilla/readability';
import { extractFromHtml } from '@extractus/article-extractor';
import { parseDocument } from 'htmlparser2';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { safeParseArticle } from '../../dist/index.js';

/** What an extractor found; null fields when it found nothing or has no such field. */
export interface Found {
  headline: string | null;
  publishedAt: string | null;
}

/** One contender: `run` parses one page; `scored` is false for the floor, which extracts nothing. */
export interface Contender {
  name: string;
  scored: boolean;
  run: (html: string) => Found | Promise<Found>;
}

const NOTHING: Found = { headline: null, publishedAt: null };

/** gisa, the floor, Readability on jsdom and on linkedom, and @extractus/article-extractor. */
export const CONTENDERS: readonly Contender[] = [
  {
    name: 'gisa',
    scored: true,
    run: (html) => {
      const r = safeParseArticle(html);
      return r.success ? { headline: r.data.headline, publishedAt: r.data.publishedAt } : NOTHING;
    },
  },
  {
    name: 'htmlparser2 parseDocument (floor)',
    scored: false,
    run: (html) => {
      parseDocument(html);
      return NOTHING;
    },
  },
  {
    name: 'Readability + jsdom',
    scored: true,
    run: (html) => {
      // A silent console: jsdom reports every stylesheet it cannot parse.
      const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
      try {
        const r = new Readability(dom.window.document).parse();
        return { headline: r?.title ?? null, publishedAt: r?.publishedTime ?? null };
      } finally {
        dom.window.close();
      }
    },
  },
  {
    name: 'Readability + linkedom',
    scored: true,
    run: (html) => {
      const { document } = parseHTML(html);
      const r = new Readability(document as unknown as Document).parse();
      return { headline: r?.title ?? null, publishedAt: r?.publishedTime ?? null };
    },
  },
  {
    name: '@extractus/article-extractor',
    scored: true,
    run: async (html) => {
      const r = await extractFromHtml(html);
      return { headline: r?.title ?? null, publishedAt: r?.published ?? null };
    },
  },
];
