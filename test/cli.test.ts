/**
 * End-to-end tests of the built CLI (`dist/cli.js`, as installed): every input record
 * gives exactly one output line, failures become error records, the exit status and the
 * order are right, on files, a directory, stdin, JSON Lines and a WARC.gz made here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { ensureBuilt } from './helpers/build.js';

const sample = 'fixtures/text/awc-2024-seoul.txt';
const sampleText = readFileSync(sample, 'utf8');
const HEADLINE = '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막';
const SHORT = '서울시, 새 버스 노선 발표\n\n서울시는 13일 새 버스 노선 12개를 발표했다.';
const SHORT_HEADLINE = '서울시, 새 버스 노선 발표';
const SUMMARY = /^gisa: (\d+) records?, (\d+) ok, (\d+) failed(?:, (\d+) skipped \(not HTML 2xx WARC responses\))? in [\d.]+ s \([\d.]+ records\/s, CPU [\d.]+ s, peak RSS \d+ MiB\)$/;

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gisa-cli-'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gisa(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function jsonLines(out: string): Array<Record<string, any>> {
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

/** Counts from the summary line: [records, ok, failed, skipped]. */
function summary(err: string): number[] {
  const m = err.trim().match(SUMMARY);
  if (!m) throw new Error(`no summary in ${JSON.stringify(err)}`);
  return [m[1], m[2], m[3], m[4] ?? '0'].map(Number);
}

describe('one input', () => {
  it('prints one file as one JSON article', () => {
    const { code, out, err } = gisa([sample]);
    expect(code).toBe(0);
    const article = JSON.parse(out);
    expect(article.headline).toBe(HEADLINE);
    expect(article.quotes).toHaveLength(11);
    expect(err).toBe('');
  });

  it('reads standard input, indents with --pretty and keeps only --fields', () => {
    const { code, out } = gisa(['--pretty', '--fields', 'section,headline'], readFileSync(sample));
    expect(code).toBe(0);
    expect(out).toBe(`{\n  "section": "포커스",\n  "headline": ${JSON.stringify(HEADLINE)}\n}\n`);
  });

  it('exits 1 with the GisaError code on empty input, 2 on bad usage', () => {
    const empty = gisa([], '');
    expect(empty.code).toBe(1);
    expect(empty.out).toBe('');
    expect(empty.err).toMatch(/^gisa: -: EMPTY_INPUT: /);
    for (const bad of [['--shard', '3/3'], ['--fields', 'headline,body'], ['--frobnicate']]) {
      const r = gisa([...bad, sample]);
      expect([bad, r.code, r.out]).toEqual([bad, 2, '']);
    }
  });
});

describe('files and directories', () => {
  it('prints JSON Lines for several files, an error record for a missing one, and exits 1', () => {
    const { code, out, err } = gisa([sample, 'missing.txt', sample]);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.file)).toEqual([sample, 'missing.txt', sample]);
    expect(lines[0]?.article.publishedAt).toBe('2024-06-13T14:36:00+09:00');
    expect(lines[1]?.error.code).toBe('ENOENT');
    expect(Object.keys(lines[1] ?? {})).toEqual(['file', 'error']);
    expect(summary(err)).toEqual([3, 2, 1, 0]);
    // No progress bar when stderr is not a terminal: the summary is all there is.
    expect(err.split('\n')).toHaveLength(2);
  });

  it('walks a directory recursively in sorted order, taking page files or what --glob names', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, 'z.txt'), SHORT);
    writeFileSync(join(root, 'a.md'), SHORT);
    writeFileSync(join(root, 'b', 'c', 'deep.txt'), sampleText);
    writeFileSync(join(root, 'b', 'notes.json'), '{}');
    writeFileSync(join(root, '.git', 'HEAD.txt'), SHORT);
    const all = gisa([root, '--fields', 'headline', '--jobs', '2']);
    expect(all.code).toBe(0);
    const lines = jsonLines(all.out);
    expect(lines.map((l) => l.file)).toEqual([join(root, 'a.md'), join(root, 'b', 'c', 'deep.txt'), join(root, 'z.txt')]);
    expect(lines.slice(1).map((l) => l.article.headline)).toEqual([HEADLINE, SHORT_HEADLINE]);
    const txt = gisa([root, '--glob', '*.txt', '--fields', 'headline']);
    expect(jsonLines(txt.out).map((l) => l.file)).toEqual([join(root, 'b', 'c', 'deep.txt'), join(root, 'z.txt')]);
    const deep = gisa([root, '--glob', 'b/**/*.{txt,json}', '--fields', 'headline']);
    expect(jsonLines(deep.out).map((l) => l.file)).toEqual([join(root, 'b', 'c', 'deep.txt'), join(root, 'b', 'notes.json')]);
    expect(deep.code).toBe(0);
  });

  it('writes to --out instead of standard output', () => {
    const target = join(dir, 'out.jsonl');
    const { code, out } = gisa([sample, sample, '--out', target, '--fields', 'headline', '--quiet']);
    expect([code, out]).toEqual([0, '']);
    expect(readFileSync(target, 'utf8')).toBe(`${JSON.stringify({ file: sample, article: { headline: HEADLINE } })}\n`.repeat(2));
  });
});

describe('JSON Lines', () => {
  const bad = [
    { id: 'a', body: sampleText, url: 'https://news.example/a' },
    '{"id": "broken", "body": ',
    { id: 'binary', body: '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010 garbage' },
    '',
    { id: 'nobody' },
    { id: 'number', body: 42 },
    [1, 2],
    { id: 'b', body: SHORT },
  ];
  const text = `${bad.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`;

  it('gives one line per record, in order, with error records for the bad ones', () => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, text);
    const { code, out, err } = gisa([path, '--field', 'body', '--fields', 'headline,source', '--jobs', '2']);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toEqual({
      id: 'a',
      article: { headline: HEADLINE, source: { format: 'text', url: 'https://news.example/a', siteName: null, adapter: null, charset: null } },
      url: 'https://news.example/a',
    });
    expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'article', 'url']);
    expect(lines[1]).toEqual({ file: path, line: 2, error: { code: 'INVALID_JSON', message: expect.stringMatching(/^line 2 is not JSON: /) } });
    expect(lines[2]).toEqual({ id: 'binary', error: { code: 'UNDECODABLE', message: expect.any(String) } });
    expect(lines[3]).toEqual({ id: 'nobody', error: { code: 'MISSING_FIELD', message: 'the record has no "body" field' } });
    expect(lines[4]).toEqual({ id: 'number', error: { code: 'INVALID_FIELD', message: 'the "body" field is a number, not a string' } });
    expect(lines[5]).toEqual({ file: path, line: 7, error: { code: 'INVALID_RECORD', message: 'line 7 is JSON but not an object' } });
    expect(lines[6]?.article.headline).toBe(SHORT_HEADLINE);
    expect(summary(err)).toEqual([7, 2, 5, 0]);
  });

  it('reads gzipped JSON Lines from standard input when --field is given', () => {
    const { code, out } = gisa(['--field', 'body', '--fields', 'headline'], gzipSync(text));
    expect(code).toBe(1);
    expect(jsonLines(out).map((l) => l.id ?? l.line)).toEqual(['a', 2, 'binary', 'nobody', 'number', 7, 'b']);
  });

  it('takes invalid UTF-8 and a line that is not text as records that fail', () => {
    const bytes = Buffer.concat([Buffer.from('{"id": 1, "html": "\xff\xfe"}\n', 'latin1'), Buffer.from([0, 1, 2, 0xff, 10]), Buffer.from(`${JSON.stringify({ id: 3, html: SHORT })}\n`)]);
    const { code, out } = gisa(['--input', 'jsonl', '--fields', 'headline'], bytes);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.error?.code ?? 'ok')).toEqual(['UNDECODABLE', 'INVALID_JSON', 'ok']);
    expect(lines[1]?.line).toBe(2);
  });

  it('refuses records over --max-input-bytes without holding them: a huge line, a big file', () => {
    const path = join(dir, 'huge.jsonl');
    writeFileSync(path, `${JSON.stringify({ id: 1, html: 'x'.repeat(100_000) })}\n${JSON.stringify({ id: 2, html: SHORT })}\n`);
    const big = join(dir, 'big.txt');
    writeFileSync(big, `${SHORT}\n${'본문. '.repeat(1000)}`);
    const { code, out } = gisa([path, big, sample, '--max-input-bytes', '5000', '--fields', 'headline']);
    expect(code).toBe(1);
    expect(jsonLines(out)).toEqual([
      { file: path, line: 1, id: 1, error: { code: 'INPUT_TOO_LARGE', message: 'the record is larger than 85536 bytes' } },
      { id: 2, article: { headline: SHORT_HEADLINE } },
      { file: big, error: { code: 'INPUT_TOO_LARGE', message: 'the record is larger than 5000 bytes' } },
      { file: sample, error: { code: 'INPUT_TOO_LARGE', message: expect.any(String) } },
    ]);
  });

  describe('order, --unordered and --shard on 40 records of uneven size', () => {
    const records = Array.from({ length: 40 }, (_, i) => ({ id: i, html: i % 4 === 0 ? sampleText : SHORT }));
    let path: string;
    beforeAll(() => {
      path = join(dir, 'many.jsonl');
      writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n'));
    });
    const ids = (out: string) => jsonLines(out).map((l) => l.id as number);
    const all = records.map((r) => r.id);

    it('keeps input order across 2 workers', () => {
      const { code, out } = gisa([path, '--fields', 'headline', '--jobs', '2']);
      expect(code).toBe(0);
      expect(ids(out)).toEqual(all);
      expect(jsonLines(out)[4]).toEqual({ id: 4, article: { headline: HEADLINE } });
    });

    it('prints the same set of lines with --unordered', () => {
      const ordered = gisa([path, '--fields', 'headline', '--jobs', '2']).out.trim().split('\n');
      const { code, out } = gisa([path, '--fields', 'headline', '--jobs', '2', '--unordered']);
      expect(code).toBe(0);
      expect(out.trim().split('\n').sort()).toEqual([...ordered].sort());
    });

    it('splits the records into disjoint shards that together are all of them', () => {
      const shards = [0, 1, 2].map((i) => ids(gisa([path, '--fields', 'headline', '--shard', `${i}/3`, '--jobs', '1']).out));
      expect(shards[0]).toEqual(all.filter((i) => i % 3 === 0));
      expect(shards[1]).toEqual(all.filter((i) => i % 3 === 1));
      expect(shards[2]).toEqual(all.filter((i) => i % 3 === 2));
    });
  });
});

describe('WARC', () => {
  const enc = new TextEncoder();
  async function record(type: 'response' | 'request' | 'metadata', url: string, contentType: string, body: Uint8Array | string, status = '200 OK', gzip = true) {
    const bytes = typeof body === 'string' ? enc.encode(body) : body;
    const rec = await WARCRecord.create(
      {
        url,
        type,
        date: '2024-06-13T05:36:00Z',
        warcVersion: 'WARC/1.1',
        statusline: type === 'response' ? `HTTP/1.1 ${status}` : 'GET / HTTP/1.1',
        httpHeaders: type === 'metadata' ? undefined : { 'Content-Type': contentType },
      },
      (async function* () {
        yield bytes;
      })(),
    );
    return Buffer.from(await WARCSerializer.serialize(rec, { gzip }));
  }
  const article = (n: number) => `<html><head><title>기사 ${n}</title></head><body><h1>기사 ${n}</h1><p>서울시는 13일 새 버스 노선 ${n}번을 발표했다.</p></body></html>`;
  const responses = (count: number, gzip: boolean) =>
    Promise.all(Array.from({ length: count }, (_, n) => record('response', `https://news.example/${n}`, 'text/html', article(n), '200 OK', gzip)));

  it('reads every record of a plain (uncompressed) WARC', async () => {
    const path = join(dir, 'plain.warc');
    writeFileSync(path, Buffer.concat(await responses(50, false)));
    const { code, out, err } = gisa([path, '--fields', 'headline', '--jobs', '2']);
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((l) => [l.url, l.article?.headline])).toEqual(Array.from({ length: 50 }, (_, n) => [`https://news.example/${n}`, `기사 ${n}`]));
    expect(summary(err)).toEqual([50, 50, 0, 0]);
  });

  it('gives an error record and a failing exit for a WARC.gz cut off in its last record', async () => {
    const whole = Buffer.concat(await responses(3, true));
    const path = join(dir, 'cut.warc.gz');
    writeFileSync(path, whole.subarray(0, whole.length - 40));
    const { code, out } = gisa([path, '--fields', 'headline', '--jobs', '1']);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.article?.headline ?? l.error.code)).toEqual(['기사 0', '기사 1', 'TRUNCATED_RECORD']);
    expect(lines[2]).toMatchObject({ file: path, afterOffset: lines[1]?.offset });
  });

  it('gives an error record for a plain WARC cut off in its last record', async () => {
    const whole = Buffer.concat(await responses(2, false));
    const path = join(dir, 'cut.warc');
    writeFileSync(path, whole.subarray(0, whole.length - 40));
    const { code, out } = gisa([path, '--fields', 'headline', '--jobs', '1']);
    expect(code).toBe(1);
    expect(jsonLines(out).map((l) => [l.url, l.article?.headline ?? l.error.code])).toEqual([
      ['https://news.example/0', '기사 0'],
      ['https://news.example/1', 'TRUNCATED_RECORD'],
    ]);
  });

  it('ends, with an error record, when the record cut off is one it skips', async () => {
    const whole = Buffer.concat([...(await responses(1, false)), await record('request', 'https://news.example/r', 'text/html', 'x'.repeat(500), '200 OK', false)]);
    const path = join(dir, 'cut-request.warc');
    writeFileSync(path, whole.subarray(0, whole.length - 100));
    const { code, out } = gisa([path, '--fields', 'headline', '--jobs', '1']);
    expect(code).toBe(1);
    expect(jsonLines(out).map((l) => [l.url, l.article?.headline ?? l.error.code])).toEqual([
      ['https://news.example/0', '기사 0'],
      ['https://news.example/r', 'TRUNCATED_RECORD'],
    ]);
  });

  it('never prints one record\'s page under another\'s URL when a Content-Length is too large', async () => {
    const parts = (await responses(3, false)).map((b) => b.toString('latin1'));
    parts[1] = (parts[1] as string).replace(/Content-Length: (\d+)/, (_, n: string) => `Content-Length: ${Number(n) + 50}`);
    const path = join(dir, 'long.warc');
    writeFileSync(path, Buffer.from(parts.join(''), 'latin1'));
    const { code, out } = gisa([path, '--fields', 'headline', '--jobs', '1']);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines[0]).toMatchObject({ url: 'https://news.example/0', article: { headline: '기사 0' } });
    expect(lines[1]).toMatchObject({ url: 'https://news.example/1', error: { code: 'BAD_RECORD_LENGTH' } });
    // What follows is the overrun record: an error, not a page under some URL.
    expect(lines.slice(2).map((l) => l.error?.code)).toEqual(['BAD_RECORD_LENGTH']);
  });

  it('parses each HTML 2xx response of a WARC.gz, passing its URL and header charset, and skips the rest', async () => {
    const page = (title: string) => `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>서울시는 13일 새 버스 노선을 발표했다.</p></body></html>`;
    const path = join(dir, 'crawl.warc.gz');
    writeFileSync(
      path,
      Buffer.concat([
        await record('response', 'https://news.example/1', 'text/html; charset=utf-8', page('첫 기사')),
        await record('request', 'https://news.example/1', 'text/html', ''),
        await record('response', 'https://news.example/logo.png', 'image/png', 'PNG'),
        await record('response', 'https://news.example/gone', 'text/html', page('없음'), '404 Not Found'),
        await record('response', 'https://news.example/2', 'text/html; charset=euc-kr', iconv.encode(page('둘째 기사'), 'euc-kr')),
        await record('response', 'https://news.example/3', 'text/html', '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007<html>\u0000\u0000\u0000\u0000\u0000'),
        await record('metadata', 'https://news.example/3', 'application/json', '{}'),
      ]),
    );
    const { code, out, err } = gisa([path, '--fields', 'source', '--jobs', '2']);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    expect(lines.map((l) => [l.url, l.file, l.warcDate, l.article?.source.url ?? l.error.code])).toEqual([
      ['https://news.example/1', path, '2024-06-13T05:36:00Z', 'https://news.example/1'],
      ['https://news.example/2', path, '2024-06-13T05:36:00Z', 'https://news.example/2'],
      ['https://news.example/3', path, '2024-06-13T05:36:00Z', 'UNDECODABLE'],
    ]);
    expect(lines[1]?.article.source).toMatchObject({ format: 'html', charset: 'euc-kr' });
    expect(lines[0]?.warcRecordId).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
    expect(lines[0]?.offset).toBe(0);
    expect(summary(err)).toEqual([3, 2, 1, 4]);
  });
});
