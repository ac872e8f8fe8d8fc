import { rawText, textOf } from './dom.js';
import type { NameIndex } from './select.js';
import { readJsonLd, type JsonLdArticle } from './jsonld.js';

/** Everything the page says about itself outside the body. */
export interface PageMeta {
  /** Title candidates, best first: JSON-LD headline, og:title, other headline metas, `<title>`. */
  titles: string[];
  siteName: string | null;
  /** Published and modified stamp strings with where they came from, best first. */
  published: string[];
  modified: string[];
  authors: string[];
  section: string | null;
  url: string | null;
  description: string | null;
  jsonLd: JsonLdArticle | null;
  /** `<html lang>`, as written. */
  language: string | null;
}

/**
 * Reads meta tags (OpenGraph, `article:*` on `property` or `name`, Naver/Daum/Dable
 * variants), JSON-LD and `<title>`. Outlet names given as authors are left for the
 * byline rules to drop.
 */
export function readPageMeta(index: NameIndex): PageMeta {
  const metas = new Map<string, string[]>();
  for (const el of index.metas) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').trim().toLowerCase();
    const value = (el.attribs.content ?? '').trim();
    if (!key || !value) continue;
    const list = metas.get(key) ?? [];
    list.push(value);
    metas.set(key, list);
  }
  const all = (...keys: string[]) => keys.flatMap((k) => metas.get(k) ?? []);
  const first = (...keys: string[]) => all(...keys)[0] ?? null;

  const scripts = index.scripts
    .filter((el) => (el.attribs.type ?? '').toLowerCase() === 'application/ld+json' || el.attribs.id === 'article-structured-data')
    .map(rawText);
  const jsonLd = readJsonLd(scripts);
  const title = index.titles[0];
  const docTitle = title ? textOf(title, { keepHidden: true }).trim() : '';
  const canonical = index.links.find((el) => el.name === 'link' && (el.attribs.rel ?? '').toLowerCase() === 'canonical')?.attribs.href ?? null;

  const published = [
    jsonLd?.datePublished,
    ...all('article:published_time', 'article:published', 'og:article:published_time', 'datepublished', 'dd:published_time', 'og:pubdate', 'pubdate', 'publishdate', 'nv:news:date', 'og:regdate', 'date'),
    // Names used abroad (Dublin Core, Parse.ly, Sailthru, CMS variants), after the ones above.
    ...all(...FOREIGN_PUBLISHED_NAMES),
    ...microdata(index, 'datePublished'),
  ].filter((v): v is string => !!v);
  const modified = [
    jsonLd?.dateModified,
    ...all('article:modified_time', 'article:modified', 'og:article:modified_time', 'datemodified', 'dd:modified_time', 'og:updated_time', 'lastmod'),
    ...all('dc.date.modified', 'dcterms.modified', 'last-modified', 'modified-date'),
    ...microdata(index, 'dateModified'),
  ].filter((v): v is string => !!v);

  return {
    titles: [
      jsonLd?.headline,
      ...all('og:title', 'twitter:title', 'headline', 'taboola:title', 'nextweb:artsubject', 'title', 'dd:title', 'dable:title'),
      docTitle,
    ].filter((v): v is string => !!v && !!v.trim()),
    siteName: first('og:site_name', 'application-name') ?? jsonLd?.publisher ?? null,
    published,
    modified,
    authors: [
      ...(jsonLd?.authors ?? []),
      ...all('author', 'article:author', 'dable:author', 'dd:author', 'byl', 'og:article:author'),
    ].filter((a) => !/^https?:\/\//.test(a)),
    section: jsonLd?.section ?? first('article:section', 'dd:category') ?? null,
    url: first('og:url') ?? canonical,
    description: first('og:description', 'description') ?? jsonLd?.description ?? null,
    jsonLd,
    language: index.byTag.get('html')?.[0]?.attribs.lang?.trim() || null,
  };
}

const FOREIGN_PUBLISHED_NAMES = [
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dc:date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'pub_date',
  'publication_date',
  'published_time',
  'og:published_time',
  'article.published',
  'releasedate',
];

/**
 * Microdata stamps outside meta tags (`<time itemprop="datePublished" datetime=…>`,
 * `<span itemprop="datePublished" content=…>`) and, for the published time, `<time pubdate>`.
 * Only the first few: later ones belong to lists of other articles.
 */
function microdata(index: NameIndex, prop: 'datePublished' | 'dateModified'): string[] {
  const out: string[] = [];
  for (const el of index.all) {
    if (out.length >= 3) break;
    if (el.name === 'meta') continue;
    const stated = el.attribs.itemprop === prop || (prop === 'datePublished' && el.name === 'time' && el.attribs.pubdate !== undefined);
    const value = stated ? (el.attribs.datetime ?? el.attribs.content ?? '').trim() : '';
    if (value) out.push(value);
  }
  return out;
}
