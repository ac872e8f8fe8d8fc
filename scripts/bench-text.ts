/**
 * `npm run bench:text`: how fast gisa reads scraped text, in MB/s, over every `fixtures/text`
 * article (the real scrapes), against a baseline run in the same process: the time to split
 * the same texts into lines and words with one regex pass (a floor no reader can beat).
 * Repeats until each side has run for at least two seconds; prints the median of five rounds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../src/index.js';

const dir = 'fixtures/text';
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function rate(run: (t: string) => unknown): number {
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    let passes = 0;
    const start = performance.now();
    while (performance.now() - start < 400) {
      for (const t of texts) run(t);
      passes += 1;
    }
    times.push((passes * bytes) / 1e6 / ((performance.now() - start) / 1000));
  }
  return times.sort((a, b) => a - b)[2] as number;
}

for (const t of texts) parseArticle(t, { format: 'text' }); // warm up
const floor = rate((t) => t.split('\n').map((line) => line.split(/\s+/)));
const gisa = rate((t) => parseArticle(t, { format: 'text' }));
console.log(`text corpus: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`gisa text path: ${gisa.toFixed(2)} MB/s; line+word split floor: ${floor.toFixed(1)} MB/s; ratio ${(floor / gisa).toFixed(1)}×`);
