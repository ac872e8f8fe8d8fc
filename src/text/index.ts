import { emptyMetadata, type Block, type BlockDocument } from '../blocks.js';
import { MAX_TEXT_LINES } from '../limits.js';
import { cleanLines } from '../util/text.js';
import { warning } from '../warnings.js';

/**
 * The plain-text frontend: one block per line (or per paragraph when the text was
 * hard-wrapped). It knows nothing of roles; the layout pass decides them from the text.
 */
export function textToBlocks(text: string): BlockDocument {
  const lines = cleanLines(text);
  const joined = looksHardWrapped(lines) ? joinWrapped(lines) : lines;
  const blocks: Block[] = [];
  const warnings: string[] = [];
  for (const line of joined) {
    // Rules of dashes, stars and box drawing separate sections; they carry no text.
    if (!line || !/[\p{L}\p{N}]/u.test(line)) continue;
    if (blocks.length === MAX_TEXT_LINES) {
      warnings.push(warning('INPUT_TRUNCATED', `the text has more than ${MAX_TEXT_LINES} lines; the lines after them were not read`));
      break;
    }
    blocks.push({ kind: 'paragraph', text: line });
  }
  return { format: 'text', blocks, meta: emptyMetadata(), adapter: null, warnings };
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
