import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { ALL_PARTICLES, closesNounPhrase, lastSyllablesOf, particlesOf, PARTICLES } from '../../src/rules/korean.js';
import { SUBJECT_PARTICLES, TOPIC_PARTICLES } from '../../src/extract/quotes/speakers.js';

describe('the Korean lexicon, defined once', () => {
  it('lists each particle in one group only, and every particle once, longest first', () => {
    const all = Object.values(PARTICLES).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(ALL_PARTICLES.length).toBe(all.length);
    for (let i = 1; i < ALL_PARTICLES.length; i += 1) expect(ALL_PARTICLES[i - 1]!.length).toBeGreaterThanOrEqual(ALL_PARTICLES[i]!.length);
  });

  it('derives the subject and topic sets the attribution reads from the groups', () => {
    expect([...SUBJECT_PARTICLES].sort()).toEqual([...particlesOf('subject', 'topic', 'additive', 'plural')].sort());
    // A topic reaches over subordinate clauses; a plain subject (`들이`) does not.
    expect(TOPIC_PARTICLES.has('들은')).toBe(true);
    expect(TOPIC_PARTICLES.has('들이')).toBe(false);
    expect(lastSyllablesOf('object')).toBe('을를');
  });

  it('tells a noun phrase closed by a particle from a bare noun', () => {
    expect(closesNounPhrase('기자를')).toBe(true);
    expect(closesNounPhrase('취재진에게')).toBe(true);
    expect(closesNounPhrase('통신사')).toBe(false);
  });

  it('reads an honorific after a surname as a form of address, not a role', () => {
    const a = parseArticle('사고 소식\n조 씨는 “갑자기 불이 났다”고 말했다.', { format: 'text' });
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.role, q.speaker?.kind])).toEqual([['조', null, 'person']]);
  });
});
