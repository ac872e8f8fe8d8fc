/**
 * Warnings: what went wrong on input that still gave an `Article`. Each has a stable
 * `code` a pipeline can filter on and a `message` for people, which may change.
 */

/** Every warning code gisa emits, with when it does. */
export const WARNING_CODES = {
  NO_HEADLINE: 'no headline was found',
  NO_BODY: 'no body paragraphs were found',
  NO_BODY_CONTAINER: 'the HTML has no element that holds the article body; the whole page was read',
  NOT_AN_ARTICLE: 'the page looks like a home, section or listing page (many headline links, no article stamp or body)',
  MOJIBAKE_REPAIRED: 'Korean text that had been decoded as Latin-1 (ÀÔ·Â) was repaired',
  CHARSET_MISMATCH: 'the declared charset (options.charset or <meta charset>) is wrong: the bytes are UTF-8 and were read as such',
  CHARSET_GUESSED: 'no BOM, option or declaration named the charset and the bytes are not UTF-8: EUC-KR/CP949 was assumed',
  INVALID_BYTES: 'some bytes are invalid in the charset used and became U+FFFD',
  MARKDOWN_READ_AS_TEXT: 'Markdown too long for the Markdown parser was read as plain text',
  COMBINING_MARKS_CUT: 'runs of more than 30 combining marks were cut to 30 (Unicode stream-safe limit) so normalization stays linear',
  CONTROL_CHARS_REMOVED: 'control, bidi-override or noncharacter code points, or lone surrogates, were removed from the text',
  INPUT_TRUNCATED: 'the input had more HTML elements or text lines than one record may hold; the rest was not read',
} as const;

/** A stable warning code: `NO_HEADLINE`, `MOJIBAKE_REPAIRED` … (see {@link WARNING_CODES}). */
export type WarningCode = keyof typeof WARNING_CODES;

/** One warning in `Article.warnings`. */
export interface Warning {
  code: WarningCode;
  message: string;
}

/**
 * Builds a warning.
 *
 * @example
 * warn('NO_HEADLINE', 'no headline found'); // { code: 'NO_HEADLINE', message: 'no headline found' }
 */
export function warn(code: WarningCode, message: string): Warning {
  return { code, message };
}
