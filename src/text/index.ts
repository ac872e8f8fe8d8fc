import { emptyMetadata, type Block, type BlockDocument } from '../blocks.js';
import { MAX_TEXT_LINES } from '../limits.js';
import { cleanLines } from '../util/text.js';
import { warn, type Warning } from '../warnings.js';

/**
 * The plain-text frontend: one block per line (or per paragraph when the text was
 * hard-wrapped). It knows nothing of roles; the layout pass decides them from the text.
 */
export function textToBlocks(text: string): BlockDocument {
  const lines = cleanLines(text);
  const joined = looksHardWrapped(lines) ? joinWrapped(lines) : lines;
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  const first = CRAWLER_DATE.exec(joined[0] ?? '');
  if (first) joined.splice(0, 1, first[1] as string, (joined[0] as string).slice(first[0].length));
  for (const line of joined) {
    // Rules of dashes, stars and box drawing separate sections; they carry no text.
    if (!line || !/[\p{L}\p{N}]/u.test(line)) continue;
    if (blocks.length === MAX_TEXT_LINES) {
      warnings.push(warn('INPUT_TRUNCATED', `the text has more than ${MAX_TEXT_LINES} lines; the lines after them were not read`));
      break;
    }
    blocks.push({ kind: 'paragraph', text: onceIfDoubled(line) });
  }
  return { format: 'text', blocks, meta: emptyMetadata(), adapter: null, warnings };
}

// Some crawlers open the text with the page's date field and run the first line on:
// `date 2025-10-31 젠슨 황 …`. The date is a stamp line of its own.
const CRAWLER_DATE = /^(date\s{1,2}\d{4}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2})?)?)\s{1,2}/;

/**
 * A line made of one text twice, run together (a scrape that printed an image's alt text
 * and its caption with nothing between), is that text once.
 */
function onceIfDoubled(line: string): string {
  if (line.length < 20 || line.length % 2 !== 0) return line;
  const half = line.slice(0, line.length / 2);
  return line.endsWith(half) ? half : line;
}

const SENTENCE_END = /[.!?。”"’'」』)\]]$/;

/**
 * Whether the text was wrapped at a fixed width (e-mail, terminal copies): most long
 * lines then end within a few characters of the same column and mid-sentence.
 */
function looksHardWrapped(lines: readonly string[]): boolean {
  const long = lines.filter((l) => l.length >= 20);
  if (long.length < 6) return false;
  const width = [...long].map((l) => l.length).sort((a, b) => a - b)[Math.floor(long.length * 0.9)] ?? 0;
  if (width > 120) return false;
  const full = long.filter((l) => l.length >= width - 8 && !SENTENCE_END.test(l));
  return full.length >= long.length * 0.5;
}

/** Joins the lines of each blank-line-separated paragraph. */
function joinWrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (!line) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
  }
  if (current) out.push(current);
  return out;
}
