/**
 * HTML-to-Markdown converters (turndown and the crawlers built on it) write a link that
 * wraps block content, such as a thumbnail over a title, as
 *
 *     [![alt](thumb.jpg)
 *
 *     Title of another article
 *
 *     ](https://…)
 *
 * CommonMark allows no blank line (and no heading) inside link text, so such a "link"
 * parses as loose brackets, a standalone picture and a stray `](…)` line. Joining the
 * lines between the opening `[` and the `](` that closes it within a few lines, and
 * unmarking headings there, restores the link.
 */

const MAX_LINK_LINES = 12;
const HEADING_MARK = /^([ \t]{0,16})#{1,6}[ \t]{1,8}/;

/** Bracket balance of a line: `[` minus `]`, backslash escapes skipped. */
function balance(line: string): number {
  let open = 0;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '\\') i += 1;
    else if (ch === '[') open += 1;
    else if (ch === ']') open -= 1;
  }
  return open;
}

/** Whether a line leaves a link open: more `[` than `]`, or a trailing `[` after a closed link. */
function opensLink(line: string): boolean {
  const t = line.trimEnd();
  return t.includes('[') && (balance(t) > 0 || t.endsWith('['));
}

function closesLink(line: string): boolean {
  return line.trimStart().startsWith('](');
}

/** Removes the blank lines inside links that wrap block content; see the module comment. */
export function joinBlockLinks(markdown: string): string {
  if (!markdown.includes('\n](') && !/\n[ \t]{1,16}\]\(/.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const keep: boolean[] = lines.map(() => true);
  let i = 0;
  while (i < lines.length) {
    if (!opensLink(lines[i] as string)) {
      i += 1;
      continue;
    }
    let close = -1;
    for (let j = i + 1; j < lines.length && j <= i + MAX_LINK_LINES; j += 1) {
      if (closesLink(lines[j] as string)) {
        close = j;
        break;
      }
    }
    if (close === -1) {
      i += 1;
      continue;
    }
    for (let j = i + 1; j < close; j += 1) {
      const line = lines[j] as string;
      if (!line.trim()) keep[j] = false;
      // A card's title heading (`<a><h3>…</h3></a>`) cannot stand inside link text.
      else lines[j] = line.replace(HEADING_MARK, '$1');
    }
    // The closing line may open the next link (`](…)[`).
    i = close;
    if (!opensLink(lines[close] as string)) i += 1;
  }
  return lines.filter((_, k) => keep[k]).join('\n');
}

// `_발표_했다`: CommonMark lets no `_` open or close emphasis inside a word, and Korean
// glues particles to words, so turndown's `_em_` and `__strong__` stay literal.
const STRONG_BEFORE_HANGUL = /__([^_\n]{1,200})__(?=[가-힣])/g;
const STRONG_AFTER_HANGUL = /(?<=[가-힣])__([^_\n]{1,200})__/g;
const EM_BEFORE_HANGUL = /(?<![\\_])_([^_\n]{1,200})_(?=[가-힣])/g;
const EM_AFTER_HANGUL = /(?<=[가-힣])_([^_\n]{1,200})_(?!_)/g;

/** Rewrites underscore emphasis glued to Hangul with asterisks, which may stand inside words. */
export function hangulEmphasis(markdown: string): string {
  if (!markdown.includes('_')) return markdown;
  return markdown
    .replace(STRONG_BEFORE_HANGUL, '**$1**')
    .replace(STRONG_AFTER_HANGUL, '**$1**')
    .replace(EM_BEFORE_HANGUL, '*$1*')
    .replace(EM_AFTER_HANGUL, '*$1*');
}
