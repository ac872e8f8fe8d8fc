/**
 * The core without Node: the built library, bundled for the browser with esbuild, runs
 * in a bare `vm` context that has only `TextDecoder` and `URL` (no `Buffer`, no `atob`,
 * no `process`), and gives the same Articles as in Node.
 */
import { readFileSync } from 'node:fs';
import { runInContext, createContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { decodeBase64 } from '../src/util/base64.js';
import { ensureBuilt } from './helpers/build.js';

let bundle = '';

beforeAll(async () => {
  ensureBuilt();
  const result = await build({ entryPoints: ['dist/index.js'], bundle: true, platform: 'browser', format: 'iife', globalName: 'gisa', minify: true, write: false, logLevel: 'silent' });
  bundle = result.outputFiles[0]?.text ?? '';
}, 120_000);

describe('the browser bundle in a bare context', () => {
  it('parses HTML, Markdown and text as Node does, bytes included', () => {
    const context = createContext({ TextDecoder, URL });
    runInContext(bundle, context);
    expect(runInContext('typeof Buffer + typeof atob + typeof process', context)).toBe('undefinedundefinedundefined');
    const inputs = {
      html: readFileSync('fixtures/html/donga-58406128.html', 'utf8'),
      text: readFileSync('fixtures/text/awc-2024-seoul.txt', 'utf8'),
      markdown: readFileSync('fixtures/markdown/crawler/donga-58406128.md', 'utf8'),
      entities: '<html><body><h1>&lsquo;한&rsquo; &amp; &#54620;&nbsp;제목</h1><p>본문 &hellip; 문장입니다. 두 번째 문장입니다.</p></body></html>',
    };
    for (const [name, input] of Object.entries(inputs)) {
      context.input = input;
      const inVm = JSON.parse(runInContext('JSON.stringify(gisa.parseArticle(input))', context) as string);
      expect([name, inVm]).toEqual([name, JSON.parse(JSON.stringify(parseArticle(input)))]);
    }
    context.bytes = new TextEncoder().encode(inputs.html);
    const fromBytes = JSON.parse(runInContext('JSON.stringify(gisa.parseArticle(bytes))', context) as string);
    expect(fromBytes.headline).toBe(parseArticle(inputs.html).headline);
  });

  it('is small enough to ship (minified + gzip, printed for the README)', () => {
    const gzipped = gzipSync(bundle).length;
    console.log(`browser bundle: ${(bundle.length / 1024).toFixed(0)} KiB minified, ${(gzipped / 1024).toFixed(0)} KiB gzipped`);
    expect(gzipped).toBeLessThan(400 * 1024);
  });
});

describe('decodeBase64', () => {
  it('gives the little-endian 16-bit units of the decoded bytes, as atob would', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 7919 + 13) % 256);
    const units = decodeBase64(Buffer.from(bytes).toString('base64'));
    const viaAtob = atob(Buffer.from(bytes).toString('base64'));
    expect(units.length).toBe(500);
    for (let i = 0; i < units.length; i += 1) expect(units[i]).toBe(viaAtob.charCodeAt(2 * i) | (viaAtob.charCodeAt(2 * i + 1) << 8));
    expect([...decodeBase64('QQBCAA==')]).toEqual([0x41, 0x42]);
  });
});
