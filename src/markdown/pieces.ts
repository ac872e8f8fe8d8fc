import { clean } from '../util/text.js';
import type { ImageToken, TextToken, Token } from './tokens.js';

/** A line of text with how much of it each kind of markup covers (in letters and digits). */
export interface TextLine {
  text: string;
  letters: number;
  linkLetters: number;
  italicLetters: number;
  strongLetters: number;
  captionLetters: number;
  /** Letters inside any link, mail links included. */
  hrefLetters: number;
  /** The text of each link in the line, in order. */
  links: string[];
}

/** What a paragraph is made of, in order: lines of text and pictures. */
export type Piece = { type: 'line'; line: TextLine } | { type: 'image'; image: ImageToken };

function letterCount(value: string): number {
  return value.replace(/[^\p{L}\p{N}]+/gu, '').length;
}

/** Builds a {@link TextLine} from text tokens; null when it holds no text. */
export function toLine(tokens: readonly TextToken[]): TextLine | null {
  const line: TextLine = { text: '', letters: 0, linkLetters: 0, italicLetters: 0, strongLetters: 0, captionLetters: 0, hrefLetters: 0, links: [] };
  let raw = '';
  let link = '';
  let href: string | null | undefined;
  const endLink = () => {
    if (clean(link)) line.links.push(clean(link));
    link = '';
  };
  for (const t of tokens) {
    raw += t.value;
    if (!t.href || t.href !== href) endLink();
    href = t.href;
    if (t.href) link += t.value;
    const n = letterCount(t.value);
    line.letters += n;
    if (t.link) line.linkLetters += n;
    if (t.href) line.hrefLetters += n;
    if (t.italic) line.italicLetters += n;
    if (t.strong) line.strongLetters += n;
    if (t.caption) line.captionLetters += n;
  }
  endLink();
  line.text = clean(raw);
  return line.text ? line : null;
}

const SENTENCE_END = /(?:[.!?。]|다)["”’')\]]{0,2}$/;

/**
 * Whether a paragraph's source lines are whole sentences, one per line: text pasted with
 * single newlines between paragraphs. Its soft breaks are then line breaks, as in text.
 */
export function sentencePerLine(tokens: readonly Token[]): boolean {
  const lines = sourceLines(tokens).map((l) => tokensText(l).trim()).filter(Boolean);
  if (lines.length < 2) return false;
  const ended = lines.slice(0, -1).filter((l) => l.length >= 20 && SENTENCE_END.test(l)).length;
  return ended >= (lines.length - 1) * 0.8 || unevenLines(lines);
}

const SHORT_LINE = 30;

/**
 * Whether every line before the last is short, or they differ widely in length: a writer who wraps a
 * paragraph fills every line but the last to about the same width, while a text scrape
 * pasted as Markdown puts a label, a headline and a stamp line one under the other
 * (`문화` / `배우들의 … 제작발표회` / `입력 2011-09-15 16:57`).
 */
function unevenLines(lines: readonly string[]): boolean {
  const full = lines.slice(0, -1).map((l) => l.length);
  if (full.length < 2) return false;
  // Nobody wraps a long paragraph at 30 columns: three or more lines that short are
  // labels and widgets, one a line.
  if (Math.max(...full) <= SHORT_LINE) return true;
  return Math.min(...full) < Math.max(...full) * 0.5;
}

/**
 * Splits inline tokens into pieces: a picture stands alone, a hard break starts a new
 * line, a soft break is a space (the writer's source wrapped there) unless `softIsHard`.
 */
export function toPieces(tokens: readonly Token[], softIsHard = false): Piece[] {
  const pieces: Piece[] = [];
  let current: TextToken[] = [];
  const flush = () => {
    const line = toLine(current);
    if (line) pieces.push({ type: 'line', line });
    current = [];
  };
  tokens.forEach((token, i) => {
    if (token.type === 'image') {
      flush();
      pieces.push({ type: 'image', image: token });
    } else if (token.type === 'break') {
      if (token.hard || softIsHard || changesStyle(current[current.length - 1], nextText(tokens, i))) flush();
      else if (current.length) current.push({ ...(current[current.length - 1] as TextToken), value: ' ' });
    } else current.push(token);
  });
  flush();
  return pieces;
}

function nextText(tokens: readonly Token[], from: number): TextToken | undefined {
  for (let i = from + 1; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.type === 'text') return t;
    if (t.type === 'image') return undefined;
  }
  return undefined;
}

/**
 * `*caption*` on one line and plain text on the next are two lines, not one: an italic
 * caption under a photo is often followed by the body without a blank line.
 */
function changesStyle(before: TextToken | undefined, after: TextToken | undefined): boolean {
  return !!before && !!after && (before.italic !== after.italic || before.caption !== after.caption);
}

/** Splits tokens at every line break, soft or hard: the source lines. */
export function sourceLines(tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokens) {
    if (token.type === 'break') lines.push([]);
    else (lines[lines.length - 1] as Token[]).push(token);
  }
  return lines;
}

/** The plain text of some tokens (pictures left out). */
export function tokensText(tokens: readonly Token[]): string {
  let text = '';
  for (const t of tokens) if (t.type === 'text') text += t.value;
  return text;
}
