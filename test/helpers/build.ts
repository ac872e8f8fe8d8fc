import { execSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure `dist/` is built from the current sources (the install's `prepare` step
 * normally did it); rebuilds when a source file is newer than the build.
 */
export function ensureBuilt(): void {
  const marker = 'dist/schema.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestSource('src')) return;
  execSync('npm run build', { stdio: 'ignore' });
}
