import { emptyMetadata, type Metadata } from '../blocks.js';
import { stripSiteSuffix } from '../extract/headline.js';
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
const YAML_LINE = /^([A-Za-z_][\w.-]{0,40})[ \t]{0,4}:(?:[ \t]{1,4}(\S.{0,3000}))?$/;
const TOML_LINE = /^([A-Za-z_][\w.-]{0,40})[ \t]{0,4}=[ \t]{0,4}(\S.{0,3000})$/;
const LIST_LINE = /^[ \t]{0,8}-[ \t]{1,4}(\S.{0,3000})$/;
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
  const fields = new Map<string, string[]>();
  let current: string | null = null;
  for (let i = 1; i < lines.length && i <= MAX_HEADER_LINES; i += 1) {
    const line = (lines[i] as string).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === (toml ? '+++' : '---') || (!toml && trimmed === '...')) {
      if (!fields.size) return null;
      const meta = emptyMetadata();
      for (const [key, values] of fields) applyField(meta, key.toLowerCase().replace(/-/g, '_'), values);
      return { meta, body: markdown.slice(offsetOfLine(lines, i + 1)), kind: 'front-matter' };
    }
    if (!trimmed || trimmed.startsWith('#')) continue;
    const item = toml ? null : LIST_LINE.exec(line);
    if (item && current) {
      fields.get(current)?.push(item[1] as string);
      continue;
    }
    const m = (toml ? TOML_LINE : YAML_LINE).exec(trimmed);
    if (m && !/^[ \t]/.test(line)) {
      current = m[1] as string;
      fields.set(current, m[2] ? splitValue(m[2]) : []);
      continue;
    }
    // Indented lines continue a nested value we do not read; anything else is no front matter.
    if (!/^[ \t]/.test(line)) return null;
  }
  return null;
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
    meta.authors.push(...cleaned);
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
