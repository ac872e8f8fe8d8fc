/** Reading audit pages back as a DOM (htmlparser2, as a browser would parse them) for the tests. */
import { selectAll, selectOne } from 'css-select';
import type { Element } from 'domhandler';
import { getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export type Page = ReturnType<typeof parseDocument>;

export function dom(html: string): Page {
  return parseDocument(html);
}

export function all(page: Page | Element, selector: string): Element[] {
  return selectAll(selector, page);
}

export function one(page: Page | Element, selector: string): Element {
  const found = selectOne(selector, page) as Element | null;
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** The `index`-th element of a list; throws when there is none. */
export function nth(list: readonly Element[], index: number): Element {
  const found = list[index];
  if (!found) throw new Error(`no element ${index} of ${list.length}`);
  return found;
}

export function text(node: Element): string {
  return textContent(node);
}

export function attrOf(node: Element, name: string): string | undefined {
  return getAttributeValue(node, name);
}
