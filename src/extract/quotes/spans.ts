/**
 * Finding quoted spans: pairs of marks, nesting, unclosed and stray marks. One pass,
 * linear in the text: an opening mark that meets another opening mark of its kind
 * before a closing one is dropped, so a missing mark never swallows a paragraph.
 */

/** A quoted span in a text. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** The opening mark. */
  mark: string;
  /** `double` (“ ” "), `single` (‘ ’ '), `corner` (「 」), `title` (『 』 《 》 〈 〉). */
  style: 'double' | 'single' | 'corner' | 'title';
  /** The words inside the marks, as printed. */
  inner: string;
}

interface PairRule {
  open: string;
  close: string;
  style: QuoteSpan['style'];
}

const PAIRS: readonly PairRule[] = [
  { open: '“', close: '”', style: 'double' },
  { open: '‘', close: '’', style: 'single' },
  { open: '「', close: '」', style: 'corner' },
  { open: '『', close: '』', style: 'title' },
  { open: '《', close: '》', style: 'title' },
];
// Marks used for both ends: the next one closes.
const TOGGLES: ReadonlyArray<readonly [string, QuoteSpan['style']]> = [
  ['"', 'double'],
  ['″', 'double'],
  ['＂', 'double'],
  ["'", 'single'],
];

/** All quoted spans at any depth, ordered by opening position. */
export function findSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const rule of PAIRS) {
    if (!text.includes(rule.open)) continue;
    let pending = -1;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i];
      if (ch === rule.open) pending = i;
      else if (ch === rule.close && pending !== -1) {
        push(spans, text, pending, i, rule.open, rule.style);
        pending = -1;
      }
    }
  }
  for (const [mark, style] of TOGGLES) {
    if (!text.includes(mark)) continue;
    let pending = -1;
    for (let i = 0; i < text.length; i += 1) {
      if (text[i] !== mark) continue;
      if (mark === "'" && isApostrophe(text, i)) continue;
      if (pending === -1) pending = i;
      else {
        push(spans, text, pending, i, mark, style);
        pending = -1;
      }
    }
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** Spans not inside another span (a ‘…’ inside “…” belongs to the outer quote). */
export function topLevelSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let reach = -1;
  for (const span of findSpans(text)) {
    if (span.open < reach) continue;
    out.push(span);
    reach = span.close;
  }
  return out;
}

function push(spans: QuoteSpan[], text: string, open: number, close: number, mark: string, style: QuoteSpan['style']): void {
  const inner = text.slice(open + 1, close).trim();
  if (/[\p{L}\p{N}]/u.test(inner)) spans.push({ open, close, mark, style, inner });
}

// `don't`, `McDonald's`, `'90s`: an ASCII apostrophe inside or before a word.
function isApostrophe(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  return /[A-Za-z]/.test(before) && /[A-Za-z]/.test(after);
}
