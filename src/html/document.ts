import { Comment, Document, Element, ProcessingInstruction, Text, type AnyNode, type ParentNode } from 'domhandler';
import { GisaError } from '../errors.js';
import { wrapFragment } from './dom.js';

/**
 * A page a crawler has parsed already: a domhandler `Document` (htmlparser2's
 * `parseDocument`, the DOM under cheerio), or the `CheerioAPI` that `cheerio.load()`
 * returns. gisa reads its nodes without parsing the HTML again and never imports cheerio.
 */
export type HtmlDocument = { type: 'root'; children: readonly unknown[] } | CheerioDocument;

/** What gisa needs of a `CheerioAPI`: its root document. */
export interface CheerioDocument {
  root(): ArrayLike<object>;
}

interface NodeLike {
  type?: unknown;
  name?: unknown;
  data?: unknown;
  attribs?: unknown;
  children?: unknown;
}

/** The parsed document `input` holds, or null when it holds none (a string, bytes). */
export function documentRoot(input: unknown): NodeLike | null {
  if (typeof input === 'function' && typeof (input as { root?: unknown }).root === 'function') {
    const root = (input as unknown as CheerioDocument).root()[0] as NodeLike | undefined;
    return root?.type === 'root' ? root : null;
  }
  if (typeof input === 'object' && input !== null && (input as NodeLike).type === 'root' && Array.isArray((input as NodeLike).children)) {
    return input as NodeLike;
  }
  return null;
}

/**
 * A copy of the caller's document for gisa to work on (the page scan numbers elements
 * and flattens hostile nesting; the caller's tree stays as it was). Iterative, so any
 * depth is safe; text and attribute characters count against `maxChars` as bytes would.
 *
 * @example
 * copyDocument(parseDocument('<p>안녕</p>'), 1000).children.length; // 1 (a <body> around the fragment)
 */
export function copyDocument(root: NodeLike, maxChars: number): Document {
  const doc = new Document([]);
  let chars = 0;
  const stack: Array<{ from: NodeLike; to: ParentNode }> = [{ from: root, to: doc }];
  while (stack.length) {
    const { from, to } = stack.pop() as { from: NodeLike; to: ParentNode };
    const children = Array.isArray(from.children) ? (from.children as NodeLike[]) : [];
    const copies: AnyNode[] = [];
    for (const child of children) {
      const copy = copyNode(child);
      if (!copy) continue;
      chars += copy.type === 'text' || copy.type === 'comment' ? (copy as Text).data.length : 0;
      if (copy instanceof Element) {
        for (const value of Object.values(copy.attribs)) chars += value.length;
        stack.push({ from: child, to: copy });
      }
      if (chars > maxChars) {
        throw new GisaError('INPUT_TOO_LARGE', `the document holds more than maxInputBytes (${maxChars}) characters of text; raise options.maxInputBytes to parse it`);
      }
      copy.parent = to;
      copies.push(copy);
    }
    for (let i = 0; i < copies.length; i += 1) {
      (copies[i] as AnyNode).prev = copies[i - 1] ?? null;
      (copies[i] as AnyNode).next = copies[i + 1] ?? null;
    }
    to.children = copies;
  }
  return wrapFragment(doc);
}

function copyNode(node: NodeLike): AnyNode | null {
  const type = node.type;
  if (type === 'text') return new Text(String(node.data ?? ''));
  if (type === 'comment') return new Comment(String(node.data ?? ''));
  if (type === 'directive') return new ProcessingInstruction(String(node.name ?? '!doctype'), String(node.data ?? ''));
  if (type === 'tag' || type === 'script' || type === 'style') {
    const attribs: Record<string, string> = {};
    if (node.attribs && typeof node.attribs === 'object') {
      for (const [key, value] of Object.entries(node.attribs as Record<string, unknown>)) attribs[key.toLowerCase()] = String(value);
    }
    const el = new Element(String(node.name ?? 'div').toLowerCase(), attribs);
    el.type = type as Element['type'];
    return el;
  }
  if (type === 'cdata') return new Text(Array.isArray(node.children) ? (node.children as NodeLike[]).map((c) => String(c.data ?? '')).join('') : '');
  return null;
}
