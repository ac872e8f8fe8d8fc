import { ANONYMOUS_TITLES, CONTEXT_WORDS, SURNAMES } from '../../rules/people.js';
import { PRONOUNS } from '../../rules/speech.js';
import type { Speaker } from '../../schema.js';
import { asSpeaker, type PeopleIndex } from '../people.js';
import { mentionAt, particleSplits, readTitleWord, type Token } from '../roles.js';

/** Who a subject word points to: a speaker, or back to the previous one (`그는`). */
export type SubjectRef = { kind: 'speaker'; speaker: Speaker } | { kind: 'previous' };

const SUBJECT_PARTICLES = new Set(['은', '는', '이', '가', '께서', '께서는', '도']);
const DETERMINERS = new Set(['한', '또', '다른', '또다른', '익명의', '일부', '이', '그', '해당', '같은', '모']);
const ANONYMOUS = [...ANONYMOUS_TITLES].sort((a, b) => b.length - a.length);

/** Whether a word carries a subject particle (`원장은`, `관계자가`, `그는`). */
export function isSubjectWord(word: string): boolean {
  return particleSplits(word).some((s) => s.particle !== '' && SUBJECT_PARTICLES.has(s.particle));
}

/**
 * Reads the subject ending at token `k`: a full mention (`NIPA의 허성욱 원장은`), a
 * short form (`허 원장은`, `장관은`, `이 관계자는`), a pronoun (`그는`) or an unnamed
 * source (`업계 관계자는`). Returns null when the word names nobody.
 */
export function resolveSubject(tokens: readonly Token[], k: number, people: PeopleIndex): SubjectRef | null {
  const word = (tokens[k] as Token).text;
  const stemmed = particleSplits(word).filter((s) => SUBJECT_PARTICLES.has(s.particle));
  if (stemmed.some((s) => PRONOUNS.has(s.stem))) return { kind: 'previous' };
  for (let s = k; s >= Math.max(0, k - 6); s -= 1) {
    const mention = mentionAt(tokens, s);
    if (mention && mention.last === k && SUBJECT_PARTICLES.has(mention.particle)) {
      const known = people.named(mention.name);
      return { kind: 'speaker', speaker: asSpeaker(known ?? people.add(mention)) };
    }
  }
  const titled = readTitleWord(word);
  if (!titled || !SUBJECT_PARTICLES.has(titled.particle)) return null;
  const prev = tokens[k - 1];
  const prevWord = prev && !prev.breakAfter ? prev.text : null;
  if (prevWord && SURNAMES.has(prevWord) && titled.stem === titled.title) {
    const known = people.bySurnameAndTitle(prevWord, titled.title);
    if (known) return { kind: 'speaker', speaker: asSpeaker(known) };
  }
  const anonymous = ANONYMOUS.find((t) => titled.stem.endsWith(t));
  if (anonymous) {
    if (prevWord === '이' || prevWord === '그' || prevWord === '해당') {
      const known = people.byTitle(titled.stem);
      if (known) return { kind: 'speaker', speaker: asSpeaker(known) };
    }
    return { kind: 'speaker', speaker: unnamed(tokens, k, titled.stem) };
  }
  if (!prevWord || CONTEXT_WORDS.has(prevWord) || prevWord === '이' || prevWord === '그') {
    const known = people.byTitle(titled.stem);
    if (known) return { kind: 'speaker', speaker: asSpeaker(known) };
  }
  return null;
}

/** `정부 고위 당국자는` → role `정부 고위 당국자`; `한 관계자는` → role `관계자`. */
function unnamed(tokens: readonly Token[], k: number, stem: string): Speaker {
  const words = [stem];
  for (let j = k - 1; j >= 0 && j >= k - 3; j -= 1) {
    const token = tokens[j] as Token;
    if (token.breakAfter || DETERMINERS.has(token.text) || CONTEXT_WORDS.has(token.text)) break;
    if (/[을를은는에와과의한된]$/.test(token.text) && !token.text.endsWith('의')) break;
    words.unshift(token.text);
  }
  const role = words.join(' ');
  return { name: null, role, organization: null, title: stem };
}
