import type { Nodes, PhrasingContent } from 'mdast';
import { HtmlReader } from './html.js';
import { isPageLink, NO_MARKS, pushText, type Marks, type Token } from './tokens.js';

/** Link reference definitions (`[id]: url`), by normalized label. */
export type Definitions = ReadonlyMap<string, string>;

/** The key of a reference label: case-folded, white space collapsed. */
export function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Flattens a paragraph's (or heading's, or cell's) inline content into tokens: links
 * reduced to their text with the `link` mark, emphasis to marks, images kept with the
 * link around them, raw HTML read by {@link HtmlReader}. Walks with its own stack, so
 * nesting depth cannot exhaust the call stack.
 */
export function inlineTokens(children: readonly PhrasingContent[], definitions: Definitions): Token[] {
  const out: Token[] = [];
  const html = new HtmlReader(out);
  const stack: Array<{ node: Nodes; marks: Marks }> = [];
  for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i] as Nodes, marks: NO_MARKS });
  while (stack.length) {
    const { node, marks } = stack.pop() as { node: Nodes; marks: Marks };
    let inner: Marks | null = null;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (!html.skipping) pushText(out, node.value, html.marks(marks));
        break;
      case 'break':
        out.push({ type: 'break', hard: true });
        break;
      case 'html':
        html.feed(node.value, marks);
        break;
      case 'emphasis':
        inner = { ...marks, italic: true };
        break;
      case 'strong':
        inner = { ...marks, strong: true };
        break;
      case 'link':
        inner = { ...marks, link: marks.link || isPageLink(node.url), href: node.url };
        break;
      case 'linkReference': {
        const url = definitions.get(labelKey(node.identifier)) ?? null;
        inner = { ...marks, link: marks.link || isPageLink(url), href: url };
        break;
      }
      case 'image':
        if (!html.skipping) out.push({ type: 'image', alt: node.alt ?? '', url: node.url || null, href: marks.href });
        break;
      case 'imageReference':
        if (!html.skipping) out.push({ type: 'image', alt: node.alt ?? '', url: definitions.get(labelKey(node.identifier)) ?? null, href: marks.href });
        break;
      default:
        // delete, footnote references and other extensions: keep whatever text they hold.
        if ('children' in node) inner = marks;
        else if ('value' in node && typeof node.value === 'string' && !html.skipping) pushText(out, node.value, html.marks(marks));
    }
    if (inner && 'children' in node) {
      const kids = node.children as Nodes[];
      for (let i = kids.length - 1; i >= 0; i -= 1) stack.push({ node: kids[i] as Nodes, marks: inner });
    }
  }
  return out;
}
