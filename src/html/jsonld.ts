import { decodeHTML } from 'entities';

/** What a JSON-LD `NewsArticle` (or `Article`) block says about the article. */
export interface JsonLdArticle {
  headline: string | null;
  alternativeHeadline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  section: string | null;
  publisher: string | null;
  description: string | null;
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'ReviewNewsArticle']);

/**
 * Reads the article object from JSON-LD script bodies: inside `@graph`, arrays or
 * alone, tolerant of `//` comments, trailing commas and raw line breaks in strings
 * (all seen on Korean broadcasters' pages). Returns null when there is none.
 */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  for (const source of scripts) {
    const data = parseLoose(source);
    if (data === undefined) continue;
    const article = findArticle(data);
    if (article) return toArticle(article);
  }
  return null;
}

/** `JSON.parse`, retried after removing what breaks it on real pages; undefined when hopeless. */
export function parseLoose(source: string): unknown {
  const text = source.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\*[\s\S]{0,200}?\*\/\s*/, '');
  try {
    return JSON.parse(text);
  } catch {
    // fall through to the repairs
  }
  try {
    return JSON.parse(repair(text));
  } catch {
    return undefined;
  }
}

/** Strips `//` and `/* *\/` comments outside strings, escapes raw control characters, drops trailing commas. */
function repair(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i += 1;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (ch === '\n' || ch === '\r' || ch === '\t') out += ch === '\t' ? '\\t' : '\\n';
      else out += ch;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else out += ch;
  }
  return out.replace(/,(\s{0,50}[}\]])/g, '$1');
}

function findArticle(data: unknown): Record<string, unknown> | null {
  const queue: unknown[] = [data];
  // Bounded breadth-first search: JSON-LD graphs are small; hostile ones are cut off.
  for (let n = 0; queue.length && n < 500; n += 1) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item.slice(0, 50));
    else if (item && typeof item === 'object') {
      const obj = item as Record<string, unknown>;
      const type = obj['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return obj;
      if (Array.isArray(obj['@graph'])) queue.push(obj['@graph']);
      if (obj.mainEntity && typeof obj.mainEntity === 'object') queue.push(obj.mainEntity);
    }
  }
  return null;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return decodeHTML(value).trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list.slice(0, 20)) {
    if (typeof item === 'string') out.push(decodeHTML(item));
    else if (item && typeof item === 'object') {
      const name = str((item as Record<string, unknown>).name);
      const job = str((item as Record<string, unknown>).jobTitle);
      if (name) out.push(job && !name.includes(job) ? `${name} ${job}` : name);
    }
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

function toArticle(obj: Record<string, unknown>): JsonLdArticle {
  const publisher = obj.publisher && typeof obj.publisher === 'object' ? str((obj.publisher as Record<string, unknown>).name) : str(obj.publisher);
  const section = Array.isArray(obj.articleSection) ? str(obj.articleSection[0]) : str(obj.articleSection);
  return {
    headline: str(obj.headline) ?? str(obj.name),
    alternativeHeadline: str(obj.alternativeHeadline),
    datePublished: str(obj.datePublished),
    dateModified: str(obj.dateModified),
    authors: names(obj.author),
    section,
    publisher,
    description: str(obj.description),
  };
}
