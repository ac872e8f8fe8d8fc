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

/** A gold quote as the corpus labels it (see fixtures/text/CONVENTIONS.md). */
export interface GoldQuote {
  text: string;
  speaker: string | null;
  role?: string | null;
  location?: string;
  _speaker_type?: string;
  _group_speaker?: string;
  _speaker_alt?: string | string[];
  _role_alt?: string | string[];
  _role_as_written?: string;
  _role_resolved?: string;
  _headline?: boolean;
  _duplicate?: boolean;
  _nested?: boolean;
  _uncertain?: boolean | string | string[];
  [flag: string]: unknown;
}

/** What gisa said of a quote's speaker (the contract's `Speaker`, kind optional for older output). */
export interface PredSpeaker {
  name: string | null;
  role: string | null;
  organization: string | null;
  title: string | null;
  kind?: string;
}

/**
 * Whether a gold quote is left out of strict scoring: the labeller was unsure, it repeats an
 * earlier quote, or it sits inside another quote (CONVENTIONS.md lets a scorer drop these).
 * A prediction matched to one counts neither way.
 */
export function unscored(g: GoldQuote): boolean {
  return !!g._uncertain || !!g._duplicate || !!g._nested;
}

const alts = (v: string | string[] | undefined | null): string[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

/** Anonymized labels (`A씨`, `A 총경`, `강모씨`): the letter or the 모-form is what names them. */
function anonymizedCore(s: string): string {
  const k = key(s);
  const m = /^([a-z]|[가-힣]모)/u.exec(k);
  return m ? m[1]! : k;
}

/**
 * Judges a predicted speaker against the gold one, following CONVENTIONS.md ("Gold against the
 * contract's output"): `right`, `missing` (gisa gave no one where the gold has someone) or
 * `wrong` (gisa named someone, or a different kind of speaker, who did not say it).
 */
export function judgeSpeaker(g: GoldQuote, p: PredSpeaker | null | undefined): 'right' | 'missing' | 'wrong' {
  const name = p?.name ?? null;
  const nobody = !p || (name === null && !p.role && !p.organization);
  const goldNames = [g.speaker, ...alts(g._speaker_alt)].filter((s): s is string => !!s);
  if (g._group_speaker || (g.speaker === null && goldNames.length === 0)) {
    // An unnamed group or an anonymous person: right when gisa names no one.
    if (nobody || name === null) return 'right';
    return 'wrong';
  }
  if (nobody) return 'missing';
  const type = g._speaker_type;
  if (type === 'organization') {
    const org = goldNames.map(key);
    if (name !== null) return org.includes(key(name)) ? 'right' : 'wrong';
    const said = [p!.organization, p!.role].map(key).filter(Boolean);
    return said.some((s) => org.some((o) => s === o || s.includes(o) || o.includes(s))) ? 'right' : 'wrong';
  }
  if (name === null) return 'wrong';
  if (goldNames.some((n) => key(n) === key(name))) return 'right';
  if (type === 'anonymized' && goldNames.some((n) => anonymizedCore(n) === anonymizedCore(name))) return 'right';
  return 'wrong';
}

/** Determiners and a genitive that a role may carry without changing whom it names. */
function roleKey(s: string | null | undefined): string {
  return key(s).replace(/^(한|다른|또다른|해당|이)(?=[가-힣]{2})/u, '');
}

/** Roles agree when equal or one contains the other; the gold's alternative forms count too. */
export function judgeRole(g: GoldQuote, p: PredSpeaker | null | undefined): boolean {
  const pr = roleKey(p?.role ?? (p?.kind === 'organization' ? p.organization : null));
  const golds = [g.role ?? null, ...alts(g._role_alt), ...alts(g._role_as_written), ...alts(g._role_resolved)];
  if (g._group_speaker) golds.push(g._group_speaker);
  if (g._speaker_type === 'organization' && g.speaker) golds.push(g.speaker);
  return golds.some((gr) => {
    const k = roleKey(gr);
    return k === pr || (!!k && !!pr && (k.includes(pr) || pr.includes(k)));
  });
}
