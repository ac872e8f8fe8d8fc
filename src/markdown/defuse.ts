/**
 * micromark (under remark-parse) slows down far beyond linear on some inputs: containers
 * nested hundreds deep (`>>>>…`, `- - - - …`, ever deeper indentation) and paragraphs
 * with thousands of emphasis or link delimiters. Scraped garbage has such shapes, so the
 * Markdown is bounded before it is parsed: it keeps its meaning for any real article
 * and can no longer make the parser crawl.
 */

/**
 * Markdown longer than this is cut at a blank line and the rest is read as plain text.
 * Crawled article pages stay far below it; micromark needs about a second for so much
 * Markdown of the densest kinds.
 */
export const MAX_MARKDOWN_CHARS = 200_000;
/** The same limit in lines: thousands of tiny blocks cost micromark as much. */
export const MAX_MARKDOWN_LINES = 5000;
/** Container markers per line: blockquote `>` and list bullets. */
const MAX_QUOTE_MARKERS = 8;
const MAX_LIST_MARKERS = 4;
/** Columns of white space at the start of a line (beyond it, nesting means nothing). */
const MAX_INDENT = 16;
/** Inline delimiters (`*_[]<\`~`) per paragraph and per document; later ones are blanked out. */
const MAX_DELIMITERS_PER_BLOCK = 600;
const MAX_DELIMITERS = 12_000;

/** The Markdown to parse, and what was cut off for being too long. */
export interface Defused {
  markdown: string;
  /** Text past {@link MAX_MARKDOWN_CHARS}, to be read as plain lines. */
  overflow: string;
}

/** Bounds nesting and delimiter counts so that parsing stays fast; see the module comment. */
export function defuse(input: string): Defused {
  let markdown = input;
  let overflow = '';
  const limit = Math.min(MAX_MARKDOWN_CHARS, offsetOfLine(input, MAX_MARKDOWN_LINES));
  if (input.length > limit) {
    const blank = input.lastIndexOf('\n\n', limit);
    const cut = blank > limit / 2 ? blank : limit;
    markdown = input.slice(0, cut);
    overflow = input.slice(cut);
  }
  const lines = markdown.split('\n');
  let inBlock = 0;
  let total = 0;
  for (let i = 0; i < lines.length; i += 1) {
    let line = capPrefix(lines[i] as string);
    if (!line.trim()) {
      inBlock = 0;
      lines[i] = line;
      continue;
    }
    // A list item or heading starts a new run of inline text, parsed on its own.
    if (startsInlineRun(line)) inBlock = 0;
    const counted = escapeExcess(line, MAX_DELIMITERS_PER_BLOCK - inBlock, MAX_DELIMITERS - total);
    inBlock += counted.seen;
    total += counted.seen;
    // After the budget, which may have cut a run in two: its kept half must find a closer too.
    line = blankUnpairedBackticks(counted.line);
    lines[i] = line;
  }
  return { markdown: lines.join('\n'), overflow };
}

function startsInlineRun(line: string): boolean {
  let i = 0;
  while (i < line.length && i < MAX_INDENT && (line[i] === ' ' || line[i] === '\t' || line[i] === '>')) i += 1;
  return line[i] === '#' || listMarkerLength(line, i) > 0;
}

/** Offset of the start of line `line` (0-based), or the text's length when it has fewer lines. */
function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i += 1) {
    const next = text.indexOf('\n', at);
    if (next === -1) return text.length;
    at = next + 1;
  }
  return at;
}

const DELIMITERS = new Set(['*', '_', '[', ']', '<', '`', '~']);
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Counts the inline delimiters of a line and blanks out those beyond the budgets (no
 * article paragraph comes near them; escaping them instead would cost micromark as much
 * as parsing them). Existing escapes are kept.
 */
function escapeExcess(line: string, blockBudget: number, totalBudget: number): { line: string; seen: number } {
  let seen = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] as string;
    if (ch === '\\' && PUNCTUATION.test(line[i + 1] ?? '')) {
      i += 1;
      continue;
    }
    if (!DELIMITERS.has(ch)) continue;
    seen += 1;
    if (seen > blockBudget || seen > totalBudget) {
      out += `${line.slice(from, i)} `;
      from = i + 1;
    }
  }
  return { line: out ? out + line.slice(from) : line, seen };
}

// A fence line (```js, maybe inside a quote or list item) opens or closes a code block.
const CODE_FENCE = /^[ \t>]{0,16}(?:(?:[-*+]|\d{1,9}[.)])[ \t]{1,4}){0,4}`{3}/;

/**
 * The line with every backtick run that opens no code span on this line blanked out.
 * micromark looks for the closing run of an opener to the end of the paragraph, slowly
 * (one unmatched opener before 200 KB of text costs it a second), so unmatched runs in a
 * long paragraph cost it quadratic time; a run whose
 * equal-length closer comes later on the same line still makes a code span. (A code span
 * across lines loses its backticks: articles have none.)
 */
export function blankUnpairedBackticks(line: string): string {
  if (!line.includes('`') || CODE_FENCE.test(line)) return line;
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = 0; i < line.length; ) {
    if (line[i] !== '`') {
      i += 1;
      continue;
    }
    let end = i;
    while (line[end] === '`') end += 1;
    // `\`` opens nothing: its first backtick is a literal.
    const start = line[i - 1] === '\\' ? i + 1 : i;
    if (end > start) runs.push({ start, length: end - start });
    i = end;
  }
  // For each run, the next run of the same length (its closer), found from the right.
  const closer = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k -= 1) {
    const run = runs[k] as { length: number };
    closer[k] = lastOfLength.get(run.length) ?? -1;
    lastOfLength.set(run.length, k);
  }
  let out = '';
  let from = 0;
  for (let k = 0; k < runs.length; ) {
    const close = closer[k] as number;
    if (close !== -1) {
      // A code span: the runs inside it are its text.
      k = close + 1;
      continue;
    }
    const run = runs[k] as { start: number; length: number };
    out += `${line.slice(from, run.start)}${' '.repeat(run.length)}`;
    from = run.start + run.length;
    k += 1;
  }
  return out ? out + line.slice(from) : line;
}

/**
 * Limits the container prefix of a line (`> > - ` and indentation). Lines within the
 * limits come back unchanged; others keep their first markers and short indents.
 */
function capPrefix(line: string): string {
  let i = 0;
  let quotes = 0;
  let lists = 0;
  let indent = 0;
  let widest = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === ' ' || ch === '\t') {
      indent += ch === '\t' ? 4 : 1;
      widest = Math.max(widest, indent);
      i += 1;
      continue;
    }
    indent = 0;
    if (ch === '>') {
      quotes += 1;
      i += 1;
      continue;
    }
    const marker = listMarkerLength(line, i);
    if (!marker) break;
    lists += 1;
    i += marker;
  }
  if (quotes <= MAX_QUOTE_MARKERS && lists <= MAX_LIST_MARKERS && widest <= MAX_INDENT) return line;
  return rebuildPrefix(line, i) + line.slice(i);
}

/** Length of a list marker (`-`, `*`, `+`, `1.`, `1)`) at `at` when a space follows it, else 0. */
function listMarkerLength(line: string, at: number): number {
  const ch = line[at] as string;
  let end = at;
  if (ch === '-' || ch === '*' || ch === '+') end = at + 1;
  else {
    while (end < line.length && end - at < 9 && line[end] !== undefined && /[0-9]/.test(line[end] as string)) end += 1;
    if (end === at || (line[end] !== '.' && line[end] !== ')')) return 0;
    end += 1;
  }
  const next = line[end];
  return next === ' ' || next === '\t' ? end - at : 0;
}

function rebuildPrefix(line: string, end: number): string {
  let out = '';
  let quotes = 0;
  let lists = 0;
  let run = 0;
  let columns = 0;
  for (let i = 0; i < end; ) {
    const ch = line[i] as string;
    if (ch === ' ' || ch === '\t') {
      const width = ch === '\t' ? 4 : 1;
      if (run + width <= 4 && columns + width <= MAX_INDENT) {
        out += ' '.repeat(width);
        run += width;
        columns += width;
      }
      i += 1;
      continue;
    }
    run = 0;
    let kept: boolean;
    if (ch === '>') {
      kept = quotes < MAX_QUOTE_MARKERS;
      if (kept) out += '>';
      quotes += 1;
      i += 1;
    } else {
      const marker = listMarkerLength(line, i);
      kept = lists < MAX_LIST_MARKERS;
      if (kept) out += line.slice(i, i + marker);
      lists += 1;
      i += marker;
    }
    // A dropped marker takes the space after it along.
    if (!kept) while (i < end && (line[i] === ' ' || line[i] === '\t')) i += 1;
  }
  // The content must stay apart from the last marker kept.
  return out && !/[ \t]$/.test(out) ? `${out} ` : out;
}
