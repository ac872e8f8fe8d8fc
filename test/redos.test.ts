import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexLiterals, type FoundRegex } from './helpers/regex-literals.js';

/**
 * Every regular expression in `src/` is fed its worst cases: long runs of each kind of
 * character articles and attacks are made of, with a tail that makes the match fail.
 * Input is doubled from 16 characters to 32,768; a pattern whose time grows faster than
 * the input (catastrophic or quadratic backtracking) trips the bound long before the
 * end. Linear patterns take well under a millisecond per run.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const ALL: FoundRegex[] = sources('src').flatMap((file) => regexLiterals(readFileSync(file, 'utf8'), file));

// What each run is made of: every class of character the patterns match on.
const UNITS = [
  ' ', '\u00a0', '\u3000', '\n', 'a', 'A', '가', '기', '1', '.', ',', '-', '/', ':', '=', '|', '·', '“', '”', '"', "'", '‘',
  '(', ')', '[', ']', '<', '>', '▲', '#', '@', '_', '!', '?', '가 ', '다. ', '1.', ' -', '기자 ', '2024.06.13 ', '<p>', 'a@b.',
];
const TAILS = ['', '\u0000', '!', '\n'];
// Openers that lead a pattern into its run (`[` then spaces, `“` then text).
const PREFIXES = ['', '[', '<', '“', '(', '가 ', '▲'];
const PREFIXED_UNITS = [' ', 'a', '가', '.'];
const MAX = 32_768;
// Per run at the largest size; linear patterns need a fraction of this.
const BOUND_MS = 60;

function worstTime(regex: RegExp): { ms: number; input: string } {
  let worst = { ms: 0, input: '' };
  const cases = [
    ...UNITS.flatMap((unit) => TAILS.map((tail) => ['', unit, tail] as const)),
    ...PREFIXES.slice(1).flatMap((prefix) => PREFIXED_UNITS.flatMap((unit) => TAILS.map((tail) => [prefix, unit, tail] as const))),
  ];
  for (const [prefix, unit, tail] of cases) {
    {
      for (let n = 16; n <= MAX; n *= 4) {
        const input = prefix + unit.repeat(Math.ceil(n / unit.length)) + tail;
        const re = new RegExp(regex.source, regex.flags);
        const t = performance.now();
        if (re.global || re.sticky) input.replace(re, '');
        else re.test(input);
        const ms = performance.now() - t;
        if (ms > worst.ms) worst = { ms, input: `${prefix ? `${JSON.stringify(prefix)} + ` : ''}${JSON.stringify(unit)} × ${n}${tail ? ` + ${JSON.stringify(tail)}` : ''}` };
        // Stop growing a run that is already slow: it will only fail more slowly.
        if (ms > BOUND_MS) return worst;
      }
    }
  }
  return worst;
}

describe('regular expressions in src/', () => {
  it('are all found by the scanner', () => {
    expect(ALL.length).toBeGreaterThan(300);
  });

  it('have no catastrophic or quadratic backtracking on their worst inputs', () => {
    const slow: string[] = [];
    for (const { file, line, regex } of ALL) {
      // Warm up, then take the better of two runs: the machine may be busy.
      worstTime(regex);
      const a = worstTime(regex);
      if (a.ms <= BOUND_MS) continue;
      const b = worstTime(regex);
      if (b.ms > BOUND_MS) slow.push(`${file}:${line} /${regex.source.slice(0, 80)}/ took ${b.ms.toFixed(0)} ms on ${b.input}`);
    }
    expect(slow).toEqual([]);
  }, 600_000);
});
