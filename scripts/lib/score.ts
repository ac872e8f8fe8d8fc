/**
 * Scoring helpers for `npm run eval`: text keys, fuzzy matching as the corpus README
 * describes it, one-to-one list matching, and precision/recall tallies.
 */

/** NFC, one space between words, trimmed. */
export function norm(value: string | null | undefined): string {
  return (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Letters and digits only: quote marks, spaces and punctuation ignored. */
export function key(value: string | null | undefined): string {
  return norm(value).replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i += 1) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character bigrams. */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const [, n] of ga) total += n;
  for (const [g, n] of gb) {
    total += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return total ? (2 * shared) / total : 0;
}

/** Texts match when their keys share ≥ 90% of bigrams or one contains the other. */
export function sameText(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (!ka || !kb) return ka === kb;
  if (ka === kb) return true;
  if (Math.min(ka.length, kb.length) >= 4 && (ka.includes(kb) || kb.includes(ka))) return true;
  return dice(ka, kb) >= 0.9;
}

/** Greedy one-to-one matching: pairs [goldIndex, predIndex]. */
export function matchLists<G, P>(gold: readonly G[], pred: readonly P[], same: (g: G, p: P) => boolean): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    const pi = pred.findIndex((p, i) => !used.has(i) && same(g, p));
    if (pi !== -1) {
      used.add(pi);
      pairs.push([gi, pi]);
    }
  });
  return pairs;
}

/** Counts for one field pooled over fixtures. */
export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  right = 0;
  total = 0;

  /** A list field: how many predicted, how many gold, how many matched. */
  list(gold: number, pred: number, matched: number): void {
    this.tp += matched;
    this.fp += pred - matched;
    this.fn += gold - matched;
  }

  /** A single value or a per-item check: right or wrong. */
  check(ok: boolean): void {
    this.total += 1;
    if (ok) this.right += 1;
  }

  get precision(): number {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1;
  }

  get recall(): number {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1;
  }

  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }

  get accuracy(): number {
    return this.total ? this.right / this.total : 1;
  }
}
