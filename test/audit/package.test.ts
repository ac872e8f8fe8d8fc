/** `gisa/audit` as users load it from the built package, both module systems. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/build.js';

const sample = 'fixtures/text/awc-2024-seoul.txt';

beforeAll(() => ensureBuilt(), 120_000);

function node(code: string, type: 'commonjs' | 'module'): string {
  return execFileSync(process.execPath, ['--input-type', type, '-e', code], { encoding: 'utf8' });
}

describe('gisa/audit', () => {
  it('renders through require() and import alike', () => {
    const count = `(html.match(/data-gisa="quote"/g) || []).length`;
    const cjs = node(`const { renderAudit, LOW_CONFIDENCE } = require('gisa/audit'); const html = renderAudit(require('fs').readFileSync('${sample}')); console.log(JSON.stringify([${count}, LOW_CONFIDENCE]));`, 'commonjs');
    const esm = node(`import { renderAudit } from 'gisa/audit'; import { readFileSync } from 'node:fs'; const html = renderAudit(readFileSync('${sample}')); console.log(JSON.stringify([${count}, html.startsWith('<!doctype html>')]));`, 'module');
    expect([JSON.parse(cjs), JSON.parse(esm)]).toEqual([
      [11, 0.5],
      [11, true],
    ]);
  });

  it('ships its declarations and keeps node: modules out', () => {
    expect(readFileSync('dist/audit.d.ts', 'utf8')).toContain('declare function renderAudit');
    for (const file of ['dist/audit.js', 'dist/audit.cjs']) expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]node:|require\(['"]node:/);
  });
});
