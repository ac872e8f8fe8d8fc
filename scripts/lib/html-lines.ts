/**
 * Turns a fragment of an article page into lines of text, the way a reader sees them:
 * every block element and every `<br>` ends a line, scripts, pictures and their captions
 * are skipped, white space is folded. Used by `scripts/quotes-extract.ts` to build the
 * quote dev set; the library's own HTML frontend is separate.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

const SKIP = new Set(['script', 'style', 'noscript', 'iframe', 'img', 'button', 'video', 'source', 'figure', 'figcaption', 'svg', 'template', 'select', 'input', 'form', 'head']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'blockquote', 'center', 'pre',
  'html', 'body', 'hr',
]);

/** The lines of text of an HTML fragment, with the elements matching `drop` removed first. */
export function htmlLines(fragment: string, drop: readonly string[] = []): string[] {
  const $ = cheerio.load(fragment, null, false);
  for (const selector of drop) $(selector).remove();
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      parts.push((node as unknown as { data: string }).data.replace(/\s+/g, ' '));
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as Element;
    const name = el.name?.toLowerCase();
    if (name && SKIP.has(name)) return;
    if (name === 'br') {
      parts.push('\n');
      return;
    }
    const block = name !== undefined && BLOCK.has(name);
    if (block) parts.push('\n');
    for (const child of el.children ?? []) walk(child);
    if (block) parts.push('\n');
  };
  for (const node of $.root().contents().toArray()) walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
