/**
 * Finding quoted spans: pairs of marks, nesting, unclosed and stray marks. One pass per
 * kind of mark, linear in the text: an opening mark that meets another opening mark of
 * its kind before a closing one is dropped, so a missing mark never swallows a paragraph.
 */

/** A quoted span in a text. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** The opening mark. */
  mark: string;
  /** `double` (“ ” "), `single` (‘ ’ '), `corner` (「 」), `title` (『 』 《 》). */
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
// Marks used for both ends: which end a mark is follows from what stands around it.
const TOGGLES: ReadonlyArray<readonly [string, QuoteSpan['style']]> = [
  ['"', 'double'],
  ['″', 'double'],
  ['＂', 'double'],
  ["'", 'single'],
];
const MARKS = new Set([...PAIRS.flatMap((r) => [r.open, r.close]), ...TOGGLES.map(([mark]) => mark)]);

/** Whether `text` holds any quote mark, so that it may hold a quoted span. */
export function hasQuoteMark(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (MARKS.has(text[i] as string)) return true;
  return false;
}

// Before an opening mark: the start, a space, something that opens (`(`, `[`, `:`, `-`),
// or the punctuation titles put between phrases (`사망…"사실 …"`).
const BEFORE_OPEN = /[\s([{<〈‹:：\-–—=…‥⋯·,.!?]/;
// After a closing mark: the end, a space, punctuation, or Hangul glued on (`”라며`).
const AFTER_CLOSE = /[\s)\]}>〉›.,;:!?…~\-–—가-힣]/;

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
      const end = endOf(text, i);
      if (end === 'open' || (end === 'either' && pending === -1)) pending = i;
      else if (pending !== -1) {
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

/**
 * Which end a mark used for both ends is: `open` after a space and before a word,
 * `close` after a word and before a space, punctuation or a glued ending, `either`
 * when both or neither hold (then the marks simply alternate).
 */
function endOf(text: string, i: number): 'open' | 'close' | 'either' {
  const before = i === 0 ? ' ' : (text[i - 1] as string);
  const after = i + 1 >= text.length ? ' ' : (text[i + 1] as string);
  const opens = BEFORE_OPEN.test(before) && !/\s/.test(after);
  const closes = !/\s/.test(before) && AFTER_CLOSE.test(after);
  if (opens === closes) return 'either';
  return opens ? 'open' : 'close';
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
