import { compile } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { Measures, measureOne } from './body.js';
import { flatten, headingLevel, isElement, isHidden, MAX_DEPTH, SKIP_TAGS } from './dom.js';

/**
 * What one pass over the page collects: every id and class name (to skip selectors
 * that cannot match), and the elements later stages look for (meta tags, scripts,
 * title-like elements), so none of them needs a selector scan of its own.
 */
export interface NameIndex {
  /** Elements by id, class name and tag name, each in document order. */
  byId: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  byTag: Map<string, Element[]>;
  /**
   * Every element in document order. The scan also writes each element's position here
   * into its `startIndex` (htmlparser2 leaves it null unless asked for source offsets).
   */
  all: Element[];
  metas: Element[];
  scripts: Element[];
  links: Element[];
  titles: Element[];
  /** Headings and elements whose class or id says title or headline. */
  headings: Element[];
}

const TITLE_NAME = /tit|headline/i;
const TITLE_ID = /title/i;
const SPACE = /\s/;
const SPACES = /\s+/;
const LEAVE = Symbol('leave');

/**
 * One pass over the page: the name index (ids, classes, tags, meta tags, scripts,
 * title-like elements) and the text measures of every element (see `body.ts`).
 */
export function scanDocument(doc: Document): { names: NameIndex; stats: Measures } {
  const names: NameIndex = {
    byId: new Map(),
    byClass: new Map(),
    byTag: new Map(),
    all: [],
    metas: [],
    scripts: [],
    links: [],
    titles: [],
    headings: [],
  };
  const stats = new Measures();
  const add = (map: Map<string, Element[]>, key: string, el: Element) => {
    const list = map.get(key);
    if (list) list.push(el);
    else map.set(key, [el]);
  };
  const enter = (el: Element) => {
    el.startIndex = names.all.length;
    names.all.push(el);
    const { id, class: cls } = el.attribs;
    if (id) add(names.byId, id, el);
    if (cls) {
      // Most elements carry one class: no split needed.
      if (!SPACE.test(cls)) add(names.byClass, cls, el);
      else for (const c of cls.split(SPACES)) if (c) add(names.byClass, c, el);
    }
    const name = el.name;
    add(names.byTag, name, el);
    if (name === 'meta') names.metas.push(el);
    else if (name === 'script') names.scripts.push(el);
    else if (name === 'link' || name === 'base') names.links.push(el);
    else if (name === 'title') names.titles.push(el);
    if (headingLevel(name) <= 4 || (cls && TITLE_NAME.test(cls)) || (id && TITLE_ID.test(id))) names.headings.push(el);
  };
  // Iterative: each element is entered, then left after its children (for the measures):
  // below the LEAVE mark on the stack lies the element to leave. Depth is counted on the
  // way down: a subtree deeper than MAX_DEPTH is flattened, so no later walk meets a
  // hostile page's ten thousand levels.
  const stack: Array<AnyNode | typeof LEAVE> = [...doc.children].reverse();
  let depth = 0;
  while (stack.length) {
    const item = stack.pop() as AnyNode | typeof LEAVE;
    if (item === LEAVE) {
      const el = stack.pop() as Element;
      depth -= 1;
      if (!SKIP_TAGS.has(el.name) && !isHidden(el)) stats.set(el, measureOne(el, stats));
      continue;
    }
    if (!isElement(item)) continue;
    enter(item);
    depth += 1;
    if (depth >= MAX_DEPTH) flatten(item);
    stack.push(item, LEAVE);
    for (let i = item.children.length - 1; i >= 0; i -= 1) stack.push(item.children[i] as AnyNode);
  }
  return { names, stats };
}

/** The name index alone, for a small document (script-data bodies). */
export function indexNames(doc: Document): NameIndex {
  return scanDocument(doc).names;
}

/** What one alternative of a selector needs: ids and classes anywhere, and its subject. */
interface Alternative {
  ids: string[];
  classes: string[];
  subject: { tag: string | null; id: string | null; classes: string[] };
  test: ((el: Element) => boolean) | null;
}

// Parsed and compiled once per selector string, for every page.
const parsed = new Map<string, Alternative[]>();

function alternativesOf(selector: string): Alternative[] {
  let alts = parsed.get(selector);
  if (alts) return alts;
  alts = splitOutside(selector, ',').map((alt) => {
    // Attribute values and pseudo-class arguments can hold `.` and `#`: leave them out.
    const bare = alt.replace(/\[[^\]]{0,200}\]|\([^)]{0,200}\)/g, ' ');
    const compounds = bare.trim().split(/\s*[>+~]\s*|\s+/);
    const last = compounds[compounds.length - 1] ?? '';
    let test: Alternative['test'] = null;
    try {
      const compiled = compile<AnyNode, Element>(alt);
      test = (el) => compiled(el);
    } catch {
      test = null;
    }
    return {
      ids: [...bare.matchAll(/#([\w-]+)/g)].map((m) => m[1] as string),
      classes: [...bare.matchAll(/\.([\w-]+)/g)].map((m) => m[1] as string),
      subject: {
        tag: /^([a-z][\w-]*)/i.exec(last)?.[1]?.toLowerCase() ?? null,
        id: /#([\w-]+)/.exec(last)?.[1] ?? null,
        classes: [...last.matchAll(/\.([\w-]+)/g)].map((m) => m[1] as string),
      },
      test,
    };
  });
  if (parsed.size < 2000) parsed.set(selector, alts);
  return alts;
}

function splitOutside(selector: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth -= 1;
    if (ch === sep && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * Runs a CSS selector against the indexed page. Each alternative is tested only on the
 * elements that can be its subject (by id, class or tag from the index), and skipped
 * outright when the page lacks an id or class it needs: most adapter selectors name
 * another layout. Never throws on a selector the engine cannot parse.
 */
export function selectAll(names: NameIndex, selector: string): Element[] {
  const found = new Set<Element>();
  for (const alt of alternativesOf(selector)) {
    if (!alt.test) continue;
    if (!alt.ids.every((id) => names.byId.has(id)) || !alt.classes.every((c) => names.byClass.has(c))) continue;
    const { subject } = alt;
    let candidates: Element[] | undefined;
    if (subject.id) candidates = names.byId.get(subject.id);
    else if (subject.classes.length) {
      candidates = subject.classes.map((c) => names.byClass.get(c) ?? []).sort((a, b) => a.length - b.length)[0];
    } else if (subject.tag) candidates = names.byTag.get(subject.tag);
    else candidates = names.all;
    for (const el of candidates ?? []) if (alt.test(el)) found.add(el);
  }
  return [...found].sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0));
}
