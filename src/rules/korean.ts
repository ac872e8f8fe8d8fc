/**
 * The Korean grammar gisa knows, defined once: particles by function, honorifics, the
 * endings that mark a word as a verb, determiners and pointers. Every other set of particles
 * or endings in `extract/` is derived from these (by choosing groups), never written again,
 * so a particle added here reaches every reader.
 *
 * Korean glues particles and endings to the word before them (`허성욱은`, `밝혔다`), so most
 * of gisa's reading is telling a stem from what is glued to it.
 */

/** Particles, by what they make of the noun phrase they close. */
export const PARTICLES = {
  /** The subject (`허 원장이`, `정부가`, `대통령께서`). */
  subject: ['이', '가', '께서'],
  /** The topic, which reaches over the clauses of its sentence (`허 원장은`). */
  topic: ['은', '는', '께서는', '에서는'],
  /** "Also", on a subject as often as on an object (`정부도`). */
  additive: ['도', '께서도', '에서도'],
  /** A plural as subject or topic (`주민들은`, `주민들이`, `주민들도`). */
  plural: ['들은', '들이', '들도'],
  /** The object (`대책을`, `주민들을`). */
  object: ['을', '를', '들을'],
  /** The genitive (`NIPA의`, `주민들의`). */
  genitive: ['의', '과의', '와의', '들의'],
  /** "And", "with" (`김 의원과`). */
  comitative: ['과', '와', '랑'],
  /** Place, direction, means, recipient, limits, comparison. */
  adverbial: [
    '에', '에서', '에게', '에게서', '에게는', '로', '으로', '으로는', '로서', '까지', '부터', '처럼', '보다', '에는', '에도', '만',
  ],
  /** The copula glued to a noun (`대표이며`, `것이다`). */
  copula: ['이다', '이며', '이고', '이나'],
  /** The quotative on a noun phrase (`“…”이라고`). */
  quotative: ['라고', '이라고'],
} as const satisfies Record<string, readonly string[]>;

export type ParticleGroup = keyof typeof PARTICLES;

/** The particles of the given groups, as a set. */
export function particlesOf(...groups: ParticleGroup[]): ReadonlySet<string> {
  return new Set(groups.flatMap((g) => PARTICLES[g]));
}

/** Every particle, longest first (a word is split at its longest particle first). */
export const ALL_PARTICLES: readonly string[] = Object.values(PARTICLES)
  .flat()
  .sort((a, b) => b.length - a.length);

/** The last syllables of the given groups' particles: a word ending otherwise carries none of them. */
export function lastSyllablesOf(...groups: ParticleGroup[]): string {
  return [...new Set(groups.flatMap((g) => PARTICLES[g].map((p) => p[p.length - 1] as string)))].join('');
}

/**
 * Honorifics written after a name or surname (`김철수 씨`, `조 씨`, `김 군`, `이 양`, `박 옹`,
 * `선생님`): forms of address, no role of their own.
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['씨', '군', '양', '옹']);
/** `님` is glued to titles (`장관님`, `부모님`): a title said politely, never a name's part. */
export const POLITE_SUFFIX = '님';

/** Words before a title that make it an unnamed one (`한 관계자`, `다른 관계자`, `익명의 관계자`). */
export const DETERMINERS: ReadonlySet<string> = new Set(['한', '다른', '또다른', '익명의', '일부', '모', '여러', '복수의', '또', '어느', '우리']);

/** Words before a title that point back at someone named before (`이 관계자`, `그 관계자`, `해당 관계자`). */
export const BACK_POINTERS: ReadonlySet<string> = new Set(['이', '그', '해당', '같은', '이들', '그들']);

/** Pronouns that refer to the person in focus (`그는`, `그녀는`, `본인은`). */
export const PRONOUNS: ReadonlySet<string> = new Set(['그', '그녀', '그분', '본인', '자신', '당사자']);

/**
 * Sentence openers that continue the previous speaker (`이어 “…”`, `그러면서 “…”`): the
 * writer leaves the subject out because it has not changed.
 */
export const CONTINUATION_OPENERS: readonly string[] = [
  '이어', '이어서', '또', '또한', '그러면서', '아울러', '그러나', '하지만', '특히', '다만', '그리고', '덧붙여',
  '나아가', '한편으로', '이와 함께', '그는', '그녀는',
];

/**
 * Openers that set a scene before the subject (`한편 이승기는 …`, `이날 허 원장은 …`): skipped
 * when looking for the word that opens the clause.
 */
export const SCENE_OPENERS: ReadonlySet<string> = new Set([
  '한편', '이날', '특히', '또', '또한', '반면', '앞서', '당시', '최근', '현재', '다만', '하지만', '그러나', '실제', '실제로',
]);

/**
 * Last syllables of verb and adjective endings (`밝혔다`, `말하며`, `하면`, `했는데`, `했고`,
 * `해요`, `했죠`, `하자`, `해서`, `하지`, `하게`, `하도록`, `해`, `돼`) and of adnominals
 * (`한`, `된`, `할`, `던`): a word ending so is no noun, so no name and no organization.
 */
export const VERB_LAST = '다며면데고요죠자서지게록해돼';

/**
 * Verb and adjective endings in `다` (`했다`, `한다`, `있다`, `좋다`, `이다`). A final `다` also
 * ends names (`순다`, `기시다`), so only these forms rule a word out.
 */
export const VERB_DA_END = /(?:[했였됐겠갔왔봤줬났]다|[한된는인운준간난]다|[있없같싶좋많크작]다|이다|하다|되다)$/;

/** Whether a name or label ends in an honorific glued to it (`A씨`, `김모씨`). */
export function endsWithHonorific(word: string): boolean {
  return HONORIFICS.has(word.slice(-1));
}
export const ADNOMINAL_LAST = '한된할던';

/**
 * Last syllables of particles that no Korean given name ends in (`서울의`, `이를`, `정부가`):
 * a name-shaped word ending so has a particle glued on. `이`, `은` and `서` are left out:
 * they end particles (`정부이`, `허성욱은`, `에서`) but also many names (`김지은`, `박서`).
 */
export const NOT_NAME_PARTICLE_LAST = '의을를에는와과로가도';

/** Whether a word closes a noun phrase with a particle (`기자를`, `취재진에게`, `측의`). */
export function closesNounPhrase(word: string): boolean {
  for (const p of NOUN_PHRASE_ENDS) if (word.length > p.length && word.endsWith(p)) return true;
  return false;
}
const NOUN_PHRASE_ENDS = [...particlesOf('subject', 'topic', 'additive', 'object', 'genitive'), '에', '에게'];
