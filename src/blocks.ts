import type { Format } from './schema.js';
import type { Warning } from './warnings.js';

/**
 * The neutral form every frontend (text, Markdown, HTML) produces and every field
 * extractor reads. A frontend says what the markup told it; text rules decide the rest.
 */

/**
 * - `heading`: a title-like element (HTML `h1`–`h6`, Markdown `#`); `level` says which.
 * - `paragraph`: running text, or a text line of unknown role.
 * - `caption`: a photo caption the markup marked as such (`figcaption`, `img` alt …).
 * - `quote`: a block quote (pull quote, Markdown `>`).
 * - `item`: a list item.
 * - `headline`, `section`, `subheading`, `stamp`, `byline`, `boilerplate`: roles a frontend
 *   or site adapter knows for certain from the markup.
 */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'caption'
  | 'quote'
  | 'item'
  | 'headline'
  | 'section'
  | 'subheading'
  | 'stamp'
  | 'byline'
  | 'boilerplate';

/** One unit of the article: a line of text, a paragraph, a caption … */
export interface Block {
  kind: BlockKind;
  /** Clean text: NFC, one space between words, trimmed. */
  text: string;
  /** Heading level (1–6) for `heading` blocks. */
  level?: number;
  /** The picture a caption describes, already absolute when a base URL was known. */
  imageUrl?: string | null;
  /** A credit the markup gave apart from the caption text. */
  credit?: string | null;
  /** Stamp label the markup gave (`입력`, `수정`) for `stamp` blocks. */
  label?: string | null;
  /** Machine-readable time the markup gave beside the printed one (`data-date-time`). */
  datetime?: string | null;
  /**
   * Where the frontend found the block: before the article body (`head`), inside it
   * (`body`) or after it (`tail`). Absent when the input has no such structure (text).
   */
  zone?: 'head' | 'body' | 'tail';
  /** The caption was read from an image's `alt` text, the weakest source. */
  fromAlt?: boolean;
}

/** What the page says about itself outside the body (meta tags, JSON-LD, front matter). */
export interface Metadata {
  headline: string | null;
  section: string | null;
  /** Raw stamp strings; read by the dates extractor like any stamp. */
  published: string | null;
  modified: string | null;
  /** Author strings as given (names, sometimes with titles or outlet names). */
  authors: string[];
  siteName: string | null;
  url: string | null;
  description: string | null;
  /** The page's language tag as it states it (`<html lang>`), when it does. */
  language?: string | null;
  /** Short lines of elements named for dates near the headline (pages from abroad), read as stamps of the lowest rank. */
  stampLines?: string[];
}

/** A frontend's output: the blocks in reading order plus metadata. */
export interface BlockDocument {
  format: Format;
  blocks: Block[];
  meta: Metadata;
  /** Name of the site adapter that shaped the blocks, if any. */
  adapter: string | null;
  warnings: Warning[];
}

/** Metadata with every field empty. */
export function emptyMetadata(): Metadata {
  return {
    headline: null,
    section: null,
    published: null,
    modified: null,
    authors: [],
    siteName: null,
    url: null,
    description: null,
  };
}
