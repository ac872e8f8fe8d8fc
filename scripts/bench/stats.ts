/** Small statistics and formatting helpers for `npm run bench`. */

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs the garbage collector when node was started with --expose-gc (a no-op otherwise). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** `0.833 (30/36)` */
export function share(right: number, total: number): string {
  return total ? `${(right / total).toFixed(3)} (${right}/${total})` : 'n/a';
}

/** `12.34` with two decimals under 100, none above. */
export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

/** `3.2×` */
export function times(value: number): string {
  return `${value.toFixed(value >= 10 ? 1 : 2)}×`;
}

/** `✓` or `✗` for a target. */
export function mark(met: boolean): string {
  return met ? '✓' : '✗';
}
