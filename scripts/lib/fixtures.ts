import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** A gold-labelled fixture: the input file beside its `*.gold.json`. */
export interface Fixture {
  name: string;
  input: string;
  goldPath: string;
  gold: Gold;
  format: string;
  /** The fixture's folder (`html`, `built`, `markdown`, `text`): how results are grouped. */
  group: string;
}

/** The corpus gold format (see fixtures/README.md). */
export interface Gold {
  headline?: string | null;
  section?: string | null;
  published?: string | null;
  modified?: string | null;
  subheadings?: string[];
  captions?: Array<string | { text: string; credit?: string | null }>;
  byline?: string[];
  paragraphs?: string[];
  quotes?: Array<{ text: string; speaker: string | null; role?: string | null; location?: string }>;
  people?: Array<{ name: string; role?: string | null }>;
  url?: string;
  [other: string]: unknown;
}

const INPUT_EXTENSIONS = ['.html', '.htm', '.md', '.txt'];

/** Every fixture under `root` that has a gold file, sorted by path. */
export function findFixtures(root: string): Fixture[] {
  const out: Fixture[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.gold.json')) {
        const stem = entry.slice(0, -'.gold.json'.length);
        const input = INPUT_EXTENSIONS.map((ext) => join(dir, stem + ext)).find((p) => existsSync(p));
        if (!input) continue;
        const gold = JSON.parse(readFileSync(path, 'utf8')) as Gold;
        const format = input.endsWith('.md') ? 'markdown' : input.endsWith('.txt') ? 'text' : 'html';
        // Grouped by the folder right under the root (`markdown/crawler/x` is in `markdown`).
        const rel = relative(root, dirname(path)).split(sep);
        const group = rel[0] || basename(dirname(path));
        out.push({ name: `${rel.join('/')}/${stem}`, input, goldPath: path, gold, format, group });
      }
    }
  };
  walk(root);
  return out;
}
