import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PathMatcher } from './glob.js';

interface Frame {
  dir: string;
  rel: string;
  entries: Dirent[];
  next: number;
}

/** A file found by {@link walkFiles}, or a directory it could not list. */
export interface Found {
  path: string;
  error: NodeJS.ErrnoException | null;
}

/**
 * Yields the files under `root` that `accept` takes, depth first, each directory's
 * entries in code-unit order, so the order (and so `--shard`) is the same on every run
 * and every machine. Names starting with `.` are skipped (`.git`, editor files), and
 * symbolic links to directories are not followed, which rules out cycles. Only the
 * listings of the directories on the current path are held. A directory that cannot be
 * listed is yielded with its error, so the caller can report it instead of losing it.
 */
export async function* walkFiles(root: string, accept: PathMatcher): AsyncGenerator<Found> {
  const stack: Frame[] = [{ dir: root, rel: '', entries: [], next: 0 }];
  try {
    (stack[0] as Frame).entries = await sortedEntries(root);
  } catch (error) {
    yield { path: root, error: error as NodeJS.ErrnoException };
  }
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const entry = frame.entries[frame.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    const path = join(frame.dir, entry.name);
    const rel = frame.rel ? `${frame.rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      try {
        stack.push({ dir: path, rel, entries: await sortedEntries(path), next: 0 });
      } catch (error) {
        yield { path, error: error as NodeJS.ErrnoException };
      }
    } else if ((entry.isFile() || (entry.isSymbolicLink() && (await isFileLink(path)))) && accept(rel)) {
      yield { path, error: null };
    }
  }
}

async function sortedEntries(dir: string): Promise<Dirent[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function isFileLink(path: string): Promise<boolean> {
  const target = await stat(path).catch(() => null);
  return target?.isFile() ?? false;
}
