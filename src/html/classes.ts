import type { Element } from 'domhandler';

const SPLIT = /[\s_-]+/;

/** The words of an element's class and id, lower-cased (`news_txt view-ad` → news, txt, view, ad). */
export function classWords(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  if (!raw.trim()) return [];
  return raw.split(SPLIT).filter(Boolean);
}

/** The whole class names and id of an element, lower-cased (`img_desc`, `article-body`). */
export function classNames(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  return raw.split(/\s+/).filter(Boolean);
}

/** Whether any class name, id or class word of the element is in `set`. */
export function hasClassIn(el: Element, set: ReadonlySet<string>): boolean {
  if (!el.attribs.class && !el.attribs.id) return false;
  for (const name of classNames(el)) if (set.has(name)) return true;
  for (const word of classWords(el)) if (set.has(word)) return true;
  return false;
}
