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

// Pages repeat the same few class attributes thousands of times: remember each answer.
// Keyed by the class attribute alone when there is no id (most elements), else by both.
const answers = new WeakMap<ReadonlySet<string>, { byClass: Map<string, boolean>; byBoth: Map<string, boolean> }>();

/** Whether any class name, id or class word of the element is in `set`. */
export function hasClassIn(el: Element, set: ReadonlySet<string>): boolean {
  const { class: cls, id } = el.attribs;
  if (!cls && !id) return false;
  let memos = answers.get(set);
  if (!memos) answers.set(set, (memos = { byClass: new Map(), byBoth: new Map() }));
  const memo = id ? memos.byBoth : memos.byClass;
  const key = id ? `${cls ?? ''}#${id}` : (cls as string);
  let answer = memo.get(key);
  if (answer === undefined) {
    answer = classNames(el).some((n) => set.has(n)) || classWords(el).some((w) => set.has(w));
    if (memo.size > 5000) memo.clear();
    memo.set(key, answer);
  }
  return answer;
}
