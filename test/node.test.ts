import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { ensureBuilt } from './helpers/build.js';

// The built entry: its worker pool starts dist/cli-worker.js.
type NodeEntry = typeof import('../src/node.js');
let parseMany: NodeEntry['parseMany'];

beforeAll(async () => {
  ensureBuilt();
  ({ parseMany } = (await import('../dist/node.js' as string)) as NodeEntry);
}, 120_000);

const SEED = readFileSync('fixtures/text/awc-2024-seoul.txt', 'utf8');
const SHORT = '서울시, 새 버스 노선 발표\n\n서울시는 13일 새 버스 노선 12개를 발표했다. 노선은 다음 달부터 운행한다.';
const PAGE = readFileSync('fixtures/html/donga-58406128.html');

async function all<T>(results: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('parseMany (gisa/node)', () => {
  it('yields one result per input, in input order, errors as results', async () => {
    const bytes = new Uint8Array(PAGE);
    const results = await all(
      parseMany([SEED, '', { input: bytes, options: { adapters: false } }, cheerio.load(PAGE.toString('utf8')), SHORT], { jobs: 2 }),
    );
    expect(results.map((r) => r.article?.headline ?? r.error?.code)).toEqual([
      parseArticle(SEED).headline,
      'EMPTY_INPUT',
      parseArticle(PAGE, { adapters: false }).headline,
      parseArticle(PAGE).headline,
      '서울시, 새 버스 노선 발표',
    ]);
    expect(results[2]?.article?.source.adapter).toBeNull();
    expect(results[3]?.article?.source.adapter).toBe('donga');
    // The caller's bytes are copied, not taken over by a worker.
    expect(bytes.byteLength).toBe(PAGE.byteLength);
    expect(results[0]?.article).toEqual(parseArticle(SEED));
  });

  it('reads an async iterable no further ahead than its window (back-pressure)', async () => {
    let read = 0;
    async function* inputs() {
      for (let i = 0; i < 40; i += 1) {
        read += 1;
        yield `${SHORT} ${i}번째.`;
      }
    }
    const ahead: number[] = [];
    let yielded = 0;
    for await (const result of parseMany(inputs(), { jobs: 1, window: 4 })) {
      yielded += 1;
      ahead.push(read - yielded);
      expect(result.article?.headline).toBe('서울시, 새 버스 노선 발표');
    }
    expect(yielded).toBe(40);
    expect(Math.max(...ahead)).toBeLessThanOrEqual(4);
  });

  it('refuses unusable run options before any work', async () => {
    await expect(all(parseMany([SHORT], { options: { timeZone: 'Mars' } }))).rejects.toThrow(/options.timeZone/);
  });
});
