import { emptyMetadata, type Metadata } from '../blocks.js';
import { stripSiteSuffix } from '../extract/headline.js';
import { parse as parseYaml } from 'yaml';
import { clean } from '../util/text.js';

/** The metadata found before the Markdown body, and the body itself. */
export interface Preamble {
  meta: Metadata;
  /** The Markdown after the header or front matter (the whole input when there is none). */
  body: string;
  /** Which kind of preamble the input had. */
  kind: 'reader' | 'front-matter' | null;
}

// Reader services (r.jina.ai and its clones) print `Key: value` lines, then `Markdown Content:`.
const READER_LINE = /^([A-Z][A-Za-z]{0,20}(?: [A-Za-z]{1,20}){0,3}):(?:[ \t]{1,4}(\S.{0,3000}))?$/;
const READER_KEYS = new Set([
  'title',
  'url source',
  'published time',
  'modified time',
  'description',
  'author',
  'byline',
  'site name',
  'warning',
  'language',
  'number of pages',
]);
const TOML_LINE = /^([A-Za-z_][\w.-]{0,40})[ \t]{0,4}=[ \t]{0,4}(\S.{0,3000})$/;
const MAX_HEADER_LINES = 200;

/**
 * Reads a reader-service header (`Title:`, `URL Source:`, `Published Time:` …
 * `Markdown Content:`) or a YAML/TOML front matter block into {@link Metadata} and
 * returns the Markdown body after it.
 */
export function readPreamble(markdown: string): Preamble {
  const lines = markdown.slice(0, 200_000).split('\n', MAX_HEADER_LINES + 1);
  return readReaderHeader(markdown, lines) ?? readFrontMatter(markdown, lines) ?? { meta: emptyMetadata(), body: markdown, kind: null };
}

/** Offset in `text` of the start of line `index` of `lines` (lines split on `\n`). */
function offsetOfLine(lines: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i += 1) offset += (lines[i] as string).length + 1;
  return offset;
}

function readReaderHeader(markdown: string, lines: readonly string[]): Preamble | null {
  const fields: Array<[string, string]> = [];
  let end = -1;
  for (let i = 0; i < Math.min(lines.length, 60); i += 1) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (!line.trim()) continue;
    const m = READER_LINE.exec(line.trim());
    const key = m?.[1]?.toLowerCase();
    if (key === 'markdown content' && !m?.[2]) {
      end = i + 1;
      break;
    }
    if (!m || !key || !READER_KEYS.has(key)) {
      end = i;
      break;
    }
    fields.push([key, m[2] ?? '']);
  }
  const keys = new Set(fields.map(([k]) => k));
  // Without `Markdown Content:` only a clear header (a title and a source or a time) counts.
  const sure = end !== -1 && lines[end - 1]?.trim().toLowerCase().startsWith('markdown content:');
  if (end === -1 || !keys.has('title') || (!sure && !keys.has('url source') && !keys.has('published time'))) return null;
  const meta = emptyMetadata();
  for (const [key, value] of fields) applyField(meta, key.replace(/ /g, '_'), [value]);
  if (meta.headline) meta.headline = withoutSiteName(meta.headline) || null;
  return { meta, body: markdown.slice(offsetOfLine(lines, end)), kind: 'reader' };
}

function readFrontMatter(markdown: string, lines: readonly string[]): Preamble | null {
  const open = lines[0]?.replace(/\r$/, '').trim();
  if (open !== '---' && open !== '+++') return null;
  const toml = open === '+++';
  for (let i = 1; i < lines.length && i <= MAX_HEADER_LINES; i += 1) {
    const trimmed = (lines[i] as string).replace(/\r$/, '').trim();
    if (trimmed !== (toml ? '+++' : '---') && (toml || trimmed !== '...')) continue;
    const source = lines.slice(1, i).join('\n');
    const fields = toml ? readToml(source) : readYaml(source);
    if (!fields?.size) return null;
    const meta = emptyMetadata();
    for (const [key, values] of fields) applyField(meta, key.toLowerCase().replace(/-/g, '_'), values);
    return { meta, body: markdown.slice(offsetOfLine(lines, i + 1)), kind: 'front-matter' };
  }
  return null;
}

/**
 * YAML front matter read by a YAML parser, so quoting, escapes (`"…\\"KV\\""`), block
 * lists and folded strings mean what YAML says. Each key gives its scalar values as
 * strings (a list gives one per item). Null when the block is no YAML mapping: a `---`
 * that opens a Markdown document may be a thematic break.
 */
function readYaml(source: string): Map<string, string[]> | null {
  let data: unknown;
  try {
    // The core schema keeps `2026-05-06` a string (a day, read as a stamp later); aliases
    // are capped so a hostile header cannot expand without bound.
    data = parseYaml(source, { schema: 'core', maxAliasCount: 50, uniqueKeys: false });
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const fields = new Map<string, string[]>();
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) fields.set(key, scalars(value));
  return fields;
}

/** The scalar values of a YAML value as strings: a list's items, an object's `name`. */
function scalars(value: unknown, depth = 0): string[] {
  if (value === null || value === undefined || depth > 3) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? [] : [value.toISOString()];
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((v) => scalars(v, depth + 1));
  // `author: { name: 홍길동, url: … }`
  if (typeof value === 'object' && 'name' in value) return scalars((value as { name: unknown }).name, depth + 1);
  return [];
}

/** TOML front matter (`+++`): `key = value` lines, the simple form Hugo pages use. */
function readToml(source: string): Map<string, string[]> | null {
  const fields = new Map<string, string[]>();
  for (const line of source.split('\n')) {
    const trimmed = line.replace(/\r$/, '').trim();
    if (!trimmed || trimmed.startsWith('#') || /^\[/.test(trimmed)) continue;
    const m = TOML_LINE.exec(trimmed);
    if (!m) return null;
    fields.set(m[1] as string, splitValue(m[2] as string));
  }
  return fields;
}

// `대전일보 모바일 :: 제목`, `사이트 | 제목`: a site name printed before the title.
const SITE_PREFIX = /^([^|｜ㅣ:]{0,19}[^|｜ㅣ:\s])\s{0,2}(?:::|[|｜])\s{0,2}/;

/**
 * A reader service's `Title:` is the page's `<title>`, site name included. The site
 * name goes: a short prefix before `::` or `|`, a suffix as {@link stripSiteSuffix}
 * removes it, and then one more suffix if it is only a section label (` : 뉴스 : 동아닷컴`).
 */
export function withoutSiteName(raw: string): string {
  let title = clean(raw);
  const prefix = SITE_PREFIX.exec(title);
  if (prefix && title.length - prefix[0].length >= 2 * (prefix[1] as string).length) title = title.slice(prefix[0].length);
  const once = stripSiteSuffix(title);
  if (once === title) return title;
  const twice = stripSiteSuffix(once);
  return once.length - twice.length <= 10 ? twice : once;
}

/** A scalar without its quotes, or the items of an inline list `[a, "b"]`. */
function splitValue(raw: string): string[] {
  const value = raw.trim();
  if (value.startsWith('[') && value.endsWith(']')) {
    return value
      .slice(1, -1)
      .split(',')
      .map(unquote)
      .filter(Boolean);
  }
  return [unquote(value)];
}

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1).trim();
  return v;
}

/** Which metadata field a header or front-matter key fills. */
const FIELD_OF: Record<string, keyof Metadata> = {
  title: 'headline',
  headline: 'headline',
  url_source: 'url',
  url: 'url',
  source_url: 'url',
  canonical: 'url',
  canonical_url: 'url',
  permalink: 'url',
  link: 'url',
  source: 'url',
  published_time: 'published',
  published: 'published',
  published_at: 'published',
  date: 'published',
  date_published: 'published',
  datepublished: 'published',
  pubdate: 'published',
  created: 'published',
  modified_time: 'modified',
  modified: 'modified',
  modified_at: 'modified',
  updated: 'modified',
  updated_at: 'modified',
  date_modified: 'modified',
  lastmod: 'modified',
  last_modified: 'modified',
  author: 'authors',
  authors: 'authors',
  byline: 'authors',
  creator: 'authors',
  site_name: 'siteName',
  sitename: 'siteName',
  site: 'siteName',
  publisher: 'siteName',
  section: 'section',
  category: 'section',
  categories: 'section',
  description: 'description',
  summary: 'description',
  excerpt: 'description',
};

function applyField(meta: Metadata, key: string, values: readonly string[]): void {
  const field = FIELD_OF[key];
  const cleaned = values.map(clean).filter(Boolean);
  const first = cleaned[0];
  if (!field || !first) return;
  if (field === 'authors') {
    // A web clipper links the author as a note: `[[박찬 기자]]`, `[[박찬|박찬 기자]]`.
    meta.authors.push(...cleaned.map((a) => a.replace(/^\[\[([^[\]|]{1,80})(?:\|([^[\]]{1,80}))?\]\]$/, (_m, target: string, shown?: string) => shown ?? target)));
    return;
  }
  if (field === 'url') {
    // `source: 연합뉴스` names an outlet, not an address.
    if (/^https?:\/\/\S{1,2000}$/i.test(first)) meta.url ??= first;
    else if (key === 'source') meta.siteName ??= first;
    return;
  }
  if (meta[field] === null) (meta as unknown as Record<string, string | null>)[field] = first;
}
