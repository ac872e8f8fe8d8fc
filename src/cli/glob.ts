/**
 * A small glob matcher for `--glob`: `*`, `?`, `[a-z]`, `[!a-z]`, `{a,b}`, `**` and `\`
 * escapes. It never builds a regular expression, so a user's pattern cannot make it
 * backtrack: both levels use the two-pointer wildcard walk, O(pattern × name).
 */

/** Brace expansion stops here so `{a,b}{c,d}…` cannot blow up. */
const MAX_EXPANSIONS = 256;

/** A compiled glob: call it with a path relative to the directory being walked. */
export type PathMatcher = (relativePath: string) => boolean;

/**
 * Compiles glob patterns into one matcher that accepts a path when any pattern does.
 * A pattern without `/` is matched against the file name at any depth (`*.html`);
 * a pattern with `/` against the whole relative path (`2024/**\/*.html`).
 *
 * @throws Error when a pattern expands to more than 256 alternatives.
 */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  const compiled: Array<{ byName: boolean; segments: string[] }> = [];
  for (const pattern of patterns) {
    for (const alternative of expandBraces(pattern)) {
      const byName = !alternative.includes('/');
      compiled.push({ byName, segments: alternative.split('/').filter((s) => s !== '') });
    }
  }
  return (relativePath) => {
    const segments = relativePath.split('/').filter((s) => s !== '');
    const name = segments[segments.length - 1] ?? '';
    return compiled.some((c) => (c.byName ? matchSegment(c.segments[0] ?? '', name) : matchSegments(c.segments, segments)));
  };
}

/**
 * Expands `{a,b}` alternatives (nested too) into plain patterns.
 *
 * @throws Error past 256 alternatives.
 */
export function expandBraces(pattern: string): string[] {
  const done: string[] = [];
  const todo = [pattern];
  while (todo.length > 0) {
    const current = todo.pop() as string;
    const group = findBraceGroup(current);
    if (!group) {
      done.push(current);
    } else {
      const head = current.slice(0, group.open);
      const tail = current.slice(group.close + 1);
      // Pushed in reverse so the alternatives come out in the order written.
      for (let i = group.options.length - 1; i >= 0; i -= 1) todo.push(head + group.options[i] + tail);
    }
    if (done.length + todo.length > MAX_EXPANSIONS) throw new Error(`--glob ${pattern} expands to more than ${MAX_EXPANSIONS} patterns`);
  }
  return done;
}

/** The first `{…}` with a top-level comma, or null. Unbalanced braces stay literal. */
function findBraceGroup(pattern: string): { open: number; close: number; options: string[] } | null {
  for (let open = 0; open < pattern.length; open += 1) {
    if (pattern[open] === '\\') {
      open += 1;
      continue;
    }
    if (pattern[open] !== '{') continue;
    let depth = 0;
    let start = open + 1;
    const options: string[] = [];
    for (let i = open; i < pattern.length; i += 1) {
      const c = pattern[i];
      if (c === '\\') {
        i += 1;
      } else if (c === '{') {
        depth += 1;
      } else if (c === '}') {
        depth -= 1;
        if (depth === 0) {
          options.push(pattern.slice(start, i));
          if (options.length > 1) return { open, close: i, options };
          break;
        }
      } else if (c === ',' && depth === 1) {
        options.push(pattern.slice(start, i));
        start = i + 1;
      }
    }
  }
  return null;
}

/** Path segments against pattern segments, where a `**` segment spans zero or more segments. */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  return wildcard(
    pattern.length,
    path.length,
    (p, s) => (pattern[p] === '**' ? 'star' : matchSegment(pattern[p] as string, path[s] as string) ? p + 1 : null),
    (p) => pattern[p] === '**',
  );
}

/** One name against one pattern segment: `*`, `?`, `[…]` and `\` escapes. */
export function matchSegment(pattern: string, name: string): boolean {
  return wildcard(pattern.length, name.length, (p, s) => stepAt(pattern, p, name[s] as string), (p) => pattern[p] === '*');
}

/**
 * Wildcard matching of items (characters or path segments) against pattern tokens.
 * `step(p, s)` says what token `p` does with item `s`: `'star'` (matches any run), the
 * next token's index when it matches, or null. On a mismatch only the last star takes one
 * more item, never an earlier one, so the work stays bounded by pattern × items.
 */
function wildcard(tokens: number, items: number, step: (p: number, s: number) => 'star' | number | null, isStar: (p: number) => boolean): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < items) {
    const next = p < tokens ? step(p, s) : null;
    if (next === 'star') {
      starP = p;
      starS = s;
      p += 1;
    } else if (typeof next === 'number') {
      p = next;
      s += 1;
    } else if (starP !== -1) {
      p = starP + 1;
      starS += 1;
      s = starS;
    } else {
      return false;
    }
  }
  while (p < tokens && isStar(p)) p += 1;
  return p === tokens;
}

/**
 * What the pattern at `p` does with character `c`: `'star'` for `*`, the index after the
 * token when it matches `c`, or null when it does not.
 */
function stepAt(pattern: string, p: number, c: string): 'star' | number | null {
  const token = pattern[p];
  if (token === '*') return 'star';
  if (token === '?') return p + 1;
  if (token === '\\' && p + 1 < pattern.length) return pattern[p + 1] === c ? p + 2 : null;
  if (token === '[') {
    const cls = readClass(pattern, p);
    if (cls) return cls.matches(c) ? cls.end : null;
  }
  return token === c ? p + 1 : null;
}

/** Parses `[…]` at `open`; null when it is not closed (then `[` is a literal). */
function readClass(pattern: string, open: number): { end: number; matches: (c: string) => boolean } | null {
  let i = open + 1;
  const negate = pattern[i] === '!' || pattern[i] === '^';
  if (negate) i += 1;
  const ranges: Array<[string, string]> = [];
  // A `]` right after the opening is a member, not the end.
  let first = true;
  while (i < pattern.length && (pattern[i] !== ']' || first)) {
    first = false;
    let lo = pattern[i] as string;
    if (lo === '\\' && i + 1 < pattern.length) lo = pattern[++i] as string;
    let hi = lo;
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      hi = pattern[i + 2] as string;
      i += 2;
    }
    ranges.push([lo, hi]);
    i += 1;
  }
  if (i >= pattern.length) return null;
  return { end: i + 1, matches: (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi) !== negate };
}
