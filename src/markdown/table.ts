import { sourceLines, tokensText, toLine, toPieces, type Piece } from './pieces.js';
import type { TextToken, Token } from './tokens.js';

/**
 * GFM pipe tables. gisa parses plain CommonMark (no remark-gfm), where a table is a
 * paragraph of `| a | b |` lines under a `| --- | --- |` row; this reads it back.
 */

/** Whether a source line is a table's delimiter row (`| --- | :-: |`). */
export function isDelimiterRow(text: string): boolean {
  const t = text.trim();
  if (!t.includes('|') || !t.includes('-')) return false;
  for (const ch of t) if (ch !== '|' && ch !== '-' && ch !== ':' && ch !== ' ' && ch !== '\t') return false;
  return true;
}

/** Splits a row's tokens at its `|` separators, without the empty cells outside the outer pipes. */
function cells(row: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const token of row) {
    if (token.type !== 'text' || !token.value.includes('|')) {
      (out[out.length - 1] as Token[]).push(token);
      continue;
    }
    token.value.split('|').forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) (out[out.length - 1] as Token[]).push({ ...token, value: part });
    });
  }
  const empty = (cell: readonly Token[] | undefined) => !!cell && cell.every((t) => t.type === 'text' && !t.value.trim());
  if (empty(out[0])) out.shift();
  if (empty(out[out.length - 1])) out.pop();
  return out;
}

/**
 * When a paragraph's tokens form a pipe table, its pieces: one line per row with the
 * cells joined by ` | `, or, in rows holding a picture, one piece per cell so that a
 * photo and its caption cell read like a photo and its caption line. Null otherwise.
 */
export function tablePieces(tokens: readonly Token[]): Piece[] | null {
  const rows = sourceLines(tokens);
  if (rows.length < 2 || !isDelimiterRow(tokensText(rows[1] as Token[])) || !tokensText(rows[0] as Token[]).includes('|')) return null;
  const pieces: Piece[] = [];
  rows.forEach((row, index) => {
    if (index === 1) return;
    const parts = cells(row);
    if (row.some((t) => t.type === 'image')) {
      for (const cell of parts) pieces.push(...toPieces(cell));
      return;
    }
    const joined: TextToken[] = [];
    for (const cell of parts) {
      const text = cell.filter((t): t is TextToken => t.type === 'text');
      if (!text.some((t) => t.value.trim())) continue;
      if (joined.length) joined.push({ type: 'text', value: ' | ', link: false, italic: false, strong: false, caption: false });
      joined.push(...text);
    }
    const line = toLine(joined);
    if (line) pieces.push({ type: 'line', line });
  });
  return pieces;
}
