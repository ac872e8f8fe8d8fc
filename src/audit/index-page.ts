/**
 * The index of a batch of audit pages: one row per input, sortable by any column (the
 * one script the page runs, allowed by its hash), each row linking to its page.
 */
import type { Article } from '../schema.js';
import { attr, escapeHtml } from './escape.js';
import { renderShell } from './shell.js';

/** What the index shows of one article: small, so a long batch keeps only these. */
export interface AuditSummary {
  headline: string | null;
  publishedAt: string | null;
  quotes: number;
  /** Share (0..1) of quotes with a speaker; null without quotes. */
  withSpeaker: number | null;
  /** The lowest quote confidence; null without quotes. */
  lowestConfidence: number | null;
  warnings: string[];
}

/** One input of the batch: its page and summary, or why it has none. */
export interface AuditIndexEntry {
  /** What the input was: a file name, a URL, `line 3`. */
  name: string;
  /** The page's address relative to the index; null when the input failed. */
  href: string | null;
  summary: AuditSummary | null;
  error: { code: string; message: string } | null;
}

/**
 * The index row of one article.
 *
 * @example
 * auditSummary(parseArticle(readFileSync('fixtures/text/awc-2024-seoul.txt')))
 * // { headline: '“의료 AI, …', publishedAt: '2024-06-13T14:36:00+09:00', quotes: 11, withSpeaker: 1, lowestConfidence: 0.8, warnings: [] }
 */
export function auditSummary(article: Article): AuditSummary {
  const quotes = article.quotes.length;
  const attributed = article.quotes.filter((q) => q.speaker !== null).length;
  return {
    headline: article.headline,
    publishedAt: article.publishedAt,
    quotes,
    withSpeaker: quotes ? attributed / quotes : null,
    lowestConfidence: quotes ? Math.min(...article.quotes.map((q) => q.confidence)) : null,
    warnings: article.warnings.map((w) => `${w.code}: ${w.message}`),
  };
}

function cell(text: string, sort: string | number | null, numeric = false): string {
  return `<td${numeric ? ' class="num"' : ''}${attr('data-sort', sort ?? '')}>${text}</td>`;
}

function renderRow(entry: AuditIndexEntry): string {
  const name = entry.href ? `<a${attr('href', entry.href)}>${escapeHtml(entry.name)}</a>` : escapeHtml(entry.name);
  const a = entry.summary;
  if (!a) {
    const error = entry.error ? `${entry.error.code}: ${entry.error.message}` : 'failed';
    return `<tr class="failed">${cell(name, entry.name)}${cell(`<span class="muted">${escapeHtml(error)}</span>`, '')}${cell('', null)}${cell('', null, true)}${cell('', null, true)}${cell('', null, true)}${cell('', null, true)}</tr>`;
  }
  const share = a.withSpeaker === null ? '–' : `${Math.round(a.withSpeaker * 100)}%`;
  const lowest = a.lowestConfidence === null ? '–' : String(a.lowestConfidence);
  const warnings = a.warnings.length ? `<span${attr('title', a.warnings.join('\n'))}>${a.warnings.length}</span>` : '0';
  return (
    `<tr>${cell(name, entry.name)}${cell(escapeHtml(a.headline ?? ''), a.headline)}` +
    `${cell(escapeHtml(a.publishedAt ?? ''), a.publishedAt)}${cell(String(a.quotes), a.quotes, true)}` +
    `${cell(share, a.withSpeaker, true)}${cell(lowest, a.lowestConfidence, true)}${cell(warnings, a.warnings.length, true)}</tr>`
  );
}

/**
 * The index page of a batch: a self-contained HTML document with one sortable row per
 * entry (headline, publishedAt, quotes, share with a speaker, lowest confidence,
 * warnings), in the order given.
 *
 * @example
 * renderAuditIndex([{ name: 'a.html', href: 'a.html', summary: auditSummary(article), error: null }]) // '<!doctype html>…'
 */
export function renderAuditIndex(entries: readonly AuditIndexEntry[]): string {
  const columns: Array<[string, 'text' | 'number']> = [
    ['input', 'text'],
    ['headline', 'text'],
    ['publishedAt', 'text'],
    ['quotes', 'number'],
    ['with speaker', 'number'],
    ['lowest confidence', 'number'],
    ['warnings', 'number'],
  ];
  const head = columns.map(([label, type]) => `<th><button type="button" data-type="${type}">${label}</button></th>`).join('');
  const failed = entries.filter((e) => !e.summary).length;
  const body = [
    `<h1>gisa audit: ${entries.length} input${entries.length === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''}</h1>`,
    '<p class="meta">Click a column to sort by it. Each input links to its audit page.</p>',
    `<table class="index"><thead><tr>${head}</tr></thead><tbody>`,
    ...entries.map(renderRow),
    '</tbody></table>',
  ].join('\n');
  return renderShell({ title: 'gisa audit', body, bodyClass: 'index', withScript: true });
}
