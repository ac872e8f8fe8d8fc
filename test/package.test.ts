import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/build.js';

const sample = 'fixtures/text/awc-2024-seoul.txt';

beforeAll(() => ensureBuilt(), 120_000);

function node(code: string, type: 'commonjs' | 'module'): string {
  return execFileSync(process.execPath, ['--input-type', type, '-e', code], { encoding: 'utf8' });
}

describe('the built package', () => {
  it('works through require()', () => {
    const out = node(
      `const g = require('gisa'); const fs = require('fs');
       const a = g.parseArticle(fs.readFileSync('${sample}'));
       console.log(JSON.stringify([typeof g.safeParseArticle, g.ArticleSchema.safeParse(a).success, a.headline, new g.GisaError('EMPTY_INPUT', 'x').code]));`,
      'commonjs',
    );
    expect(JSON.parse(out)).toEqual(['function', true, '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막', 'EMPTY_INPUT']);
  });

  it('works through import', () => {
    const out = node(
      `import { parseArticle } from 'gisa'; import { readFileSync } from 'node:fs';
       console.log(parseArticle(readFileSync('${sample}')).publishedAt);`,
      'module',
    );
    expect(out.trim()).toBe('2024-06-13T14:36:00+09:00');
  });

  it('ships type declarations for both module systems and the JSON Schema', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts');
    const dts = readFileSync('dist/index.d.ts', 'utf8');
    expect(dts).toContain('declare function parseArticle');
    const schema = JSON.parse(node(`console.log(JSON.stringify(require('gisa/schema.json')))`, 'commonjs'));
    expect(schema.title).toBe('Article');
    expect(schema.required).toEqual(expect.arrayContaining(['headline', 'publishedAt', 'quotes', 'source', 'warnings']));
    expect(schema.properties.quotes.items.properties.location.enum).toEqual(['headline', 'subheading', 'body', 'caption']);
  });

  it('keeps node: modules out of the library build', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]node:|require\(['"]node:/);
    }
  });
});
