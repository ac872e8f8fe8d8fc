/**
 * micromark's work per block grows with the size of the document before it: every
 * closed container and every setext heading splices the whole event list. A page of
 * thousands of blocks (a crawler dump, garbage) then takes minutes. Parsing the
 * document in short segments, cut only where a new top-level block begins, keeps the
 * cost linear and gives the same blocks.
 */

const FENCE = /^ {0,3}(`{3,80}|~{3,80})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
// HTML blocks that run until an end marker, across blank lines (CommonMark types 1–5).
const RAW_HTML: ReadonlyArray<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** A segment is cut at the first block start after this many characters … */
const SEGMENT_CHARS = 4000;
/** … or after this many block starts. */
const SEGMENT_BLOCKS = 40;

/**
 * Whether a line is made of one character repeated, spaces allowed between (`===`,
 * `- - -`, `***`): a setext underline or a thematic break.
 */
function isRule(line: string): boolean {
  const t = line.trim();
  if (!t || line.length - line.trimStart().length > 3) return false;
  const mark = t[0] as string;
  if (mark !== '=' && mark !== '-' && mark !== '*' && mark !== '_') return false;
  for (const ch of t) if (ch !== mark && ch !== ' ' && ch !== '\t') return false;
  return true;
}

/** Whether the line after `previous` starts a block that no earlier line can continue. */
function endsBlock(previous: string): boolean {
  return !previous.trim() || ATX_HEADING.test(previous) || isRule(previous);
}

/**
 * Splits Markdown into segments that parse to the same blocks as the whole: cuts fall
 * before an unindented line that starts a new block (after a blank line, a heading or a
 * rule, or the next item of a list), never inside a code fence or a raw HTML block.
 */
export function segments(markdown: string): string[] {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let start = 0;
  let chars = 0;
  let blocks = 0;
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (fence !== null) {
      if (line.trimStart().startsWith(fence) && !line.trim().slice(fence.length).replace(/[`~]/g, '').trim()) fence = null;
      chars += line.length + 1;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
      chars += line.length + 1;
      continue;
    }
    const previous = lines[i - 1];
    const unindented = line !== '' && line[0] !== ' ' && line[0] !== '\t';
    if (i > start && previous !== undefined && unindented && (endsBlock(previous) || (LIST_ITEM.test(line) && LIST_ITEM.test(previous)))) {
      blocks += 1;
      if (blocks >= SEGMENT_BLOCKS || chars >= SEGMENT_CHARS) {
        out.push(lines.slice(start, i).join('\n'));
        start = i;
        blocks = 0;
        chars = 0;
      }
    }
    chars += line.length + 1;
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1] as string;
      continue;
    }
    for (const [begin, end] of RAW_HTML) {
      if (begin.test(line)) {
        if (!end.test(line)) htmlEnd = end;
        break;
      }
    }
  }
  out.push(lines.slice(start).join('\n'));
  return out;
}
