import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './helpers/build.js';

const sample = 'fixtures/text/awc-2024-seoul.txt';

beforeAll(() => ensureBuilt(), 120_000);

function gisa(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('gisa CLI', () => {
  it('prints one file as one JSON article', () => {
    const { code, out } = gisa([sample]);
    expect(code).toBe(0);
    const article = JSON.parse(out);
    expect(article.headline).toBe('“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막');
    expect(article.quotes).toHaveLength(11);
  });

  it('reads standard input', () => {
    const { code, out } = gisa(['--pretty'], readFileSync(sample));
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toMatch(/^ {2}"headline": /);
    expect(JSON.parse(out).section).toBe('포커스');
  });

  it('prints JSON Lines for several inputs and reports failures with their code', () => {
    const { code, out, err } = gisa([sample, 'package.json.missing', sample]);
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].article.publishedAt).toBe('2024-06-13T14:36:00+09:00');
    expect(lines[1]).toMatchObject({ file: 'package.json.missing', error: { code: 'ENOENT' } });
    expect(err).toContain('package.json.missing');
  });

  it('exits 1 with the GisaError code on empty input, 2 on bad usage', () => {
    expect(gisa([], '').code).toBe(1);
    expect(gisa([], '').err).toContain('EMPTY_INPUT');
    expect(gisa(['--format', 'pdf']).code).toBe(2);
  });
});
