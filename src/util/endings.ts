/**
 * Suffix lookup for word lists (titles, organization endings): the words grouped by
 * their last character, longest first, so a test reads a handful of candidates instead
 * of the whole list.
 */
export interface Endings {
  /** The longest listed word that `word` ends with, or null. */
  longest(word: string, accept?: (ending: string) => boolean): string | null;
}

/** Indexes `words` by their last character. */
export function endingsOf(words: Iterable<string>): Endings {
  const byLast = new Map<string, string[]>();
  for (const w of words) {
    if (!w) continue;
    const last = w[w.length - 1] as string;
    const list = byLast.get(last) ?? [];
    list.push(w);
    byLast.set(last, list);
  }
  for (const list of byLast.values()) list.sort((a, b) => b.length - a.length);
  return {
    longest(word, accept) {
      const list = word ? byLast.get(word[word.length - 1] as string) : undefined;
      if (!list) return null;
      for (const e of list) if (word.endsWith(e) && (!accept || accept(e))) return e;
      return null;
    },
  };
}

/** Prefix lookup: the words grouped by their first character. */
export interface Starts {
  /** Whether `word` starts with one of the listed words (`minLength` skips shorter ones). */
  has(word: string, minLength?: number): boolean;
}

/** Indexes `words` by their first character. */
export function startsOf(words: Iterable<string>): Starts {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    if (!w) continue;
    const list = byFirst.get(w[0] as string) ?? [];
    list.push(w);
    byFirst.set(w[0] as string, list);
  }
  return {
    has(word, minLength = 0) {
      const list = word ? byFirst.get(word[0] as string) : undefined;
      return !!list && list.some((s) => s.length >= minLength && word.startsWith(s));
    },
  };
}
