/**
 * Starts the labels of a quote dev-set article from the corpus gold: writes
 * `fixtures/quotes/<name>.quotes.json` with the gold's body quotes, organization and
 * title split naively from the role and `pattern: "?"`, for a person to correct by
 * reading the text. Never overwrites a labels file; `--format` only rewrites existing
 * files in the one-quote-per-line layout.
 *
 *   npx tsx scripts/quotes-seed.ts            seed every article that has no labels yet
 *   npx tsx scripts/quotes-seed.ts --format   re-lay out every labels file
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { DevQuote } from './lib/quotes-devset.js';

interface GoldQuote {
  text: string;
  speaker: string | null;
  role?: string | null;
  organization?: string | null;
  title?: string | null;
  location?: DevQuote['location'];
}

const FIELDS: Array<keyof DevQuote> = ['text', 'speaker', 'role', 'organization', 'title', 'location', 'pattern', 'optional', 'note'];

/** JSON with one quote per line, fields in a fixed order: easy to read and to diff. */
export function layout(labels: { notes?: string; quotes: DevQuote[] }): string {
  const quotes = labels.quotes.map((q) => {
    const ordered: Record<string, unknown> = {};
    for (const f of FIELDS) if (q[f] !== undefined) ordered[f] = q[f];
    return `    ${JSON.stringify(ordered)}`;
  });
  const head = labels.notes !== undefined ? `  "notes": ${JSON.stringify(labels.notes)},\n` : '';
  return `{\n${head}  "quotes": [\n${quotes.join(',\n')}\n  ]\n}\n`;
}

function seed(goldPath: string, out: string): void {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { quotes?: GoldQuote[] };
  const quotes: DevQuote[] = (gold.quotes ?? []).map((q) => {
    const role = q.role ?? null;
    const words = role ? role.split(' ') : [];
    return {
      text: q.text,
      speaker: q.speaker,
      role,
      organization: q.organization ?? (words.length > 1 ? words.slice(0, -1).join(' ') : null),
      title: q.title ?? (words.length ? (words[words.length - 1] as string) : null),
      location: q.location ?? 'body',
      pattern: '?',
    };
  });
  writeFileSync(out, layout({ quotes }));
}

function main(): void {
  if (process.argv.includes('--format')) {
    for (const entry of readdirSync('fixtures/quotes')) {
      if (!entry.endsWith('.quotes.json')) continue;
      const path = `fixtures/quotes/${entry}`;
      writeFileSync(path, layout(JSON.parse(readFileSync(path, 'utf8'))));
    }
    return;
  }
  // The seed article is plain text already: its dev-set text is the file itself.
  if (!existsSync('fixtures/quotes/awc-2024-seoul.txt')) copyFileSync('fixtures/text/awc-2024-seoul.txt', 'fixtures/quotes/awc-2024-seoul.txt');
  const golds = [
    ...readdirSync('fixtures/html').filter((f) => f.endsWith('.gold.json')).map((f) => `fixtures/html/${f}`),
    'fixtures/text/awc-2024-seoul.gold.json',
  ];
  for (const goldPath of golds) {
    const name = goldPath.split('/').pop()!.replace('.gold.json', '');
    const out = `fixtures/quotes/${name}.quotes.json`;
    if (existsSync(out) || !existsSync(`fixtures/quotes/${name}.txt`)) continue;
    seed(goldPath, out);
    console.log(`seeded ${out}`);
  }
}

main();
