/**
 * Who a subject phrase points to: a person named before (`허 원장은`, `모스카 교수는`), an
 * unnamed source (`업계 관계자는`, `이 관계자는`), an organization (`코레일은`,
 * `소속사 측은`), or back to the person in focus (`그는`).
 */
import { endingsOf } from '../../util/endings.js';
import { COUNTRIES, KNOWN_ORGANIZATIONS, ORGANIZATION_KINDS, NOT_ORGANIZATIONS, SHORT_ORG_SUFFIXES, SPEAKING_ORG_SUFFIXES } from '../../rules/organizations.js';
import { BACK_POINTERS, DETERMINERS, HONORIFICS, PARTICLES, particlesOf, PRONOUNS } from '../../rules/korean.js';
import { ANONYMOUS_TITLES, OCCUPATIONS, REPORTER_TITLES, UNNAMED_ONLY_TITLES, CONTEXT_WORDS, SURNAMES, TITLE_MODIFIERS } from '../../rules/people.js';
import type { Person, SpeakerCore } from '../../schema.js';
import { isPersonName } from '../names.js';
import { asSpeaker, titleMatches, type PeopleIndex } from '../people.js';
import { mentionAt, particleSplits, readTitleWord, titleSuffix, type Token } from '../roles.js';

/** What a subject phrase resolved to. */
export type SubjectRef = { kind: 'speaker'; speaker: SpeakerCore; particle: string } | { kind: 'focus'; particle: string };

/** Particles that mark the subject of a sentence or clause. */
export const SUBJECT_PARTICLES: ReadonlySet<string> = particlesOf('subject', 'topic', 'additive', 'plural');
// Their last letters: a word ending otherwise carries none of them.
const SUBJECT_LAST = new Set([...SUBJECT_PARTICLES].map((p) => p[p.length - 1] as string));
/** Subject particles that mark the topic, which reaches over subordinate clauses (`들이` is a plain subject). */
export const TOPIC_PARTICLES: ReadonlySet<string> = new Set([...PARTICLES.topic, ...PARTICLES.additive, ...PARTICLES.plural.filter((p) => p !== '들이')]);

const ANONYMOUS = new Set(ANONYMOUS_TITLES);
const ORG_KINDS = new Set(ORGANIZATION_KINDS);
// Titles too common to point back at one named person by themselves.
const GENERIC_TITLES = new Set([...REPORTER_TITLES, ...UNNAMED_ONLY_TITLES, '취재기자', '직원', '시민', '주민', '학생']);
const LONG_ORG = endingsOf(SPEAKING_ORG_SUFFIXES);
// How many words before a title may describe it (`대통령실 고위 관계자`).
const MAX_DESCRIPTORS = 3;
// How many unnamed speakers are remembered for `이 관계자는`: bounds the work per reference.
const REMEMBERED = 64;

/**
 * Resolves subject phrases against the people of the article and remembers the unnamed
 * sources and organizations it met, so that `이 관계자는` finds the one before.
 */
export class Referents {
  private readonly unnamed: SpeakerCore[] = [];
  private readonly aliases = new Map<string, string>();
  // The people the text has introduced so far: `김 차장은` means the 김 차장 before it, not one named later.
  private readonly introduced = new Set<Person>();
  private readonly visible = (p: Person) => this.introduced.has(p);

  constructor(readonly people: PeopleIndex) {}

  /** Reads the people a piece of text names, before its quotes are attributed. */
  introduce(text: string): void {
    for (const person of this.people.addFrom(text)) this.introduced.add(person);
  }

  /** Records a person as introduced; returns it as a speaker. */
  private meet(person: Person): SpeakerCore {
    this.introduced.add(person);
    return asSpeaker(person);
  }

  /** Learns `한국철도공사(이하 코레일)`: the short name stands for the organization. */
  learnAliases(text: string): void {
    for (let at = text.indexOf('(이하'); at !== -1; at = text.indexOf('(이하', at + 3)) {
      const alias = /^\(이하\s?([가-힣A-Za-z0-9]{1,12})\)/.exec(text.slice(at, at + 20));
      const before = /([가-힣A-Za-z0-9]{2,20})\s?$/.exec(text.slice(Math.max(0, at - 22), at));
      if (alias && before) this.aliases.set(alias[1] as string, before[1] as string);
    }
  }

  /**
   * Reads the subject phrase that ends at token `k`. With `anyParticle` the word may
   * carry any particle (an asker named as object: `묻는 한 통신사 기자를`).
   */
  resolve(tokens: readonly Token[], k: number, anyParticle = false): SubjectRef | null {
    const word = (tokens[k] as Token).text;
    if (!anyParticle && !SUBJECT_LAST.has(word[word.length - 1] as string)) return null;
    const splits = particleSplits(word).filter((s) => anyParticle || SUBJECT_PARTICLES.has(s.particle));
    if (!splits.length) return null;
    const particle = (splits[splits.length - 1] as { particle: string }).particle;
    if (splits.some((s) => PRONOUNS.has(s.stem))) return { kind: 'focus', particle };
    const speaker = this.mention(tokens, k, anyParticle) ?? this.bareName(splits, tokens[k - 1]) ?? this.aged(tokens[k] as Token, splits) ?? this.titled(tokens, k, anyParticle) ?? this.organization(tokens, k, splits);
    return speaker ? { kind: 'speaker', speaker, particle } : null;
  }

  /** A speaker for a labelled name and role (`구병삼/통일부 대변인`, `▷김태현 :`). */
  labelled(name: string, role: string | null): SpeakerCore {
    const known = this.people.named(name);
    if (known && (!role || known.role)) return this.meet(known);
    const parts = role ? splitRole(role) : { organization: null, title: null };
    return this.meet(this.people.add({ name, role, organization: parts.organization, title: parts.title }));
  }

  /** Resolves a headline's naming word (`정부`, `기자협회`, `이해찬`, `실사단`) against what the body introduced. */
  headlineName(word: string): SpeakerCore | null {
    const known = this.people.named(word);
    if (known) return asSpeaker(known);
    const earlier = this.findUnnamed((s) => !!s.role && (s.role === word || s.role.endsWith(word)));
    if (earlier) return earlier;
    if (isOrganizationWord(word, this.aliases) || /계$/.test(word)) return this.remember(orgSpeaker([word]));
    // A title alone names someone (`실사단 “…”`), but not a title anyone could hold (`기자 “…”`).
    const title = titleSuffix(word);
    if (!title || title.length < 2 || GENERIC_TITLES.has(title)) return null;
    return this.remember({ name: null, role: word, organization: null, title: word });
  }

  /**
   * A topic word no rule resolved, opening the quote's sentence: a name-shaped word is a
   * person named bare (`손흥민은`), another plain noun an organization (`애플은`).
   */
  unknownTopic(word: string): SpeakerCore | null {
    // The longest ending decides: `편지에는` ends in `에는`, a place, not a topic.
    const split = particleSplits(word).filter((s) => s.particle).sort((a, b) => b.particle.length - a.particle.length)[0];
    if (!split || (split.particle !== '은' && split.particle !== '는') || split.stem.length < 2 || CONTEXT_WORDS.has(split.stem) || PRONOUNS.has(split.stem)) return null;
    if (isPersonName(split.stem) && split.stem.length >= 3) return this.meet(this.people.add({ name: split.stem, role: null, organization: null, title: null }));
    if (!/^[가-힣A-Za-z0-9]{2,12}$/.test(split.stem) || NOT_ORGANIZATIONS.has(split.stem)) return null;
    return this.remember(orgSpeaker([split.stem]));
  }

  /** Remembers an unnamed speaker for later `이 관계자는`; returns it. */
  remember(speaker: SpeakerCore): SpeakerCore {
    if (speaker.name === null) {
      this.unnamed.push(speaker);
      if (this.unnamed.length > REMEMBERED * 2) this.unnamed.splice(0, REMEMBERED);
    }
    return speaker;
  }

  /** A full mention ending at `k` (`NIPA의 허성욱 원장은`, `조 씨는`), the longest first. */
  private mention(tokens: readonly Token[], k: number, anyParticle: boolean): SpeakerCore | null {
    for (let s = Math.max(0, k - 6); s <= k; s += 1) {
      const m = mentionAt(tokens, s);
      if (!m || m.last !== k || !(anyParticle || SUBJECT_PARTICLES.has(m.particle))) continue;
      // `김씨는` after `김모(34)씨`: the surname and the honorific point back.
      const short = m.name.length === 1 && m.title && HONORIFICS.has(m.title) ? this.people.lastWithSurname(m.name, this.visible) : undefined;
      // `피차이 CEO는` after `순다 피차이 구글 CEO`: a family name and title point back at the full name.
      const fuller = m.title && !m.name.includes(' ') ? this.people.bySurnameAndTitle(m.name, m.title, this.visible) : undefined;
      return this.meet(short ?? fuller ?? this.people.named(m.name) ?? this.people.add(m));
    }
    return null;
  }

  /** `이대형(31)은`: a name-shaped word with an age in parentheses is a person, named bare. */
  private aged(token: Token, splits: ReadonlyArray<{ stem: string }>): SpeakerCore | null {
    if (!token.aged) return null;
    const split = splits.find((s) => s.stem !== token.text && isPersonName(s.stem));
    return split ? this.meet(this.people.named(split.stem) ?? this.people.add({ name: split.stem, role: null, organization: null, title: null })) : null;
  }

  /** A name the article already knows, used bare (`손제이는`, `장근석은`, a foreign `팀 쿡은`). */
  private bareName(splits: ReadonlyArray<{ stem: string }>, previous: Token | undefined): SpeakerCore | null {
    const given = previous && !previous.breakAfter ? `${previous.text} ` : null;
    for (const { stem } of splits) {
      const known = this.people.named(stem) ?? (given ? this.people.named(given + stem) : undefined);
      if (known) return asSpeaker(known);
    }
    return null;
  }

  /**
   * A title, with what stands before it: a surname (`김 차장은`, `정 전 대표는`), a pointer
   * (`이 관계자는`), a determiner (`한 관계자는`) or describing words (`업계 관계자는`,
   * `국민의힘 한 중진 의원은`).
   */
  private titled(tokens: readonly Token[], k: number, anyParticle: boolean): SpeakerCore | null {
    const titled = readRoleWord((tokens[k] as Token).text);
    if (!titled || (!anyParticle && !SUBJECT_PARTICLES.has(titled.particle))) return null;
    const plural = titled.particle.startsWith('들') || titled.stem.endsWith('들');
    const stem = titled.stem.replace(/들$/, '');
    // Modifiers between a surname and the title: `김 전 총리`, `이 전 대표`.
    let j = k - 1;
    const modifiers: string[] = [];
    while (j >= 0 && j >= k - 3 && !(tokens[j] as Token).breakAfter && TITLE_MODIFIERS.has((tokens[j] as Token).text)) {
      modifiers.unshift((tokens[j] as Token).text);
      j -= 1;
    }
    const before = j >= 0 && !(tokens[j] as Token).breakAfter ? (tokens[j] as Token).text : null;
    const short = [...modifiers, stem].join(' ');
    // `B 총경은`: a letter standing in for a withheld name, with the person's title.
    if (before && /^[A-Z]{1,2}$/.test(before)) {
      return this.meet(this.people.bySurnameAndTitle(before, short, this.visible) ?? this.people.add({ name: before, role: short, organization: null, title: short }));
    }
    // `이 총재는` with no 총재 met before: 이 is the surname, not "this" (`이 관계자는` points back,
    // and a title someone already holds is found by the pointer reading below).
    if (before === '이' && !GENERIC_TITLES.has(stem) && !ANONYMOUS.has(stem) && !OCCUPATIONS.has(stem) && !this.people.byTitle(short, this.visible) && !this.findUnnamed((s) => !!s.title && titleMatches(s.title, stem))) {
      return this.meet(this.people.bySurnameAndTitle('이', short, this.visible) ?? this.people.add({ name: '이', role: short, organization: null, title: short }));
    }
    if (before && (SURNAMES.has(before) || this.people.bySurnameAndTitle(before, stem, this.visible))) {
      const known = this.people.bySurnameAndTitle(before, short, this.visible);
      if (known) return asSpeaker(known);
      // `김 전 장관은` with no 김 introduced: the article names this person by surname and
      // title only, so the surname is the name it gives (the contract's `윤 대통령` row).
      if (!DETERMINERS.has(before) && !BACK_POINTERS.has(before)) {
        return this.meet(this.people.add({ name: before, role: short, organization: null, title: short }));
      }
    }
    // Words describing the title, read backwards: `대통령실 고위`, `경찰의 한`.
    const words: string[] = [...modifiers];
    let fresh = false;
    let pointed = false;
    for (let i = j; i >= 0 && i > j - MAX_DESCRIPTORS - 1; i -= 1) {
      const token = tokens[i] as Token;
      if (token.breakAfter) break;
      const w = token.text;
      if (DETERMINERS.has(w)) {
        fresh = true;
        continue;
      }
      if (BACK_POINTERS.has(w)) {
        if (i === j) pointed = true;
        break;
      }
      if (CONTEXT_WORDS.has(w) || /^\d/.test(w)) break;
      // `경찰의 한 관계자`: a genitive only right before a determiner.
      if (w.endsWith('의') && w.length > 1) {
        if (fresh && i === j - 1) words.unshift(w.slice(0, -1));
        break;
      }
      if (!isDescriptor(w)) break;
      words.unshift(w);
    }
    const title = plural ? `${stem}들` : stem;
    const role = [...words.filter((w) => !modifiers.includes(w)), ...modifiers, title].join(' ');
    if (!fresh) {
      const descriptorFree = words.length === modifiers.length;
      // `장관은` is the 장관 introduced before; `기자는` is no reporter of the byline.
      if ((descriptorFree || pointed) && !GENERIC_TITLES.has(stem)) {
        const known = this.people.byTitle(short, this.visible);
        if (known) return asSpeaker(known);
      }
      const earlier = this.findUnnamed((s) => !!s.role && (s.role === role || s.role.endsWith(` ${role}`) || (pointed && !!s.title && titleMatches(s.title, stem))));
      if (earlier) return earlier;
    }
    const parts = splitRole(role);
    return this.remember({ name: null, role, organization: parts.organization, title: parts.title });
  }

  /** An organization speaking: `코레일은`, `한국기자협회는`, `현대건설 컨소시엄은`, `소속사 측은`. */
  private organization(tokens: readonly Token[], k: number, splits: ReadonlyArray<{ stem: string; particle: string }>): SpeakerCore | null {
    for (const { stem } of splits) {
      const side = stem === '측' || (stem.endsWith('측') && stem.length > 1);
      const head = side ? stem.replace(/\s?측$/, '') : stem;
      // `소속사 하이브는`: a kind of organization names the word after it as one.
      const kind = tokens[k - 1] && !(tokens[k - 1] as Token).breakAfter && ORG_KINDS.has((tokens[k - 1] as Token).text);
      if (!side && !kind && !isOrganizationWord(head, this.aliases)) continue;
      const words = head ? [head] : [];
      for (let i = k - 1; i >= 0 && i >= k - 2; i -= 1) {
        const token = tokens[i] as Token;
        if (token.breakAfter || !isDescriptor(token.text) || DETERMINERS.has(token.text) || BACK_POINTERS.has(token.text)) break;
        words.unshift(token.text);
      }
      if (!words.length) return null;
      const full = words.join(' ');
      const speaker = side
        ? { name: null, role: `${full} 측`, organization: full, title: null }
        : orgSpeaker(full.split(' '));
      return this.findUnnamed((s) => !!s.role && s.organization !== null && (s.role === speaker.role || s.role.endsWith(speaker.role as string))) ?? this.remember(speaker);
    }
    return null;
  }

  private findUnnamed(test: (s: SpeakerCore) => boolean): SpeakerCore | null {
    for (let i = this.unnamed.length - 1; i >= 0 && i >= this.unnamed.length - REMEMBERED; i -= 1) {
      const s = this.unnamed[i] as SpeakerCore;
      if (test(s)) return s;
    }
    return null;
  }
}

/**
 * Reads a word as a title (`원장은`) or as a role that only unnamed people are given
 * (`친모가`, `유족은`): these never follow a name as its title (`이승기 아버지` is the father).
 */
function readRoleWord(word: string): { title: string; stem: string; particle: string } | null {
  const titled = readTitleWord(word);
  if (titled) return titled;
  for (const { stem, particle } of particleSplits(word)) {
    const bare = stem.replace(/들$/, '');
    if (ANONYMOUS.has(bare)) return { title: bare, stem, particle };
  }
  return null;
}

/** Whether a speaker is no one in particular: an unnamed `기자`, `관계자`, `직원` with nothing before it. */
export function isGenericSpeaker(speaker: SpeakerCore): boolean {
  return speaker.name === null && !!speaker.role && GENERIC_TITLES.has(speaker.role);
}

/** A person speaker from what `PeopleIndex` knows. */
export function personSpeaker(person: Person): SpeakerCore {
  return asSpeaker(person);
}

function orgSpeaker(words: readonly string[]): SpeakerCore {
  const name = words.join(' ');
  return { name: null, role: name, organization: name, title: null };
}

// Ends of words that are no noun: particles, verb endings, adnominals (`밝힌`, `따르면`).
const NOT_DESCRIPTOR = /(?:[을를은는에와과도만면며고서다지요죠게록해돼던된할한인힌친린낸쓴온난라데자]|에서|에게|으로)$/;

/** Whether a word can describe a title or an organization (`업계`, `대통령실`, `현대건설`, `NIPA`). */
function isDescriptor(word: string): boolean {
  if (NOT_DESCRIPTOR.test(word) && !/^[A-Z]/.test(word)) return false;
  return /^[가-힣A-Za-z0-9㈜&.-]{1,20}$/.test(word) && !CONTEXT_WORDS.has(word);
}

/**
 * Whether a word names an organization that can speak: a known one, an alias the text
 * set up, a Latin acronym, or a word with an organization's ending (`통일부`, `코레일`).
 */
export function isOrganizationWord(word: string, aliases?: ReadonlyMap<string, string>): boolean {
  if (!word || NOT_ORGANIZATIONS.has(word) || CONTEXT_WORDS.has(word)) return false;
  if (KNOWN_ORGANIZATIONS.has(word) || aliases?.has(word)) return true;
  if (/^[A-Z][A-Z0-9&]{1,9}$/.test(word)) return true;
  if (!/^[가-힣A-Za-z0-9㈜]+$/.test(word)) return false;
  if (LONG_ORG.longest(word, (s) => word.length > s.length || s.length >= 3)) return true;
  return word.length >= 3 && SHORT_ORG_SUFFIXES.some((s) => word.endsWith(s)) && !titleSuffix(word) && !COUNTRIES.has(word);
}

/** Splits a role into organization and title: `통일부 대변인` → `통일부` + `대변인`; `부산 금정구` has neither. */
export function splitRole(role: string): { organization: string | null; title: string | null } {
  const words = role.split(' ').filter(Boolean);
  const last = words[words.length - 1];
  if (!last || !(titleSuffix(last) || titleSuffix(last.replace(/들$/, '')) || ANONYMOUS.has(last.replace(/들$/, '')))) return { organization: null, title: null };
  let k = words.length - 1;
  while (k > 0 && TITLE_MODIFIERS.has(words[k - 1] as string)) k -= 1;
  const organization = words.slice(0, k).join(' ') || null;
  return { organization, title: words.slice(k).join(' ') };
}
