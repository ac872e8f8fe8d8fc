/**
 * A guard for hostile nesting, applied to the HTML string before parsing. htmlparser2
 * keeps its open-element stack with `unshift`, so each open tag costs as much as the
 * current depth: a page nested a hundred thousand levels deep takes quadratic time to
 * parse. Real articles are never more than a few dozen levels deep.
 */

const TAG = /<(\/?)([a-zA-Z][\w:-]{0,30})[^<>]{0,2000}>|<!--[\s\S]{0,100000}?-->/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'blockquote', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'pre', 'header', 'footer', 'main', 'aside', 'nav']);

/** Elements deeper than this are unwrapped (their tags dropped, their text kept). */
export const MAX_NESTING = 1000;

/**
 * The HTML with every tag below {@link MAX_NESTING} levels removed, when the page looks
 * hostilely nested; otherwise the HTML unchanged. Linear in the input.
 */
export function defuseNesting(html: string): string {
  if (!deeperThan(html, MAX_NESTING)) return html;
  let out = '';
  let from = 0;
  let depth = 0;
  let raw: string | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0].startsWith('<!--')) continue;
    const closing = m[1] === '/';
    const name = (m[2] as string).toLowerCase();
    if (raw) {
      if (closing && name === raw) raw = null;
      continue;
    }
    const selfClosing = m[0].endsWith('/>') || VOID.has(name);
    let keep = true;
    if (closing) {
      keep = depth <= MAX_NESTING;
      depth = Math.max(0, depth - 1);
    } else if (!selfClosing) {
      depth += 1;
      keep = depth <= MAX_NESTING;
      if (RAW.has(name)) raw = name;
    }
    if (!keep) {
      // A dropped block element still ends its line.
      out += html.slice(from, m.index) + (BLOCKS.has(name) ? '<br>' : '');
      from = m.index + m[0].length;
    }
  }
  return out + html.slice(from);
}

/**
 * Whether the page's tags open more than `limit` levels deep: a jump from `<` to `<`,
 * reading only tag names, so it costs a small fraction of a parse.
 */
function deeperThan(html: string, limit: number): boolean {
  let depth = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1) | 32;
    if (next === 47 /* / */) {
      if (depth > 0) depth -= 1;
      i = html.indexOf('<', i + 2);
      continue;
    }
    if (next < 97 || next > 122) {
      // `<!-- … -->` may hold tags; anything else is text or a declaration.
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        if (end === -1) break;
        i = html.indexOf('<', end + 3);
      } else i = html.indexOf('<', i + 1);
      continue;
    }
    let j = i + 1;
    while (j < html.length && j - i < 16 && isNameChar(html.charCodeAt(j))) j += 1;
    const end = html.indexOf('>', j);
    if (end === -1) break;
    const length = j - i - 1;
    // Only short names can be void or raw-text elements; read those.
    const name = length <= 8 ? html.slice(i + 1, j).toLowerCase() : '';
    if (RAW.has(name)) {
      const close = html.indexOf(`</${name}`, end);
      if (close === -1) break;
      i = html.indexOf('<', close + 1);
      continue;
    }
    if (!VOID.has(name) && html.charCodeAt(end - 1) !== 47) {
      depth += 1;
      if (depth > limit) return true;
    }
    i = html.indexOf('<', end);
  }
  return false;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}
