/**
 * The warnings this module adds, each under a stable code. Every such warning goes
 * through {@link warning}, so that how a warning is represented (a string today) is
 * decided in one place.
 */
export type WarningCode =
  /** Runs of combining marks longer than 30 were cut (see `capCombiningMarks`). */
  | 'COMBINING_MARKS_CUT'
  /** Control, bidi-override or noncharacter code points, or lone surrogates, were removed. */
  | 'CONTROL_CHARS_REMOVED'
  /** The page had more elements than a record may hold; the rest was not read. */
  | 'INPUT_TRUNCATED';

/**
 * One warning for `Article.warnings`.
 *
 * @example
 * warning('INPUT_TRUNCATED', 'the page has more than 500000 elements; the rest was not read')
 * // 'the page has more than 500000 elements; the rest was not read'
 */
export function warning(code: WarningCode, message: string): string {
  void code;
  return message;
}
