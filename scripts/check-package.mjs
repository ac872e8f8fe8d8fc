#!/usr/bin/env node
/**
 * The package as a user installs it: `npm pack`s this repository, installs the tarball
 * into a fresh project (dependencies from the local npm cache when it has them), and
 * uses it there through ESM, CommonJS, TypeScript types, `gisa/schema.json`, a site
 * adapter of the user's own and the `gisa` bin. Prints the tarball size, the install
 * size and the time `require('gisa')` takes. Exits 1 on the first check that fails.
 *
 *   npm run test:package
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'gisa-package-'));
const project = join(work, 'project');
const run = (cmd, args, cwd = project) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function check(name, fn) {
  try {
    const detail = fn();
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    console.log(`FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stack ?? error}`);
    process.exitCode = 1;
  }
}

function sizeOf(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

try {
  // Built first, so the JSON that `npm pack` prints is not mixed with the build's output.
  run(npm, ['run', 'build', '--silent'], root);
  const packed = JSON.parse(run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  check('the tarball holds LICENSE, README, dist, and no source maps or sources', () => {
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/schema.json', 'dist/cli.js']) {
      if (!files.includes(needed)) throw new Error(`missing ${needed}`);
    }
    const stray = files.filter((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test/'));
    if (stray.length) throw new Error(`should not ship ${stray.join(', ')}`);
    return `${files.length} files, ${kib(statSync(tarball).size)} packed, ${kib(packed[0].unpackedSize)} unpacked`;
  });

  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'gisa-user', version: '1.0.0', private: true, type: 'module' }));
  run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball]);
  check('install size', () => `${kib(sizeOf(join(project, 'node_modules')))} in node_modules (gisa and its dependencies)`);
  // The optional peer dependency, for the check that reads a cheerio document.
  run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', 'cheerio@1']);

  const PAGE = `<html><head><title>예제일보</title></head><body>
<div class="ex-title">시청 앞 광장, 주말마다 시민 장터로 바뀐다</div><span class="ex-date">입력 2025.03.04 09:30</span>
<div class="ex-promo"><p>예제일보 구독 안내입니다. 지금 구독하면 첫 달은 무료입니다. 매일 아침 뉴스를 받아 보세요.</p></div>
<div id="ex-body"><p>서울시는 다음 달부터 시청 앞 광장을 주말마다 시민 장터로 운영한다고 4일 밝혔다.</p></div></body></html>`;
  writeFileSync(join(project, 'page.html'), PAGE);

  writeFileSync(
    join(project, 'esm.mjs'),
    `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArticle, defineAdapter, BUILT_IN_ADAPTERS, GisaError } from 'gisa';
import * as cheerio from 'cheerio';
const schema = createRequire(import.meta.url)('gisa/schema.json');
const mine = defineAdapter({ name: 'example-ilbo', hosts: ['news.example.com'], headline: ['.ex-title'], body: ['#ex-body'], remove: ['.ex-promo'] });
const a = parseArticle(readFileSync('page.html'), { url: 'https://news.example.com/a/1', adapters: [mine] });
let code = null;
try { parseArticle('', {}); } catch (e) { code = e instanceof GisaError ? e.code : 'other'; }
const $ = cheerio.load(readFileSync('page.html', 'utf8'));
const fromCheerio = parseArticle($, { url: 'https://news.example.com/a/1', adapters: [mine] });
console.log(JSON.stringify({ sameFromCheerio: JSON.stringify(fromCheerio) === JSON.stringify({ ...a, source: { ...a.source, charset: null } }), adapter: a.source.adapter, headline: a.headline, publishedAt: a.publishedAt, builtIn: BUILT_IN_ADAPTERS.length > 20, code, schemaWarnings: schema.properties.warnings.type }));
`,
  );
  check('ESM import, a custom adapter, a cheerio document, gisa/schema.json', () => {
    const out = JSON.parse(run(process.execPath, ['esm.mjs']));
    const want = { sameFromCheerio: true, adapter: 'example-ilbo', headline: '시청 앞 광장, 주말마다 시민 장터로 바뀐다', publishedAt: '2025-03-04T09:30:00+09:00', builtIn: true, code: 'EMPTY_INPUT', schemaWarnings: 'array' };
    if (JSON.stringify(out) !== JSON.stringify(want)) throw new Error(`got ${JSON.stringify(out)}`);
  });

  writeFileSync(
    join(project, 'cjs.cjs'),
    `const started = process.hrtime.bigint();
const { parseArticle } = require('gisa');
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const a = parseArticle(require('node:fs').readFileSync('page.html', 'utf8'));
const cliOnly = Object.keys(require.cache).filter((k) => /warcio|node_modules[\\\\/]gisa[\\\\/]dist[\\\\/]cli/.test(k));
console.log(JSON.stringify({ ms, headline: a.headline, cliOnly }));
`,
  );
  check('CommonJS require, without loading CLI-only modules', () => {
    const out = JSON.parse(run(process.execPath, ['cjs.cjs']));
    if (out.headline !== '예제일보') throw new Error(`got ${JSON.stringify(out)}`);
    if (out.cliOnly.length) throw new Error(`require('gisa') loaded ${out.cliOnly.join(', ')}`);
    return `require('gisa') took ${out.ms.toFixed(0)} ms`;
  });

  writeFileSync(
    join(project, 'types.ts'),
    `import { parseArticle, safeParseArticle, defineAdapter, type Article, type ParseOptions, type SiteAdapter, type Warning } from 'gisa';
import { parseMany, type ManyResult } from 'gisa/node';
async function many(): Promise<ManyResult[]> { const out: ManyResult[] = []; for await (const r of parseMany(['x'], { jobs: 1 })) out.push(r); return out; }
void many;
const options: ParseOptions = { url: 'https://news.example.com/a/1', adapters: [defineAdapter({ name: 'x', body: ['#b'] })] };
const bytes: ArrayBufferView = new DataView(new ArrayBuffer(4));
const article: Article = parseArticle(bytes, options);
const first: Warning | undefined = article.warnings[0];
const code: 'NO_HEADLINE' | string | undefined = first?.code;
const adapter: SiteAdapter = { name: 'y', hosts: ['a.example'] };
const result = safeParseArticle('text');
if (result.success) { const h: string | null = result.data.headline; void h; }
// @ts-expect-error an unknown option is a type error
parseArticle('x', { timezone: 'UTC' });
void code; void adapter;
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, types: [] }, files: ['types.ts'] }),
  );
  writeFileSync(
    join(project, 'many.mjs'),
    `import { readFileSync } from 'node:fs';
import { parseMany } from 'gisa/node';
const page = readFileSync('page.html');
const out = [];
for await (const r of parseMany([page, '', { input: page.toString(), options: { format: 'html' } }], { jobs: 2 })) out.push(r.article?.headline ?? r.error.code);
console.log(JSON.stringify(out));
`,
  );
  check('parseMany from gisa/node on worker threads', () => {
    const out = run(process.execPath, ['many.mjs']).trim();
    if (out !== JSON.stringify(['예제일보', 'EMPTY_INPUT', '예제일보'])) throw new Error(`got ${out}`);
  });

  check('TypeScript types (nodenext resolution, strict)', () => {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  });

  check('the gisa bin', () => {
    const out = JSON.parse(run(join(project, 'node_modules/.bin/gisa'), ['page.html', '--fields', 'headline']));
    if (out.headline !== '예제일보') throw new Error(`got ${JSON.stringify(out)}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
