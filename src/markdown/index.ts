import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BlockDocument } from '../blocks.js';
import { isBoilerplate } from '../extract/boilerplate.js';
import { isProse } from '../extract/layout.js';
import { textToBlocks } from '../text/index.js';
import { skeleton } from '../util/text.js';
import { warn, type Warning } from '../warnings.js';
import { defuse, MAX_MARKDOWN_CHARS, MAX_MARKDOWN_LINES } from './defuse.js';
import { dropPageFooter } from './footer.js';
import { readPreamble } from './header.js';
import { markHeadline } from './headline.js';
import { labelKey } from './inline.js';
import { hangulEmphasis, joinBlockLinks } from './repair.js';
import { segments } from './segment.js';
import { allNodes, TreeWalker, type WalkedBlock } from './walk.js';

const parser = unified().use(remarkParse).freeze();

/**
 * The Markdown frontend: reads a reader-service header or front matter into metadata,
 * parses the body with remark-parse (CommonMark) and turns the tree into the neutral
 * blocks every field extractor reads. Links become their text, emphasis is dropped,
 * photos give captions, navigation is left out.
 */
export function markdownToBlocks(input: string): BlockDocument {
  const { meta, body } = readPreamble(input.replace(/\r\n?/g, '\n'));
  const { markdown, overflow } = defuse(hangulEmphasis(joinBlockLinks(body)));
  const trees = segments(markdown).map((segment) => parser.parse(segment));

  const definitions = new Map<string, string>();
  for (const tree of trees) {
    for (const node of allNodes(tree)) {
      if (node.type === 'definition' && !definitions.has(labelKey(node.identifier))) definitions.set(labelKey(node.identifier), node.url);
    }
  }
  const known = new Set<string>();
  if (meta.headline) known.add(skeleton(meta.headline));
  const walker = new TreeWalker(definitions, known);
  for (const tree of trees) walker.flow(tree.children, 'paragraph');
  walker.closePending();

  let blocks = markHeadline(dropPageFooter(pruneEmptySections(walker.out)), meta);
  const warnings: Warning[] = [];
  if (overflow) {
    // concat, not push(...): the tail can hold more lines than a call takes arguments.
    const tail = textToBlocks(overflow);
    blocks = blocks.concat(tail.blocks);
    warnings.push(...tail.warnings);
    warnings.push(warn('MARKDOWN_READ_AS_TEXT', `Markdown past ${MAX_MARKDOWN_CHARS} characters or ${MAX_MARKDOWN_LINES} lines was read as plain text`));
  }
  return { format: 'markdown', blocks, meta, adapter: null, warnings };
}

/**
 * After the body has begun, a heading with no running text under it (`이 기사 어땠나요?`
 * over reaction buttons, `인기 키워드` over a dropped link list, `댓글0` over a comment
 * form) belongs to the page around the article and is left out. Before the body,
 * headings are the headline and deck and are all kept.
 */
function pruneEmptySections(walked: readonly WalkedBlock[]): WalkedBlock[] {
  const firstProse = walked.findIndex((w) => w.block.kind !== 'heading' && w.block.kind !== 'caption' && isProse(w.block.text));
  const out: WalkedBlock[] = [];
  let pruned = false;
  for (let i = 0; i < walked.length; i += 1) {
    const w = walked[i] as WalkedBlock;
    if (w.block.kind === 'heading' && firstProse !== -1 && i > firstProse && emptySection(walked, i, w.node, w.block.level ?? 1)) {
      pruned = true;
      continue;
    }
    out.push(pruned ? { ...w, afterGap: true } : w);
    pruned = false;
  }
  return out;
}

function emptySection(walked: readonly WalkedBlock[], at: number, node: number, level: number): boolean {
  for (let j = at + 1; j < walked.length; j += 1) {
    const next = walked[j] as WalkedBlock;
    if (next.block.kind === 'heading') {
      // Lines of the same heading, or a deeper heading, still belong to this section.
      if (next.node === node || (next.block.level ?? 1) > level) return false;
      return true;
    }
    if (next.block.kind !== 'caption' && !isBoilerplate(next.block.text) && isProse(next.block.text)) return false;
  }
  return true;
}
