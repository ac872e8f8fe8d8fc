/**
 * Stable error codes. They are part of the public contract: pipelines branch on them.
 *
 * - `EMPTY_INPUT`: nothing but white space (or nothing at all) after decoding.
 * - `INPUT_TOO_LARGE`: more bytes than `options.maxInputBytes`.
 * - `UNDECODABLE`: the bytes are not text in any charset gisa knows (binary data).
 * - `INVALID_INPUT`: the input is neither a string nor bytes.
 * - `INVALID_OPTIONS`: an option has a value gisa cannot use.
 * - `INTERNAL`: a bug in gisa; the message says where. Please report it.
 */
export type GisaErrorCode =
  | 'EMPTY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'UNDECODABLE'
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'INTERNAL';

/** The only error gisa throws. `code` is stable; `message` is for people. */
export class GisaError extends Error {
  readonly code: GisaErrorCode;

  constructor(code: GisaErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GisaError';
    this.code = code;
  }
}

/** Whether `value` is a {@link GisaError} (also across bundle copies, by name and code). */
export function isGisaError(value: unknown): value is GisaError {
  return (
    value instanceof GisaError ||
    (value instanceof Error && value.name === 'GisaError' && typeof (value as GisaError).code === 'string')
  );
}
