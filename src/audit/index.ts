/**
 * `gisa/audit`: self-contained HTML pages that show what gisa extracted from an article,
 * highlighted where it was found, for a person to check before trusting a batch.
 *
 * @packageDocumentation
 */
import type { ParseOptions } from '../options.js';
import { parseArticle } from '../parse.js';
import { renderArticleAudit, type AuditPageOptions } from './page.js';

export { renderArticleAudit, type AuditPageOptions } from './page.js';
export { renderAuditIndex, auditSummary, type AuditIndexEntry, type AuditSummary } from './index-page.js';
export { LOW_CONFIDENCE } from './speakers.js';

/** Options of {@link renderAudit}: how to parse the input, and what to call the page. */
export type AuditOptions = ParseOptions & AuditPageOptions;

/**
 * Parses one article and renders its audit page: a complete HTML document that loads
 * nothing and runs no script, with every extracted item marked by `data-gisa`
 * (`headline`, `subheading`, `section`, `stamp`, `byline`, `caption`, `credit`, `quote`,
 * `speaker-mention`). Throws the same `GisaError`s as `parseArticle`.
 *
 * @example
 * import { renderAudit } from 'gisa/audit';
 * writeFileSync('audit.html', renderAudit(readFileSync('article.html'), { name: 'article.html' }));
 */
export function renderAudit(input: string | Uint8Array, options: AuditOptions = {}): string {
  const { name, indexHref, ...parseOptions } = options;
  return renderArticleAudit(parseArticle(input, parseOptions), {
    ...(name !== undefined ? { name } : {}),
    ...(indexHref !== undefined ? { indexHref } : {}),
  });
}
