/**
 * Every code block of the README and docs/ runs as written. TypeScript blocks run in
 * this process with `gisa` resolved to the sources; a block followed by a ```json output
 * block must print exactly that. Shell blocks run under bash in a scratch directory
 * holding the files they name, with `gisa` on the PATH. A block marked `skip-network`,
 * `skip-cluster` or `skip-long` (minutes of benchmarks) is not run.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBuilt } from './helpers/build.js';

interface Block {
  file: string;
  line: number;
  lang: string;
  flags: string[];
  code: string;
  /** The ```json output block right after it, if any. */
  output: string | null;
}

const ROOT = resolve('.');
const FILES = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
// `skip-browser`: needs Debian's chromium and writes a screenshot into docs/ (the browser test covers the pages).
const SKIPS = new Set(['skip-network', 'skip-cluster', 'skip-long', 'skip-browser']);

function blocksOf(file: string): Block[] {
  const text = readFileSync(file, 'utf8');
  const blocks: Block[] = [];
  const fence = /^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const flags = (m[2] as string).trim().split(/\s+/).filter(Boolean);
    const line = text.slice(0, m.index).split('\n').length;
    const block: Block = { file, line, lang: m[1] as string, flags, code: m[3] as string, output: null };
    if (block.lang === 'json' && flags.includes('output')) {
      const previous = blocks[blocks.length - 1];
      if (previous) previous.output = block.code;
      continue;
    }
    blocks.push(block);
  }
  return blocks;
}

const ALL = FILES.flatMap(blocksOf);
const runnable = (lang: string) => ALL.filter((b) => b.lang === lang && !b.flags.some((f) => SKIPS.has(f)));

let scratch: string;

/** A WARC.gz of two HTML responses, as a crawler writes it. */
async function warc(): Promise<Buffer> {
  const page = readFileSync('fixtures/html/naver-025-0003017071.html');
  const records = [];
  for (const url of ['https://n.news.naver.com/mnews/article/025/0003017071', 'https://n.news.naver.com/mnews/article/025/0003017072']) {
    const rec = await WARCRecord.create(
      { url, type: 'response', date: '2024-06-13T05:36:00Z', warcVersion: 'WARC/1.1', statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
      (async function* () {
        yield page;
      })(),
    );
    records.push(Buffer.from(await WARCSerializer.serialize(rec, { gzip: true })));
  }
  return Buffer.concat(records);
}

beforeAll(async () => {
  ensureBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'gisa-docs-'));
  // The files the shell blocks name.
  cpSync('fixtures/html', join(scratch, 'fixtures/html'), { recursive: true });
  cpSync('fixtures/text', join(scratch, 'fixtures/text'), { recursive: true });
  const html = readFileSync('fixtures/html/donga-58406128.html');
  writeFileSync(join(scratch, 'article.html'), html);
  writeFileSync(join(scratch, 'a.html'), html);
  writeFileSync(join(scratch, 'article.txt'), readFileSync('fixtures/text/awc-2024-seoul.txt'));
  writeFileSync(join(scratch, 'c.txt'), readFileSync('fixtures/text/awc-2024-seoul.txt'));
  writeFileSync(join(scratch, 'b.md'), readFileSync(join('fixtures/markdown/crawler', readdirSync('fixtures/markdown/crawler').find((f) => f.endsWith('.md')) ?? '')));
  mkdirSync(join(scratch, 'crawl/2024/06'), { recursive: true });
  writeFileSync(join(scratch, 'crawl/2024/06/donga.html'), html);
  writeFileSync(join(scratch, 'crawl/front.html'), readFileSync('fixtures/html/mk-11328187.html'));
  const records = ['naver-025-0003017071', 'donga-58406128']
    .map((name, i) => JSON.stringify({ id: i + 1, url: null, html: readFileSync(`fixtures/html/${name}.html`, 'utf8') }))
    .join('\n');
  writeFileSync(join(scratch, 'records.jsonl'), `${records}\n`);
  writeFileSync(join(scratch, 'records.jsonl.gz'), gzipSync(`${records}\n`));
  writeFileSync(join(scratch, 'CC-NEWS-sample.warc.gz'), await warc());
  writeFileSync(join(scratch, 'my-adapters.json'), JSON.stringify([{ name: 'my-donga', hosts: ['donga.com'], body: ['.article_txt'] }]));
  mkdirSync(join(scratch, 'bin'));
  writeFileSync(join(scratch, 'bin/gisa'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist/cli.js')}" "$@"\n`);
  chmodSync(join(scratch, 'bin/gisa'), 0o755);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('code blocks of the README and docs', () => {
  it('are found, and every one is run or marked with why not', () => {
    expect(ALL.length).toBeGreaterThan(10);
    for (const block of ALL) {
      expect(['ts', 'sh', 'json', 'python'], `${block.file}:${block.line}`).toContain(block.lang);
      if (block.lang === 'python') expect(block.flags, `${block.file}:${block.line}`).toContain('skip-cluster');
    }
  });

  for (const block of runnable('ts')) {
    it(`TypeScript at ${block.file}:${block.line} runs${block.output ? ' and prints what the next block shows' : ''}`, async () => {
      const dir = join(ROOT, 'test', '.docs-blocks');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${block.file.replace(/\W/g, '_')}_${block.line}.ts`);
      const code = block.code
        .replace(/from 'gisa'/g, `from '${join(ROOT, 'src/index.ts')}'`)
        .replace(/from 'gisa\/audit'/g, `from '${join(ROOT, 'src/audit/index.ts')}'`)
        // The Node entry runs built: its worker pool starts dist/cli-worker.js.
        .replace(/from 'gisa\/node'/g, `from '${join(ROOT, 'dist/node.js')}'`);
      writeFileSync(path, code);
      const printed: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      });
      try {
        await import(/* @vite-ignore */ path);
      } finally {
        log.mockRestore();
        rmSync(path, { force: true });
      }
      if (block.output) expect(printed.join('\n')).toBe(block.output.trimEnd());
      // A block that shows its output in a comment after console.log must print just that.
      const shown = /console\.log\([^\n]*\);\n\/\/ ([^\n]+)\n?$/.exec(block.code);
      if (shown) expect(printed[printed.length - 1]).toBe(shown[1]);
    });
  }

  for (const block of runnable('sh')) {
    it(`shell at ${block.file}:${block.line} runs without error`, () => {
      const env = { ...process.env, PATH: `${join(scratch, 'bin')}:${process.env.PATH}` };
      execFileSync('bash', ['-euo', 'pipefail', '-c', block.code], { cwd: scratch, env, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024 });
    }, 180_000);
  }
});
