/**
 * `gisa audit` end to end on the built CLI: a page per record named after its input
 * (file name, JSON Lines id / URL / line, WARC URL), an index over all, failures listed,
 * and the exit status.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeName } from '../../src/cli/audit.js';
import { ensureBuilt } from '../helpers/build.js';
import { all, attrOf, dom, nth, one, text } from './dom.js';

const SEED = 'fixtures/text/awc-2024-seoul.txt';
const SEED_HEADLINE = '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막';
const SHORT = (title: string) => `${title}\n\n서울시는 13일 새 버스 노선 12개를 발표했다.`;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gisa-audit-cli-'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gisa(args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The index rows as [input, href, headline, quotes]. */
function indexRows(out: string) {
  const page = dom(readFileSync(join(out, 'index.html'), 'utf8'));
  return all(page, 'tbody tr').map((r) => {
    const cells = all(r, 'td');
    const link = all(nth(cells, 0), 'a')[0];
    return [text(nth(cells, 0)), link ? attrOf(link, 'href') : null, text(nth(cells, 1)), text(nth(cells, 3))];
  });
}

describe('gisa audit', () => {
  it('writes a page per file of a directory, named after it, and an index', () => {
    const input = join(dir, 'articles');
    mkdirSync(join(input, 'more'), { recursive: true });
    writeFileSync(join(input, 'seed.txt'), readFileSync(SEED));
    writeFileSync(join(input, 'more', 'seed.md'), readFileSync(SEED)); // walked first, so seed.txt becomes seed-2
    writeFileSync(join(input, 'index.txt'), SHORT('서울시, 새 버스 노선 발표')); // not over the index
    writeFileSync(join(input, 'empty.txt'), '   \n');
    const out = join(dir, 'out1');
    const r = gisa(['audit', input, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`gisa audit: 3 pages, 1 failed; open ${join(out, 'index.html')}\n`);
    expect(readdirSync(out).sort()).toEqual(['index-2.html', 'index.html', 'seed-2.html', 'seed.html']);
    expect(indexRows(out)).toEqual([
      [join(input, 'empty.txt'), null, 'EMPTY_INPUT: the input holds no text (it is empty or only white space)', ''],
      [join(input, 'index.txt'), 'index-2.html', '서울시, 새 버스 노선 발표', '0'],
      [join(input, 'more', 'seed.md'), 'seed.html', SEED_HEADLINE, '11'],
      [join(input, 'seed.txt'), 'seed-2.html', SEED_HEADLINE, '11'],
    ]);
    const page = dom(readFileSync(join(out, 'seed-2.html'), 'utf8'));
    expect(text(one(page, '[data-gisa="headline"]'))).toBe(SEED_HEADLINE);
    expect(all(page, '[data-gisa="quote"]')).toHaveLength(11);
    expect(attrOf(one(page, 'header a'), 'href')).toBe('index.html');
  });

  it('names JSON Lines records by id, else URL, else line, and lists bad lines', () => {
    const path = join(dir, 'batch.jsonl');
    writeFileSync(
      path,
      [
        JSON.stringify({ id: 'a/1', html: SHORT('첫 기사') }),
        JSON.stringify({ url: 'https://news.example/2?x=1', html: SHORT('둘째 기사') }),
        JSON.stringify({ html: SHORT('셋째 기사') }),
        '{"html": ',
        JSON.stringify({ id: 7, body: 'no html field' }),
      ].join('\n'),
    );
    const out = join(dir, 'out2');
    const r = gisa(['audit', path, '--out', out, '--quiet']);
    expect([r.code, r.err]).toEqual([1, '']);
    expect(readdirSync(out).sort()).toEqual(['a-1.html', 'index.html', 'line-3.html', 'news.example-2-x-1.html']);
    expect(indexRows(out).map((row) => row.slice(0, 3))).toEqual([
      ['a/1', 'a-1.html', '첫 기사'],
      ['https://news.example/2?x=1', 'news.example-2-x-1.html', '둘째 기사'],
      ['line 3', 'line-3.html', '셋째 기사'],
      ['line 4', null, expect.stringMatching(/^INVALID_JSON: line 4 is not JSON: /)],
      ['7', null, 'MISSING_FIELD: the record has no string "html" field'],
    ]);
  });

  it('names WARC responses by their URL', async () => {
    const page = (title: string) => `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>서울시는 13일 새 버스 노선을 발표했다.</p></body></html>`;
    const record = async (url: string, body: string) => {
      const rec = await WARCRecord.create(
        { url, type: 'response', date: '2024-06-13T05:36:00Z', warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
        (async function* () {
          yield new TextEncoder().encode(body);
        })(),
      );
      return Buffer.from(await WARCSerializer.serialize(rec, { gzip: true }));
    };
    const path = join(dir, 'crawl.warc.gz');
    writeFileSync(path, Buffer.concat([await record('https://news.example/1', page('첫 기사')), await record('https://news.example/2', page('둘째 기사'))]));
    const out = join(dir, 'out3');
    const r = gisa(['audit', path, '--out', out, '-q']);
    expect(r.code).toBe(0);
    expect(indexRows(out).map((row) => row.slice(0, 3))).toEqual([
      ['https://news.example/1', 'news.example-1.html', '첫 기사'],
      ['https://news.example/2', 'news.example-2.html', '둘째 기사'],
    ]);
  });

  it('refuses bad usage with status 2', () => {
    for (const bad of [['audit', SEED], ['audit', '--out', join(dir, 'x')], ['audit', SEED, '--out', join(dir, 'x'), '--fields', 'headline'], ['audit', SEED, '--out', join(dir, 'x'), '--jobs', '2']]) {
      const r = gisa(bad);
      expect([bad, r.code, r.out]).toEqual([bad, 2, '']);
    }
    expect(gisa(['audit', '--help']).out).toMatch(/^Usage: gisa audit \[options\] FILE\|DIR \.\.\. --out DIR\n/);
  });

  it('makes page names safe for a file system and a link', () => {
    expect(safeName('https://news.example/a b/../c?d=1#e')).toBe('news.example-a-b-..-c-d-1-e');
    expect(safeName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeName('기사 123')).toBe('기사-123');
    expect(safeName('///')).toBe('article');
  });
});
