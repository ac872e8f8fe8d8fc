import type { Person, Speaker } from '../schema.js';
import { surnameOf } from './names.js';
import { findMentions, type Mention } from './roles.js';

/**
 * Everyone the article names with a role, in order of first mention; the first
 * mention's role is the one kept, as a reader would resolve `허 원장` later on.
 */
export class PeopleIndex {
  private readonly list: Person[] = [];
  private readonly byName = new Map<string, Person>();

  /** Records a mention; returns the person as first introduced. */
  add(mention: Pick<Mention, 'name' | 'role' | 'organization' | 'title'>): Person {
    const known = this.byName.get(mention.name);
    if (known) {
      // A bare first mention (`김동원 기자`) gains the organization a later one gives.
      if (!known.organization && mention.organization && known.title === mention.title) {
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
    return person;
  }

  /** Reads every mention in `text` into the index. */
  addFrom(text: string): void {
    for (const mention of findMentions(text)) this.add(mention);
  }

  /** The person with this full name. */
  named(name: string): Person | undefined {
    return this.byName.get(name);
  }

  /** The last-introduced person with this surname whose title matches (`박 의원`). */
  bySurnameAndTitle(surname: string, title: string): Person | undefined {
    return findLast(this.list, (p) => surnameOf(p.name) === surname && titleMatches(p.title, title));
  }

  /** The last-introduced person with this title (`장관은`). */
  byTitle(title: string): Person | undefined {
    return findLast(this.list, (p) => titleMatches(p.title, title));
  }

  /** Everyone, in order of first mention. */
  all(): Person[] {
    return this.list.map((p) => ({ ...p }));
  }
}

/** A person as a quote's speaker. */
export function asSpeaker(person: Person): Speaker {
  return { name: person.name, role: person.role, organization: person.organization, title: person.title };
}

function titleMatches(full: string | null, short: string): boolean {
  return !!full && (full === short || full.endsWith(short) || full.endsWith(` ${short}`));
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return items[i];
  return undefined;
}
