/**
 * Scores gisa's quotes on the quote dev set (`fixtures/quotes/`) and prints the table,
 * the breakdown by pattern, and with `--verbose` every miss.
 *
 *   npx tsx scripts/quotes-eval.ts [--verbose] [--only <article>]
 */
import { devSetTable, loadDevSet, patternTable, scoreDevSet } from './lib/quotes-devset.js';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const articles = loadDevSet().filter((a) => !only || a.name === only);
const score = scoreDevSet(articles);
if (argv.includes('--verbose')) {
  let last = '';
  for (const miss of score.misses) {
    if (miss.article !== last) console.log(`${miss.article}:`);
    last = miss.article;
    console.log(`  ${miss.kind}: ${miss.detail}`);
  }
  console.log('');
}
console.log(devSetTable(score).join('\n'));
console.log('');
console.log(patternTable(score).join('\n'));
