import { particlesOf } from '../rules/korean.js';
import { TITLE_SYNONYMS } from '../rules/people.js';
import type { Person, SpeakerCore } from '../schema.js';
import { isPersonName, startsWithSurname, surnameOf } from './names.js';
import { mentionsIn, particleSplits, titleSuffix, tokenize, type Mention, type Token } from './roles.js';

// Particles of a subject: a bare name must stand as one at least once to count.
const SUBJECT_MARKS = particlesOf('subject', 'topic', 'additive');

/** Which people a lookup may return: those introduced before the text being read. */
export type Visible = (person: Person) => boolean;
const always: Visible = () => true;

// Lookups scan at most this many people sharing a surname or title: bounds the work
// per reference in articles that name thousands of people.
const SCAN_LIMIT = 64;

/**
 * Everyone the article names, in order of first mention; the first mention's role is
 * the one kept, as a reader would resolve `허 원장` later on. People named without a role
 * (`김철수 씨`, a bare `손제이` the text keeps coming back to) are known for resolving
 * speakers but are not listed by {@link PeopleIndex.all}.
 */
// Far more words than any article has (a long one has a few thousand).
const MAX_CACHED_TOKENS = 200_000;

export class PeopleIndex {
  private readonly list: Person[] = [];
  private readonly byName = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person[]>();
  private readonly byTitleWord = new Map<string, Person[]>();
  private readonly read = new Map<string, Person[]>();
  // Every title a person was mentioned with; the role shown stays the first one.
  private readonly titlesOf = new Map<Person, Set<string>>();
  private readonly tokens = new Map<string, Token[]>();
  private cachedTokens = 0;

  /** Records a mention; returns the person as first introduced. */
  add(mention: Pick<Mention, 'name' | 'role' | 'organization' | 'title'> & { others?: string[] }): Person {
    for (const other of mention.others ?? []) this.add({ ...mention, name: other, others: [] });
    const known = this.byName.get(mention.name);
    if (known) {
      // Later mentions may give other titles (`이재명 대통령 당선인` after `이재명 … 당선자`):
      // `이 당선인은` must still find him, so every title is indexed.
      this.indexAlias(known, mention.title, mention.role);
      // A bare first mention (`김동원 기자`, `문빈`) gains what a later one gives.
      if (!known.role && mention.role) {
        known.role = mention.role;
        known.organization = mention.organization;
        known.title = mention.title;
        this.indexTitle(known);
      } else if (!known.organization && mention.organization && known.title === mention.title) {
        known.organization = mention.organization;
        known.role = mention.role;
      }
      return known;
    }
    const person: Person = {
      name: mention.name,
      role: mention.role,
      organization: mention.organization,
      title: mention.title,
    };
    this.list.push(person);
    this.byName.set(person.name, person);
    push(this.bySurname, surnameOf(person.name), person);
    // A foreign name may put the family name first (`기시다 후미오` → `기시다 총리`).
    const space = person.name.indexOf(' ');
    if (space !== -1) push(this.bySurname, person.name.slice(0, space), person);
    this.indexTitle(person);
    return person;
  }

  /** Reads every mention in `text` into the index; returns the people it names. */
  addFrom(text: string): Person[] {
    // The quote extractor reads each piece again to know who was introduced before it.
    const known = this.read.get(text);
    if (known) return known;
    const people = mentionsIn(this.tokensOf(text)).map((mention) => this.add(mention));
    this.read.set(text, people);
    return people;
  }

  /** The words of a text, split once per article and shared by every reader. */
  tokensOf(text: string): Token[] {
    let tokens = this.tokens.get(text);
    if (tokens) return tokens;
    tokens = tokenize(text);
    // A whole article's words are kept for the quote pass; a hostile input's millions are
    // not (they would only slow the collector), and get split again when needed.
    if (this.cachedTokens + tokens.length <= MAX_CACHED_TOKENS) {
      this.tokens.set(text, tokens);
      this.cachedTokens += tokens.length;
    }
    return tokens;
  }

  /**
   * Records the names the texts use bare, without a role (`손제이는`, `김연경이`): a
   * three- or four-syllable name-shaped word that comes back at least twice, once as a
   * subject, is taken for a person. Two-syllable words are too often common nouns
   * (`편지`); such names count only where a role introduces them.
   */
  addBareNames(texts: readonly string[]): void {
    const counts = new Map<string, { n: number; subject: boolean }>();
    for (const text of texts) {
      for (const word of text.split(/[\s"'“”‘’()[\]{}…·,.:;!?<>]+/)) {
        // A name of three or four syllables with at most a three-letter particle.
        if (word.length < 3 || word.length > 7 || !startsWithSurname(word)) continue;
        // The stem with its particle split off, when that stem is a name (`김연경은` → `김연경`).
        const split = particleSplits(word).reverse().find((s) => s.stem.length >= 3 && s.stem.length <= 4 && isPersonName(s.stem) && !titleSuffix(s.stem));
        if (!split) continue;
        const seen = counts.get(split.stem) ?? { n: 0, subject: false };
        seen.n += 1;
        seen.subject ||= SUBJECT_MARKS.has(split.particle);
        counts.set(split.stem, seen);
      }
    }
    for (const [name, { n, subject }] of counts) {
      if (n >= 2 && subject && !this.byName.has(name)) this.add({ name, role: null, organization: null, title: null });
    }
  }

  /** The person with this full name. */
  named(name: string): Person | undefined {
    return this.byName.get(name);
  }

  /**
   * The last-introduced person with this surname (or a foreign name's last word) whose
   * title matches (`박 의원`, `모스카 교수`, `김 전 총리`).
   */
  bySurnameAndTitle(surname: string, title: string, visible: Visible = always): Person | undefined {
    return findLast(this.bySurname.get(surname), (p) => visible(p) && this.holds(p, title));
  }

  /** The last-introduced person whose longer name starts with this surname (`김씨` after `김모(34)씨`). */
  lastWithSurname(surname: string, visible: Visible = always): Person | undefined {
    return findLast(this.bySurname.get(surname), (p) => visible(p) && p.name !== surname && p.name.startsWith(surname));
  }

  /** The last-introduced person with this title (`장관은`). */
  byTitle(title: string, visible: Visible = always): Person | undefined {
    return findLast(this.byTitleWord.get(lastWordOf(title)), (p) => visible(p) && this.holds(p, title));
  }

  /** Whether any title the person was mentioned with is the one meant. */
  private holds(person: Person, short: string): boolean {
    if (holdsTitle(person, short)) return true;
    const head = lastWordOf(short);
    for (const t of this.titlesOf.get(person) ?? []) if (t.length >= head.length && lastWordOf(t) === head) return true;
    return false;
  }

  /** Everyone named with a role, in order of first mention. */
  all(): Person[] {
    return this.list.filter((p) => p.role !== null).map((p) => ({ ...p }));
  }

  /** Indexes a person under every title word of the role (`경제부총리 겸 기획재정부 장관`: `부총리`, `장관`). */
  private indexTitle(person: Person): void {
    this.indexAlias(person, person.title, person.role);
  }

  /** Indexes a person under the title words of one mention, once each. */
  private indexAlias(person: Person, title: string | null, role: string | null): void {
    let known = this.titlesOf.get(person);
    if (!known) this.titlesOf.set(person, (known = new Set()));
    for (const word of [title, ...(role ?? '').split(' ')]) {
      if (!word || known.has(word)) continue;
      known.add(word);
      if (!this.byTitleWord.get(lastWordOf(word))?.includes(person)) push(this.byTitleWord, lastWordOf(word), person);
    }
  }
}

/** A person as a quote's speaker. */
export function asSpeaker(person: Person): SpeakerCore {
  return { name: person.name, role: person.role, organization: person.organization, title: person.title };
}

/**
 * Whether a short title points at a full one: `총리` at `국무총리`, `전 총리` at
 * `전 국무총리`, `차장` at `1차장`, `후보` at `대선 후보`.
 */
export function titleMatches(full: string | null, short: string): boolean {
  if (!full) return false;
  const head = lastWordOf(short);
  const fullHead = lastWordOf(full);
  return fullHead === head || fullHead.endsWith(head);
}

/** Whether the person's title, or any title in the role, is the one meant (`최 부총리` for `경제부총리 겸 기획재정부 장관`). */
function holdsTitle(person: Person, short: string): boolean {
  if (titleMatches(person.title, short)) return true;
  const head = lastWordOf(short);
  return !!person.role && person.role.split(' ').some((w) => w.length >= head.length && lastWordOf(w) === head);
}

function lastWordOf(title: string): string {
  const space = title.lastIndexOf(' ');
  const spelled = space === -1 ? title : title.slice(space + 1);
  // `최고경영자` and `CEO` are one title.
  const word = TITLE_SYNONYMS.get(spelled) ?? spelled;
  // Index by the title's last two syllables so `국무총리` and `총리` meet.
  return word.length > 2 ? word.slice(-2) : word;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function findLast<T>(items: readonly T[] | undefined, test: (item: T) => boolean): T | undefined {
  if (!items) return undefined;
  for (let i = items.length - 1; i >= 0 && i >= items.length - SCAN_LIMIT; i -= 1) if (test(items[i] as T)) return items[i];
  return undefined;
}
