import { isDelimiterRow } from '../markdown/table.js';
import type { Format } from '../schema.js';

// Only the head of a document is looked at; it is enough and keeps sniffing cheap.
const SNIFF_CHARS = 100_000;
const PAGE_START = /^<(?:!doctype\s{1,10}html|html|head|body|meta|title|base|link)\b/i;
const TAG_NAMES = 'html|head|body|div|p|article|section|span|table|tr|td|ul|ol|li|br|hr|meta|title|script|style|h[1-6]|figure|figcaption|img|a|strong|em|b|i';
const HTML_TAG = new RegExp(`<\\/?(?:${TAG_NAMES})\\b[^<>]{0,300}>`, 'gi');
const HTML_TAG_ONCE = new RegExp(`<\\/?(?:${TAG_NAMES})\\b[^<>]{0,300}>`, 'i');
const CLOSING_TAG = /<\/(?:p|div|span|td|li|a|h[1-6]|figure|figcaption|article|section|strong|em|b|i)>/i;

// Markdown constructs, each bounded so that no line can make them backtrack.
const IMAGE = /!\[[^\]\n]{0,500}\]\([^)\s]{1,2000}(?:\s{1,3}"[^"\n]{0,300}")?\)/g;
const LINK = /(?:^|[^!\\])\[[^\]\n]{1,300}\]\((?:https?:\/\/|\/|#|\.{1,2}\/|mailto:)[^)\s]{0,2000}(?:\s{1,3}"[^"\n]{0,300}")?\)/gm;
const AUTOLINK = /<https?:\/\/[^\s<>]{1,2000}>/g;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]{1,8}\S/;
const SETEXT_EQUALS = /^ {0,3}={3,400}[ \t]{0,8}$/;
const SETEXT_DASHES = /^ {0,3}-{3,400}[ \t]{0,8}$/;
const BULLET = /^ {0,3}(?:[-*+]|\d{1,3}[.)])[ \t]{1,4}\S/;
const BLOCKQUOTE = /^ {0,3}>[ \t]{0,4}\S/;
const FENCE = /^ {0,3}(?:`{3}|~{3})/;
const BOLD = /\*\*[^*\n]{1,300}\*\*|__[^_\n]{1,300}__/g;
const DEFINITION = /^ {0,3}\[[^\]\n]{1,200}\]:[ \t]{0,4}\S/;
const READER_TITLE = /^Title:[ \t]/;
const READER_FIELD = /^(?:URL Source|Published Time|Markdown Content):/m;
const FRONT_MATTER_KEY = /^[A-Za-z_][\w.-]{0,40}[ \t]{0,4}[:=]/;

/**
 * Tells the input's format from its content.
 *
 * - HTML: it opens like a page (`<!doctype html>`, `<html>`, `<head>`, after comments or
 *   an XML declaration), or it is dense with HTML tags and has little Markdown in it.
 * - Markdown: a reader-service header or front matter, or Markdown structure with at
 *   least one construct plain text does not use (an image, links, a pipe table, headings,
 *   a setext underline, a code fence). Bullets (`*`, `-`), `#hashtags`, bold and rules of
 *   dashes alone are common in plain text and do not count on their own.
 * - Text: anything else.
 */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, SNIFF_CHARS);
  if (opensLikePage(head)) return 'html';
  if (hasReaderHeader(head) || hasFrontMatter(head)) return 'markdown';
  const markdown = markdownEvidence(head);
  const tags = head.match(HTML_TAG)?.length ?? 0;
  // An HTML fragment has tags on nearly every line; Markdown with HTML left in it has
  // Markdown constructs and lines of plain text between the tags.
  if (tags >= 5 && CLOSING_TAG.test(head) && (!isMarkdown(markdown) || markdown.tagLines >= markdown.lines * 0.8)) return 'html';
  return isMarkdown(markdown) ? 'markdown' : 'text';
}

/** Whether the text starts (after white space, comments and an XML declaration) with a page-level tag. */
function opensLikePage(head: string): boolean {
  let at = 0;
  for (let guard = 0; guard < 50; guard += 1) {
    while (at < head.length && /\s/.test(head[at] as string)) at += 1;
    if (head.startsWith('<!--', at)) {
      const end = head.indexOf('-->', at + 4);
      if (end === -1) return false;
      at = end + 3;
    } else if (head.startsWith('<?xml', at)) {
      const end = head.indexOf('?>', at);
      if (end === -1) return false;
      at = end + 2;
    } else break;
  }
  return PAGE_START.test(head.slice(at, at + 40));
}

function firstLines(head: string, count: number): string[] {
  return head.slice(0, 20_000).split('\n', count).map((l) => l.replace(/\r$/, ''));
}

/** `Title: …` first, and `URL Source:`, `Published Time:` or `Markdown Content:` soon after. */
function hasReaderHeader(head: string): boolean {
  const start = head.trimStart();
  return READER_TITLE.test(start) && READER_FIELD.test(start.slice(0, 5000));
}

/** A `---`/`+++` block of `key: value` lines at the very start, closed within 100 lines. */
function hasFrontMatter(head: string): boolean {
  const lines = firstLines(head, 102);
  const open = lines[0]?.trim();
  if (open !== '---' && open !== '+++') return false;
  let keys = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const t = line.trim();
    if (t === open || (open === '---' && t === '...')) return keys > 0;
    if (!t || t.startsWith('#') || /^[ \t]/.test(line)) continue;
    if (!FRONT_MATTER_KEY.test(t)) return false;
    keys += 1;
  }
  return false;
}

interface Evidence {
  /** Weighted Markdown evidence; 2 or more reads as Markdown when `distinctive`. */
  score: number;
  /** Whether some construct plain text does not use was seen. */
  distinctive: boolean;
  /** Non-blank lines, and those with an HTML tag in them. */
  lines: number;
  tagLines: number;
}

function isMarkdown(evidence: Evidence): boolean {
  return evidence.score >= 2 && evidence.distinctive;
}

function markdownEvidence(head: string): Evidence {
  const images = head.match(IMAGE)?.length ?? 0;
  const links = (head.match(LINK)?.length ?? 0) + (head.match(AUTOLINK)?.length ?? 0);
  const bold = head.match(BOLD)?.length ?? 0;
  const lines = head.split('\n');
  let headings = 0;
  let firstHeading = false;
  let equals = 0;
  let dashes = 0;
  let bullets = 0;
  let quotes = 0;
  let fences = 0;
  let tables = 0;
  let definitions = 0;
  let seenText = false;
  let previous = '';
  let nonBlank = 0;
  let tagLines = 0;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (ATX_HEADING.test(line)) {
      headings += 1;
      if (!seenText) firstHeading = true;
    } else if (SETEXT_EQUALS.test(line) && previous.trim()) equals += 1;
    else if (SETEXT_DASHES.test(line) && previous.trim() && !SETEXT_DASHES.test(previous)) dashes += 1;
    else if (BULLET.test(line)) bullets += 1;
    else if (BLOCKQUOTE.test(line)) quotes += 1;
    else if (FENCE.test(line)) fences += 1;
    else if (DEFINITION.test(line)) definitions += 1;
    else if (isDelimiterRow(line) && previous.includes('|')) tables += 1;
    if (line.trim()) {
      seenText = true;
      nonBlank += 1;
      if (line.includes('<') && HTML_TAG_ONCE.test(line)) tagLines += 1;
    }
    previous = line;
  }
  let score = 0;
  let distinctive = false;
  const add = (points: number, strong: boolean) => {
    score += points;
    if (strong && points > 0) distinctive = true;
  };
  add(images ? 2 : 0, true);
  add(links >= 2 ? 2 : links, true);
  add(tables ? 2 : 0, true);
  add(firstHeading || headings >= 2 ? 2 : headings, true);
  add(equals ? 1 : 0, true);
  add(fences >= 2 ? 1 : 0, true);
  add(definitions ? 1 : 0, true);
  add(bold >= 2 ? 1 : 0, false);
  add(quotes ? 1 : 0, false);
  add(dashes ? 0.5 : 0, false);
  add(bullets >= 3 ? 0.5 : 0, false);
  return { score, distinctive, lines: nonBlank, tagLines };
}
