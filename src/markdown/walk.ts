import type { Heading, List, ListItem, Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import type { Block, BlockKind } from '../blocks.js';
import { parseBylineLine } from '../extract/bylines.js';
import { skeleton } from '../util/text.js';
import { HtmlReader } from './html.js';
import { isPersonName } from '../extract/names.js';
import { captionEvidence, captionFromAlt, isPhoto, isProfile } from './images.js';
import { inlineTokens, type Definitions } from './inline.js';
import { isNavigation } from './navigation.js';
import { sentencePerLine, toLine, toPieces, type Piece, type TextLine } from './pieces.js';
import { tablePieces } from './table.js';
import type { ImageToken, Token } from './tokens.js';

/** A block and the Markdown node it came from (lines of one heading share a node). */
export interface WalkedBlock {
  block: Block;
  node: number;
  /** Whether navigation was left out just before this block. */
  afterGap: boolean;
}

type LineKind = Extract<BlockKind, 'paragraph' | 'quote' | 'item'>;

/**
 * Turns the mdast tree into blocks, in reading order: headings keep their level;
 * paragraphs, block quotes and list items give one block per line (a hard break or a
 * `<br>` starts a line); a photo gives a caption from the line after it or from its alt
 * text; navigation (link-text lines, link lists) is left out.
 */
export class TreeWalker {
  readonly out: WalkedBlock[] = [];
  private pending: { image: ImageToken; sameParagraph: boolean } | null = null;
  private node = 0;
  private dropped = false;

  /**
   * @param definitions link reference definitions of the document
   * @param known skeletons of the page's title(s); an alt text equal to one is no caption
   */
  constructor(
    private readonly definitions: Definitions,
    private readonly known: Set<string>,
  ) {}

  /** Walks a sequence of flow nodes (the root's children, a quote's, an item's). */
  flow(nodes: readonly RootContent[], kind: LineKind): void {
    for (const node of nodes) {
      this.node += 1;
      switch (node.type) {
        case 'heading':
          this.heading(node);
          break;
        case 'paragraph':
          this.paragraph(inlineTokens(node.children, this.definitions), kind);
          break;
        case 'html': {
          const tokens: Token[] = [];
          new HtmlReader(tokens).feed(node.value, { link: false, href: null, italic: false, strong: false, caption: false });
          this.paragraph(tokens, kind);
          break;
        }
        case 'blockquote':
          this.flow(node.children, 'quote');
          break;
        case 'list':
          this.list(node, kind);
          break;
        case 'thematicBreak':
          this.closePending();
          break;
        default:
          // Code, definitions and extension nodes carry no article text.
          break;
      }
    }
  }

  /** Emits the caption an unanswered photo's alt text gives, if any. */
  closePending(): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    const alt = captionFromAlt(pending.image, this.known);
    if (alt) this.emit({ kind: 'caption', text: alt, imageUrl: pending.image.url });
  }

  private emit(block: Block): void {
    this.out.push({ block, node: this.node, afterGap: this.dropped });
    this.dropped = false;
  }

  private heading(node: Heading): void {
    this.closePending();
    for (const piece of toPieces(inlineTokens(node.children, this.definitions))) {
      if (piece.type !== 'line') continue;
      // A linked sub-heading is a menu or a list of other articles; a linked H1 may be the title.
      if (node.depth > 1 && isNavigation(piece.line)) {
        this.dropped = true;
        continue;
      }
      if (node.depth <= 2) this.known.add(skeleton(piece.line.text));
      this.emit({ kind: 'heading', text: piece.line.text, level: node.depth });
    }
  }

  private paragraph(tokens: readonly Token[], kind: LineKind): void {
    const table = tablePieces(tokens);
    const pieces = table ?? toPieces(tokens, sentencePerLine(tokens));
    const lineKind: LineKind = table ? 'item' : kind;
    let i = 0;
    while (i < pieces.length) {
      const piece = pieces[i] as Piece;
      if (piece.type === 'image') {
        this.closePending();
        if (isPhoto(piece.image)) this.pending = { image: piece.image, sameParagraph: true };
        else if (isProfile(piece.image)) {
          // A reporter's picture, then the reporter's bare name (`![기자이미지](…) 박윤수`).
          const next = pieces[i + 1];
          if (next?.type === 'line' && isPersonName(next.line.text)) {
            this.emit({ kind: 'byline', text: next.line.text });
            i += 2;
            continue;
          }
        }
        i += 1;
        continue;
      }
      if (this.pending) {
        const taken = this.takeCaption(pieces, i);
        if (taken) {
          i += taken;
          continue;
        }
        this.closePending();
      }
      this.line(piece.line, lineKind);
      i += 1;
    }
    if (this.pending) this.pending.sameParagraph = false;
  }

  /**
   * Reads the lines from `from` (up to the next picture) as the pending photo's caption:
   * the first line when it surely is one, else all of them when together they surely
   * make one (`취업 (CG)` / `[연합뉴스TV 제공]`), else the first line when it may be one.
   * Returns how many lines it took.
   */
  private takeCaption(pieces: readonly Piece[], from: number): number {
    const pending = this.pending;
    if (!pending) return 0;
    const lines: TextLine[] = [];
    for (let j = from; j < pieces.length && lines.length < 4; j += 1) {
      const piece = pieces[j] as Piece;
      if (piece.type !== 'line') break;
      lines.push(piece.line);
    }
    const first = lines[0];
    if (!first) return 0;
    const tries: Array<[TextLine, number, 'strong' | 'weak']> = [[first, 1, 'strong']];
    if (lines.length > 1) tries.push([joinLines(lines), lines.length, 'strong']);
    tries.push([first, 1, 'weak']);
    for (const [line, count, needed] of tries) {
      const evidence = captionEvidence(line, pending.image, pending.sameParagraph);
      if (!evidence || (needed === 'strong' && evidence !== 'strong')) continue;
      this.pending = null;
      this.emit({ kind: 'caption', text: line.text, imageUrl: pending.image.url });
      return count;
    }
    return 0;
  }

  private line(line: TextLine, kind: LineKind): void {
    // The tail of a link whose opening bracket went astray: `](https://…)`.
    if (line.text.startsWith('](') && !line.text.includes(' ')) {
      this.dropped = true;
      return;
    }
    // `[홍길동 기자](…) [이메일 보내기](mailto:…)`: a row of links is read link by link.
    const row = line.links.length > 1 && line.hrefLetters >= line.letters * 0.9;
    if (!row && !isNavigation(line)) {
      this.emit({ kind, text: line.text });
      return;
    }
    this.dropped = true;
    for (const text of bylineLinks(line)) this.emit({ kind, text });
  }

  /**
   * A list whose items are mostly links is a menu or a list of other articles and is
   * left out whole; in other lists each item's lines become `item` blocks.
   */
  private list(node: List, kind: LineKind): void {
    let withText = 0;
    let links = 0;
    for (const item of node.children) {
      const lines = itemLines(item, this.definitions);
      if (!lines.length) continue;
      withText += 1;
      if (lines.every(isNavigation)) links += 1;
    }
    if (withText && links >= withText * 0.6) {
      this.closePending();
      this.dropped = true;
      // A reporter card (`이동환 기자 leedong@…`) inside a link list still names the reporter.
      for (const item of node.children) {
        for (const line of itemLines(item, this.definitions)) {
          for (const text of bylineLinks(line)) this.emit({ kind: 'item', text });
        }
      }
      return;
    }
    for (const item of node.children) this.flow(item.children, kind === 'quote' ? 'quote' : 'item');
  }
}

/** The text lines of a list item's own paragraphs (nested lists aside). */
function itemLines(item: ListItem, definitions: Definitions): TextLine[] {
  const lines: TextLine[] = [];
  for (const child of item.children) {
    if (child.type !== 'paragraph' && child.type !== 'heading') continue;
    for (const piece of toPieces(inlineTokens((child as Parent & { children: PhrasingContent[] }).children, definitions))) {
      if (piece.type === 'line') lines.push(piece.line);
    }
  }
  return lines;
}

/** The link texts of a navigation line that are bylines, or the whole line when it is one. */
function bylineLinks(line: TextLine): string[] {
  if (isByline(line.text)) return [line.text];
  return line.links.filter(isByline);
}

/** A byline with a reporter's title or address; a bare name in a menu (`성공예감 이대호입니다`) is not enough. */
function isByline(text: string): boolean {
  return parseBylineLine(text)?.bylines.some((b) => b.title || b.email) ?? false;
}

function joinLines(lines: readonly TextLine[]): TextLine {
  const joined = toLine([{ type: 'text', value: lines.map((l) => l.text).join(' '), link: false, italic: false, strong: false, caption: false }]) as TextLine;
  joined.links = lines.flatMap((l) => l.links);
  for (const key of ['linkLetters', 'italicLetters', 'strongLetters', 'captionLetters', 'hrefLetters'] as const) {
    joined[key] = lines.reduce((sum, l) => sum + l[key], 0);
  }
  return joined;
}

/** Every node of a tree, parents before children, without recursion. */
export function* allNodes(root: Nodes): Generator<Nodes> {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop() as Nodes;
    yield node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as Nodes);
  }
}
