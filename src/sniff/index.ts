import type { Format } from '../schema.js';

const HTML_START = /^\s*(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
const HTML_TAG = /<\/?(?:html|head|body|div|p|article|section|span|table|td|br|meta|title|script|h[1-6]|figure|img|a)\b[^<>]{0,300}>/gi;

/**
 * Tells the input's format from its content: HTML when it opens like a page or is
 * dense with tags; Markdown when it has Markdown structure (headings, links, images,
 * a reader header); text otherwise.
 */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, 200_000);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAG)?.length ?? 0;
  if (tags >= 5 && /<\/(?:p|div|span|td|a|h[1-6])>/i.test(head)) return 'html';
  if (looksMarkdown(head)) return 'markdown';
  return 'text';
}

function looksMarkdown(text: string): boolean {
  if (/^(?:Title|URL Source|Published Time):/m.test(text) && /^Markdown Content:/m.test(text)) return true;
  let score = 0;
  if (/^---\n[\s\S]{0,2000}?\n---\n/.test(text) && /^[a-zA-Z_]+:\s/m.test(text)) score += 2;
  if (/^#{1,6} \S/m.test(text)) score += 1;
  score += Math.min(3, (text.match(/!?\[[^\]\n]{0,300}\]\((?:https?:\/\/|\/)[^)\s]{1,500}\)/g)?.length ?? 0));
  if (/^(?:={3,}|-{3,})\s*$/m.test(text) && /^\S.{0,200}\n(?:={3,}|-{3,})\s*$/m.test(text)) score += 1;
  if (/^> \S/m.test(text)) score += 0.5;
  return score >= 2;
}
