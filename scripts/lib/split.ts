/**
 * The tune/check split of the labelled text corpus (`fixtures/SPLIT.tsv`). Rules are improved
 * on the tune half; the check half is the honest figure. The file was written once, before
 * work on it began, and is never changed; new articles are appended to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

export type Half = 'tune' | 'check';

/** id → half, from `fixtures/SPLIT.tsv` (`#` lines are comments). */
export function loadSplit(path = 'fixtures/SPLIT.tsv'): Map<string, Half> {
  const out = new Map<string, Half>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, half] = line.split('\t');
    if (id && (half === 'tune' || half === 'check')) out.set(id.trim(), half);
  }
  return out;
}

/** The half a fixture file belongs to, or null when the split does not list it. */
export function halfOf(split: Map<string, Half>, input: string): Half | null {
  const stem = basename(input).replace(/\.(txt|md|html?)$/u, '');
  return split.get(stem) ?? null;
}
