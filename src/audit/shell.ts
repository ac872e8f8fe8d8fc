import { SORT_SCRIPT, SORT_SCRIPT_HASH, STYLE, STYLE_HASH } from './assets.js';
import { escapeHtml } from './escape.js';

/**
 * The policy of every audit page: nothing may load (`default-src 'none'`), the one style
 * sheet and, on the index, the one sort script are allowed by hash, and forms and
 * `<base>` are off. A `<meta>` policy binds only what comes after it, so it follows the
 * charset and precedes everything else.
 */
export function contentSecurityPolicy(withScript: boolean): string {
  const script = withScript ? `; script-src '${SORT_SCRIPT_HASH}'` : '';
  return `default-src 'none'; style-src '${STYLE_HASH}'${script}; base-uri 'none'; form-action 'none'`;
}

/**
 * A complete HTML document around `body` (already escaped markup). `title` is plain text.
 *
 * @example
 * renderShell({ title: 'A < B', body: '<p>hi</p>' }) // '<!doctype html>…<title>A &lt; B</title>…'
 */
export function renderShell(page: { title: string; body: string; bodyClass?: string; withScript?: boolean }): string {
  const withScript = page.withScript ?? false;
  return [
    '<!doctype html>',
    '<html lang="ko">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(withScript)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body${page.bodyClass ? ` class="${page.bodyClass}"` : ''}>`,
    page.body,
    withScript ? `<script>${SORT_SCRIPT}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
