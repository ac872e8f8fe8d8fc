import { Element, type AnyNode, type Document, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { MAX_ELEMENTS } from '../limits.js';
import { defuseNesting } from './nesting.js';

/**
 * Parsing and walking the DOM. The page is parsed once with htmlparser2, the parser under
 * cheerio, and selectors run on that one document through css-select; every walk here is
 * iterative, so a page nested thousands of levels deep cannot overflow the stack.
 */

/** The level of a heading tag (`h2` → 2), or Infinity for any other tag; by characters, as it runs for every element. */
export function headingLevel(name: string): number {
  if (name.length !== 2 || name[0] !== 'h') return Infinity;
  const level = name.charCodeAt(1) - 48;
  return level >= 1 && level <= 6 ? level : Infinity;
}

/** Deeper nesting is flattened: real articles are never this deep; hostile pages are. */
export const MAX_DEPTH = 200;

/**
 * The HTML up to its {@link MAX_ELEMENTS}-th start tag, and whether it was cut. Counted
 * by `<` before a letter, so tags inside scripts count too: the cut can come early on a
 * script-heavy page, never late.
 *
 * @example
 * capElements('<p>a</p><p>b</p>', 1) // { html: '<p>a</p>', cut: true }
 */
export function capElements(html: string, max = MAX_ELEMENTS): { html: string; cut: boolean } {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const c = html.charCodeAt(at + 1) | 0x20;
    if (c < 0x61 || c > 0x7a) continue;
    count += 1;
    if (count > max) return { html: html.slice(0, at), cut: true };
  }
  return { html, cut: false };
}

/**
 * Parses HTML. The document may be nested arbitrarily deep until `scanDocument` (which
 * every page goes through first) flattens it to {@link MAX_DEPTH}.
 */
export function parseHtml(html: string): Document {
  return wrapFragment(parseDocument(defuseNesting(html), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }));
}

/** A fragment (`<h2>…</h2><p>…</p>`) gets a <body>, so its paragraphs have a container. */
export function wrapFragment(doc: Document): Document {
  if (!doc.children.some((n) => isElement(n) && (n.name === 'html' || n.name === 'body'))) {
    const body = new Element('body', {}, doc.children);
    for (const child of body.children) child.parent = body;
    body.parent = doc;
    doc.children = [body];
  }
  return doc;
}

/** Whether a node is an element (tag, script or style). */
export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** Element children of a node. */
export function childElements(node: ParentNode): Element[] {
  return node.children.filter(isElement);
}

// Elements that never hold article text.
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'iframe', 'button', 'select', 'option', 'input', 'textarea', 'form', 'svg',
  'canvas', 'video', 'audio', 'object', 'embed', 'template', 'head', 'link', 'meta', 'map', 'area', 'label',
]);

// Elements that start a new line of text.
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'table', 'tbody', 'thead',
  'tr', 'td', 'th', 'pre', 'address', 'hr', 'body', 'html', 'center', 'caption',
]);

/** Whether the markup hides an element (`hidden`, `display:none`, `aria-hidden` on a block). */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  const style = a.style;
  return !!style && /(?:display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden)/i.test(style);
}

/**
 * The text of a node: `<br>` and block elements become line breaks, skipped and hidden
 * elements are left out. Lines are not cleaned here.
 */
export function textOf(root: AnyNode, options: { keepHidden?: boolean } = {}): string {
  let out = '';
  const stack: Array<AnyNode | '\n'> = [root];
  while (stack.length) {
    const node = stack.pop() as AnyNode | '\n';
    if (node === '\n') {
      out += '\n';
      continue;
    }
    if (node.type === 'text') {
      // Line breaks in the source are formatting; only <br> and blocks break lines.
      out += (node as unknown as { data: string }).data.replace(/[\r\n]+/g, ' ');
      continue;
    }
    if (!isElement(node) && node.type !== 'root') continue;
    if (isElement(node)) {
      if (SKIP_TAGS.has(node.name) || (!options.keepHidden && isHidden(node))) continue;
      if (node.name === 'br') {
        out += '\n';
        continue;
      }
    }
    const block = isElement(node) && BLOCK_TAGS.has(node.name);
    if (block) stack.push('\n');
    const children = (node as ParentNode).children;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as AnyNode);
    if (block) out += '\n';
  }
  return out;
}

/** The source text of a script or style element, line breaks and all. */
export function rawText(el: Element): string {
  let out = '';
  for (const child of el.children) if (child.type === 'text') out += (child as unknown as { data: string }).data;
  return out;
}

/** Every element under `root` in document order (iterative). */
export function* elementsIn(root: ParentNode): Generator<Element> {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as AnyNode);
  }
}

/**
 * Flattens the subtree of an element at {@link MAX_DEPTH}: its leaves (text, images,
 * line breaks) become its children, in order.
 */
export function flatten(el: Element): void {
  const leaves: AnyNode[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (isElement(node) && node.children.length && node.name !== 'br' && node.name !== 'img') {
      if (BLOCK_TAGS.has(node.name)) leaves.push(lineBreak(el));
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as AnyNode);
    } else leaves.push(node);
  }
  el.children = leaves;
  leaves.forEach((leaf, i) => {
    leaf.parent = el;
    leaf.prev = leaves[i - 1] ?? null;
    leaf.next = leaves[i + 1] ?? null;
  });
}

function lineBreak(parent: Element): Element {
  const br = new Element('br', {});
  br.parent = parent;
  return br;
}
