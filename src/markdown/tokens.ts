/**
 * The flat form of a paragraph's inline content: text runs with what marked them
 * (link, italic, bold, `<figcaption>`), line breaks and images. Markdown inlines and raw
 * HTML both end up here, so the block rules see one shape.
 */

/** A run of text and the markup around it. */
export interface TextToken {
  type: 'text';
  value: string;
  /** Inside a link to another page (not `mailto:`/`tel:`). */
  link: boolean;
  /** The target of the link around the text, if any (mail links included). */
  href?: string | null;
  italic: boolean;
  strong: boolean;
  /** Inside an HTML `<figcaption>`. */
  caption: boolean;
}

/** A line break: hard (`  \n`, `\\\n`, `<br>`, an HTML block edge) or soft (a plain newline). */
export interface BreakToken {
  type: 'break';
  hard: boolean;
}

/** A picture. */
export interface ImageToken {
  type: 'image';
  alt: string;
  url: string | null;
  /** Where a link around the picture goes, if there is one. */
  href: string | null;
}

/** One element of a paragraph's inline content. */
export type Token = TextToken | BreakToken | ImageToken;

/** The markup in force while text is read. */
export interface Marks {
  link: boolean;
  href: string | null;
  italic: boolean;
  strong: boolean;
  caption: boolean;
}

/** No markup. */
export const NO_MARKS: Marks = { link: false, href: null, italic: false, strong: false, caption: false };

/** Adds text to `out`; newlines inside it become soft breaks. */
export function pushText(out: Token[], value: string, marks: Marks): void {
  const parts = value.split('\n');
  parts.forEach((part, i) => {
    if (i > 0) out.push({ type: 'break', hard: false });
    if (part) out.push({ type: 'text', value: part, link: marks.link, href: marks.href, italic: marks.italic, strong: marks.strong, caption: marks.caption });
  });
}

/** Whether a link target leads to another page (mail and phone links are text, such as a byline's address). */
export function isPageLink(href: string | null | undefined): boolean {
  return !/^\s{0,3}(?:mailto|tel):/i.test(href ?? '');
}
