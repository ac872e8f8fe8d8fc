/** A `TextDecoder` for `label`, or null when the runtime does not know the charset. */
export function makeDecoder(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}
