/**
 * The CLI as a pipeline meets it: JSON Lines told by content, no input and bad options
 * as usage errors (exit 2) before any work, adapters from a file, plain error lines.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/build.js';

const SEED = 'fixtures/text/awc-2024-seoul.txt';
const HEADLINE = '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막';
const DONGA = 'fixtures/html/donga-58406128.html';
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gisa-usage-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gisa(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const record = (id: number, text: string) => JSON.stringify({ id, html: text });
const twoRecords = () => `${record(1, readFileSync(SEED, 'utf8'))}\n${record(2, '서울시, 새 버스 노선 발표\n\n서울시는 13일 새 버스 노선 12개를 발표했다.')}\n`;

describe('JSON Lines without a .jsonl name', () => {
  it('reads JSON Lines on standard input per record, and says so', () => {
    const r = gisa(['--fields', 'headline', '--jobs', '1'], twoRecords());
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 1, article: { headline: HEADLINE } },
      { id: 2, article: { headline: '서울시, 새 버스 노선 발표' } },
    ]);
    expect(r.err).toMatch(/^gisa: standard input starts with a JSON object: read as JSON Lines, one record per line with the page in "html" \(--input file reads it as one article\)\ngisa: 2 records, 2 ok, 0 failed in /);
  });

  it('reads a .txt file of JSON Lines per record; --input file reads it as one article', () => {
    const path = join(dir, 'records.txt');
    writeFileSync(path, twoRecords());
    const r = gisa([path, '--fields', 'headline', '--jobs', '1', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(r.err).toBe('');
    const one = gisa([path, '--input', 'file', '--fields', 'headline']);
    expect(one.out.trim().split('\n')).toHaveLength(1);
  });
});

describe('usage errors before any work', () => {
  it('an empty directory or a glob that matches nothing is exit 2, naming it', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = gisa([empty]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toBe(`gisa: ${empty}: no file in this directory matches the default glob (*.{html,htm,xhtml,shtml,md,markdown,txt,jsonl,ndjson,jsonl.gz,ndjson.gz,warc,warc.gz})`);
    const g = gisa(['fixtures/text', '--glob', '*.pdf']);
    expect(g.code).toBe(2);
    expect(g.err).toBe("gisa: fixtures/text: no file in this directory matches --glob '*.pdf'\ngisa: no input to parse\n");
  });

  it('a bad option is exit 2 naming the flag, before any record is read', () => {
    const r = gisa(['--time-zone', 'Mars', SEED]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`gisa: --time-zone must be an IANA time zone this runtime knows (such as 'Asia/Seoul'), not "Mars"\nRun gisa --help for the options.\n`);
    expect(gisa(['--url', 'ftp://x.example/a', SEED]).err.split('\n')[0]).toBe('gisa: --url must be an http or https URL, not a ftp: one');
    expect(gisa(['--charset', 'klingon', SEED]).code).toBe(2);
  });

  it('says a missing file once, without the code twice', () => {
    const r = gisa([join(dir, 'missing.html')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`gisa: ${join(dir, 'missing.html')}: ENOENT: no such file or directory, stat '${join(dir, 'missing.html')}'\n`);
  });
});

describe('adapters on the command line', () => {
  it('--no-adapters reads with the generic path alone', () => {
    expect(JSON.parse(gisa([DONGA, '--fields', 'source']).out).source.adapter).toBe('donga');
    expect(JSON.parse(gisa([DONGA, '--fields', 'source', '--no-adapters']).out).source.adapter).toBeNull();
  });

  it('--adapters takes a JSON file and an ES module, and refuses a bad adapter with exit 2', () => {
    const json = join(dir, 'adapters.json');
    writeFileSync(json, JSON.stringify([{ name: 'my-donga', hosts: ['donga.com'], fingerprints: ['.article_txt', '#article_txt'], body: ['.article_txt', '#article_txt'] }]));
    expect(JSON.parse(gisa([DONGA, '--fields', 'source', '--adapters', json]).out).source.adapter).toBe('my-donga');
    const mjs = join(dir, 'adapters.mjs');
    writeFileSync(mjs, `export default { name: 'mine', fingerprints: ['body'] };\n`);
    expect(JSON.parse(gisa([DONGA, '--fields', 'source', '--adapters', mjs]).out).source.adapter).toBe('mine');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'bad', body: ['div['] }));
    const r = gisa([DONGA, '--adapters', bad]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(/^gisa: --adapters .*bad\.json: adapter "bad" body\[0\]: "div\[" is not a CSS selector gisa can read/);
  });
});

describe('summary wording', () => {
  it('says 1 record, not 1 records', () => {
    const r = gisa(['--jobs', '1'], record(1, readFileSync(SEED, 'utf8')));
    expect(r.err.split('\n')[1]).toMatch(/^gisa: 1 record, 1 ok, 0 failed in /);
  });
});
