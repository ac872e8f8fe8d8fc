import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, GisaError, parseArticle, type Article } from '../../src/index.js';
import { skeleton } from '../../src/util/text.js';

/**
 * Properties every input must satisfy. `FUZZ_RUNS` sets the cases per property
 * (2,000 in `npm test`; `npm run test:fuzz` runs many more).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
// `FUZZ_SEED` replays a failing run with the seed fast-check reported. `npm test` runs a fixed
// seed so CI is repeatable; `npm run test:fuzz` (FUZZ_RUNS set) draws a new seed every run.
// Known open case: FUZZ_SEED=-1722726995 (shuffled markup joins text of several elements
// into one quote, so its words are not one run of the page's text).
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : process.env.FUZZ_RUNS ? {} : { seed: 20261204 };
const TIMEOUT = Math.max(60_000, RUNS * 60);

type Outcome = { article: Article } | { error: GisaError };

function outcome(input: string | Uint8Array): Outcome {
  try {
    return { article: parseArticle(input) };
  } catch (error) {
    if (error instanceof GisaError) return { error };
    throw error;
  }
}

/** Valid Article or GisaError, nothing else; every stamp a real time; quotes come from the input. */
function check(input: string | Uint8Array, source = typeof input === 'string' ? input : ''): void {
  const result = outcome(input);
  if ('error' in result) {
    expect(typeof result.error.code).toBe('string');
    return;
  }
  const { article } = result;
  expect(ArticleSchema.safeParse(article).success).toBe(true);
  for (const iso of [article.publishedAt, article.modifiedAt, ...article.timestamps.map((t) => t.iso)]) {
    if (iso === null) continue;
    expect(Number.isNaN(Date.parse(iso))).toBe(false);
    const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) as RegExpExecArray;
    expect(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDate()).toBe(Number(d));
  }
  if (source) {
    // Read as HTML, a quote's words are the page's text without its tags; read as text
    // (a fragment, shuffled markup), tags are words like any other.
    const haystack = skeleton(source.replace(/<[^<>]{0,2000}>/g, ''));
    const asText = skeleton(source);
    for (const quote of article.quotes) {
      const words = skeleton(quote.text);
      expect(haystack.includes(words) || (article.source.format !== 'html' && asText.includes(words))).toBe(true);
    }
  }
}

const fixtureTexts = [
  readFileSync('fixtures/text/awc-2024-seoul.txt', 'utf8'),
  readFileSync('fixtures/html/mbc-6470713.html', 'utf8'),
  readFileSync('fixtures/html/naver-025-0003017071.html', 'utf8'),
  readFileSync('fixtures/html/zum-49918663.html', 'utf8'),
  readFileSync('fixtures/html/kbs-7646024.html', 'utf8'),
];

// Characters articles and attacks are made of: Hangul, marks, tags, digits, white space.
const ALPHABET = [...'가나다라마홍길동기자입력수정“”‘’"\'「」『』《》<>/=()[]▲△•▶.,!?:;0123456789 \n\t\u00a0\u3000ⓒ'];
const articleish = fc.array(fc.constantFrom(...ALPHABET, '<p>', '</p>', '<div>', '<br>', '2024.06.13 14:36', ' 기자', '”라고 말했다.'), { maxLength: 400 }).map((a) => a.join(''));

/** Mutations of real fixtures: truncated, lines shuffled, marks deleted or doubled, tags unclosed, charsets mislabelled. */
const almostArticle = fc
  .record({
    text: fc.constantFrom(...fixtureTexts),
    cut: fc.double({ min: 0.05, max: 1, noNaN: true }),
    seed: fc.integer(),
    mutation: fc.constantFrom('truncate', 'shuffle', 'drop-marks', 'double-marks', 'unclose-tags', 'euc-kr-as-utf8', 'latin1'),
  })
  .map(({ text, cut, seed, mutation }): { input: string | Uint8Array; source: string } => {
    const input = mutate(text, cut, seed, mutation);
    // Bytes and repaired mojibake are checked against the text they decode to.
    const source = typeof input === 'string' && mutation !== 'latin1' ? input : mutation === 'latin1' ? text.slice(0, Math.max(1, Math.floor(text.length * cut))) : '';
    return { input, source };
  });

function mutate(text: string, cut: number, seed: number, mutation: string): string | Uint8Array {
  {
    const head = text.slice(0, Math.max(1, Math.floor(text.length * cut)));
    const rand = (n: number) => Math.abs((seed * 2654435761) % Math.max(1, n));
    switch (mutation) {
      case 'truncate':
        return head;
      case 'shuffle': {
        const lines = head.split('\n');
        for (let i = lines.length - 1; i > 0; i -= 1) {
          const j = rand(i + 1 + (seed % 7));
          [lines[i], lines[j % (i + 1)]] = [lines[j % (i + 1)] as string, lines[i] as string];
        }
        return lines.join('\n');
      }
      case 'drop-marks':
        return head.replace(/[“”"]/g, (m, i: number) => ((i + seed) % 3 === 0 ? '' : m));
      case 'double-marks':
        return head.replace(/[“”]/g, (m) => m + m);
      case 'unclose-tags':
        return head.replace(/<\/(?:div|p|span|script)>/g, (m, i: number) => ((i + seed) % 2 === 0 ? '' : m));
      case 'euc-kr-as-utf8':
        return new Uint8Array(iconv.encode(head.replace(/charset=[\w-]+/gi, 'charset=utf-8'), 'euc-kr'));
      default:
        return iconv.encode(head, 'euc-kr').toString('latin1');
    }
  }
}

describe('properties', () => {
  it('any string gives a valid Article or a GisaError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => check(s)), { numRuns: RUNS, ...SEED });
  }, TIMEOUT);

  it('any Unicode text made of article parts gives a valid Article or a GisaError', () => {
    fc.assert(fc.property(articleish, (s) => check(s)), { numRuns: RUNS, ...SEED });
  }, TIMEOUT);

  it('any bytes give a valid Article or a GisaError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (b) => check(b)), { numRuns: RUNS, ...SEED });
  }, TIMEOUT);

  it('mutated real articles give a valid Article or a GisaError, quotes from the input', () => {
    fc.assert(
      fc.property(almostArticle, ({ input, source }) => check(input, source)),
      { numRuns: RUNS, ...SEED },
    );
  }, TIMEOUT);

  it('the same input always gives the same output', () => {
    fc.assert(
      fc.property(fc.oneof(articleish, almostArticle.map((a) => a.input)), (input) => {
        const a = outcome(input);
        const b = outcome(input);
        expect(JSON.stringify('article' in b ? b.article : b.error.code)).toBe(JSON.stringify('article' in a ? a.article : a.error.code));
      }),
      { numRuns: RUNS, ...SEED },
    );
  }, TIMEOUT);
});
