/**
 * Scores gisa's quotes on the quote dev set (`fixtures/quotes/`) and prints the table,
 * the breakdown by pattern, and with `--verbose` every miss.
 *
 *   npx tsx scripts/quotes-eval.ts [--verbose] [--only <article>] [--html]
 *
 * With `--html` each article is read from its original page (`fixtures/html/`) through
 * the HTML frontend instead of from its dev-set text: what a user parsing the page gets.
 * Headline and deck quotes the text leaves out then show as extras.
 */
import { devSetTable, fromPage, loadDevSet, patternTable, scoreDevSet } from './lib/quotes-devset.js';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const articles = loadDevSet().filter((a) => !only || a.name === only);
const score = argv.includes('--html') ? scoreDevSet(articles, fromPage) : scoreDevSet(articles);
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
