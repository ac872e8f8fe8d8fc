import { ensureBuilt } from './build.js';

/**
 * Vitest global setup: builds dist/ once, before any test file runs. Test files that use
 * dist/ (the CLI, the package, the browser bundle, gisa/node) run in parallel; building
 * from each of them would let one build wipe dist/ while another file reads it.
 */
export default function setup(): void {
  ensureBuilt();
}
