import { CONTEXT_WORDS, ORG_SUFFIXES, TITLE_MODIFIERS, TITLES, WHOLE_WORD_TITLES } from '../rules/people.js';
import { isPersonName, surnameOf } from './names.js';
import { SURNAMES } from '../rules/people.js';

/** A word of a sentence with where it stands. */
export interface Token {
  /** The word without surrounding punctuation. */
  text: string;
  start: number;
  end: number;
  /** Punctuation right after the word ends a phrase (`,`, `)`, `.`). */
  breakAfter: boolean;
  /** Punctuation right before the word opens something new (`“`, `(`). */
  breakBefore: boolean;
}

/** A person the text names with a role: `허성욱 NIPA 원장`, `NIPA의 허성욱 원장`. */
export interface Mention {
  name: string;
  role: string | null;
  organization: string | null;
  title: string | null;
  /** Token indices of the phrase, inclusive. */
  first: number;
  last: number;
  /** The particle glued to the phrase's last word (`은`, `과`, `''`). */
  particle: string;
}

const TITLE_LIST = [...TITLES].sort((a, b) => b.length - a.length);
const PARTICLES = [
  '께서는', '께서도', '에게서', '에서는', '에서도', '에게는', '으로는', '이라고', '께서', '에서', '에게', '으로',
  '라고', '과의', '와의', '에는', '에도', '까지', '부터', '처럼', '보다', '로서', '이며', '이고', '이다', '이나',
  '은', '는', '이', '가', '을', '를', '의', '과', '와', '도', '만', '에', '로', '랑',
].sort((a, b) => b.length - a.length);
// A word ending like this is not a bare noun: a particle, a verb's adnominal ending.
const NOT_BARE = /(?:[을를은는에와과의]|에서|에게|으로|하는|했던|하던|하고|이고|된|한|할|던)$/;
const TRIM = /^[\s"'“”‘’「」『』《》〈〉<>()[\]{}…·,.:;!?]+|[\s"'“”‘’「」『』《》〈〉<>()[\]{}…·,.:;!?]+$/g;

/** Splits text into words, keeping offsets and whether punctuation closed each one. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const word = raw.replace(TRIM, '');
    if (!word) {
      const last = tokens[tokens.length - 1];
      if (last) last.breakAfter = true;
      continue;
    }
    const lead = raw.indexOf(word);
    const trailing = raw.slice(lead + word.length);
    tokens.push({
      text: word,
      start: m.index + lead,
      end: m.index + lead + word.length,
      breakAfter: /[,.;:!?)\]”"’」』]/.test(trailing),
      breakBefore: lead > 0,
    });
  }
  return tokens;
}

/** The ways to read a word as stem + particle, the bare word first. */
export function particleSplits(word: string): Array<{ stem: string; particle: string }> {
  const out = [{ stem: word, particle: '' }];
  for (const p of PARTICLES) {
    if (word.length > p.length && word.endsWith(p)) out.push({ stem: word.slice(0, -p.length), particle: p });
  }
  return out;
}

/** The title a word ends with (`의료정보센터장` → `센터장`), or null. */
export function titleSuffix(stem: string): string | null {
  return TITLE_LIST.find((t) => stem.endsWith(t) && (stem === t || !WHOLE_WORD_TITLES.has(t))) ?? null;
}

/** Reads a word as title + particle (`원장은` → `원장`, `은`), or null when it is no title. */
export function readTitleWord(word: string): { title: string; stem: string; particle: string } | null {
  for (const { stem, particle } of particleSplits(word)) {
    const suffix = titleSuffix(stem);
    // A one-letter familiar title (`씨`, `군`) must stand alone or follow a name.
    if (suffix && (suffix.length > 1 || stem === suffix)) return { title: suffix, stem, particle };
  }
  return null;
}

/** Whether a word can be part of a role before the title (`NIPA`, `부산대병원`, `THE`). */
function isBare(word: string): boolean {
  return !NOT_BARE.test(word) && !CONTEXT_WORDS.has(word) && !/^\d/.test(word);
}

/**
 * Reads the person named at token `i`: `허성욱 NIPA 원장`, `이호석 부산대병원 의료정보센터장`,
 * `김 전 장관` is not read (no full name); with an organization word just before the
 * name (`NIPA의 허성욱 원장`, `국민의힘 한동훈 대표`) that word becomes the organization.
 */
export function mentionAt(tokens: readonly Token[], i: number): Mention | null {
  const first = tokens[i];
  if (!first) return null;
  const glued = gluedMention(first.text);
  if (glued) return { ...glued, first: i, last: i };
  if (!isPersonName(first.text) || first.breakAfter) return null;
  // Read as far as the role goes: `박지훈 한국경제연구원 연구위원은` ends at `연구위원`,
  // not at `한국경제연구원`, which also ends like a title.
  const roleWords: string[] = [];
  let best: { j: number; words: string[]; particle: string } | null = null;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j += 1) {
    const token = tokens[j] as Token;
    if (token.breakBefore) break;
    const titled = readTitleWord(token.text);
    if (!titled && isPersonName(token.text)) break;
    if (titled) {
      best = { j, words: [...roleWords, titled.stem], particle: titled.particle };
      if (titled.particle || token.breakAfter) break;
    }
    if (token.breakAfter || !isBare(token.text)) break;
    roleWords.push(token.text);
  }
  return best ? finishMention(tokens, i, best.j, first.text, best.words, best.particle) : null;
}

/** `홍길동기자`, `김씨는`, `박모씨`: name and title written as one word. */
function gluedMention(word: string): Omit<Mention, 'first' | 'last'> | null {
  for (const { stem, particle } of particleSplits(word)) {
    const title = GLUED_TITLES.find((t) => stem.endsWith(t) && stem.length > t.length);
    if (!title) continue;
    const name = stem.slice(0, -title.length);
    const bare = name.replace(/모$/, '');
    const familiar = title !== '기자';
    if ((familiar && bare.length === 1 && SURNAMES.has(bare)) || isPersonName(name)) {
      return { name, role: title, organization: null, title, particle };
    }
  }
  return null;
}

// Titles written glued to a name.
const GLUED_TITLES = ['기자', '여사', '씨', '군', '양', '옹'];

function finishMention(
  tokens: readonly Token[],
  i: number,
  j: number,
  name: string,
  roleWords: string[],
  particle: string,
): Mention {
  let firstIndex = i;
  const titleStart = titleWordsStart(roleWords);
  const title = roleWords.slice(titleStart).join(' ');
  let orgWords = roleWords.slice(0, titleStart);
  if (!orgWords.length) {
    // `NIPA의 허성욱 원장`, `국민의힘 한동훈 대표`: the organization stands before the name.
    const before = tokens[i - 1];
    if (before && !before.breakAfter) {
      const org = before.text.endsWith('의') && before.text.length > 1 ? before.text.slice(0, -1) : isBare(before.text) ? before.text : null;
      if (org && !isPersonName(org) && !readTitleWord(org) && looksLikeOrganization(org)) {
        orgWords = [org];
        firstIndex = i - 1;
      }
    }
  }
  const organization = orgWords.join(' ') || null;
  return {
    name,
    role: [organization, title].filter(Boolean).join(' ') || null,
    organization,
    title: title || null,
    first: firstIndex,
    last: j,
    particle,
  };
}

/** Index in `words` where the title begins, modifiers included (`전 장관`, `공동 대표`). */
function titleWordsStart(words: readonly string[]): number {
  let k = words.length - 1;
  while (k > 0 && TITLE_MODIFIERS.has(words[k - 1] as string)) k -= 1;
  return k;
}

/** Whether a word can name an organization before a person (`NIPA`, `국민의힘`, `부산대병원`). */
export function looksLikeOrganization(word: string): boolean {
  if (CONTEXT_WORDS.has(word) || /^\d/.test(word)) return false;
  if (/^[A-Z][A-Za-z0-9&.-]*$/.test(word)) return true;
  return word.length >= 2 && (ORG_SUFFIXES.some((s) => word.endsWith(s)) || /[가-힣]{2,}/.test(word));
}

/** Every person named with a role in `text`, in order. */
export function findMentions(text: string): Mention[] {
  const tokens = tokenize(text);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const mention = mentionAt(tokens, i);
    if (!mention) continue;
    out.push(mention);
    i = mention.last;
  }
  return out;
}

export { surnameOf };
