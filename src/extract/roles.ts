import { endingsOf } from '../util/endings.js';
import { isAllHangul } from '../util/text.js';
import { COUNTRIES, GROUP_WORDS, KNOWN_ORGANIZATIONS } from '../rules/organizations.js';
import { ALL_PARTICLES, BACK_POINTERS, DETERMINERS, HONORIFICS, particlesOf, VERB_DA_END } from '../rules/korean.js';
import {
  CONTEXT_WORDS,
  ORG_SUFFIXES,
  SURNAMES,
  ROLES_BEFORE_NAMES,
  TITLE_MODIFIERS,
  TITLES,
  UNNAMED_ONLY_TITLES,
  WHOLE_WORD_TITLES,
} from '../rules/people.js';
import { isForeignNameWord, isPersonName, soundsForeign, surnameOf } from './names.js';

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
  /** The next word is joined to this one by `·` (`이성윤·박규환`). */
  dotAfter?: boolean;
  /** An age in parentheses was set aside inside the word (`이대형(31)은`): a person's mark. */
  aged?: boolean;
}

/** A person the text names with a role: `허성욱 NIPA 원장`, `NIPA의 허성욱 원장`, `배우 장근석`. */
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
  /** Other people named in the same phrase (`이성윤·박규환 최고위원` → `박규환`). */
  others?: string[];
}

// Titles and particles are looked up by the word's last few letters (a set per length),
// not by scanning the lists: these run for every word of the article.
const TITLE_ENDINGS = endingsOf(TITLES);
const PARTICLES = ALL_PARTICLES;
const PARTICLE_SET = new Set(PARTICLES);
const MAX_PARTICLE = Math.max(...PARTICLES.map((p) => p.length));
// A word ending like this is not a bare noun: a particle, a verb's adnominal ending.
const NOT_BARE = /(?:[을를은는에와과의]|에서|에게|으로|하는|했던|하던|하고|이고|된|한|할|던)$/;
// `(45)`, `(토트넘)`, `(이하 코레일)` inside a word, not at its start.
const INNER_PAREN = /([^\s(])\([^()\s]{1,12}\)/g;
// An age in parentheses after a name (`(31)`, `(45세)`, `(34·여)`).
const AGE = /[가-힣]\((?:\d{1,3}|\d{1,3}세|\d{1,3}·[남여])\)/;
const MARKS = '·“”"‘’「」『』';
// Punctuation trimmed off both ends of a word (by a loop: a regex anchored at the end
// would rescan a long run of marks from every position).
const EDGE = new Set([...`"'“”‘’「」『』《》〈〉<>()[]{}…·,.:;!?/`]);

/** The word without the punctuation around it. */
function trimEdges(raw: string): string {
  let a = 0;
  let b = raw.length;
  while (a < b && EDGE.has(raw[a] as string)) a += 1;
  while (b > a && EDGE.has(raw[b - 1] as string)) b -= 1;
  return raw.slice(a, b);
}
// Ends of verbs, adnominals and particles: such a word names no organization.
const VERBISH = /(?:[다며면데고요죠자서지게록해돼던된할한는은을를에와과도만]|에서|에게|으로)$/;
// Particles of an object, a place or a comparison: a name before one is no subject of a role phrase.
const OBJECT_PARTICLES = new Set([...particlesOf('object', 'adverbial'), '에서는']);
const BEFORE_NAMES = new Set(ROLES_BEFORE_NAMES);
// Titles written glued to a name.
const GLUED_TITLES = ['기자', '여사', ...HONORIFICS];
const GLUED_HINT = /기자|여사|[씨군양옹]/;
// The word after a name that may be an honorific (`씨는`) or the `모` of `유 모 씨`.
const HONORIFIC_HINT = /^[씨군양옹모]/;

/**
 * Splits text into words, keeping offsets and whether punctuation closed each one.
 * `·` separates words too (`이성윤·박규환`, `전 대구시장·유승민 전 의원`), and so does a
 * quote mark inside a word (`유감스럽다”고` is `유감스럽다` and `고`). A parenthesis inside a
 * word is set aside (`김철수(45)씨는` reads `김철수씨는`, `손흥민(토트넘)은` reads `손흥민은`).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[^\s·“”"‘’「」『』]+|[·“”"‘’「」『』]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const last = tokens[tokens.length - 1];
    if (raw.length === 1 && MARKS.includes(raw)) {
      if (last && last.end === m.index) {
        last.breakAfter = true;
        if (raw === '·') last.dotAfter = true;
      }
      continue;
    }
    const inner = raw.includes('(') ? raw.replace(INNER_PAREN, '$1') : raw;
    const word = trimEdges(inner);
    if (!word) {
      if (last) last.breakAfter = true;
      continue;
    }
    const lead = inner.indexOf(word);
    const trailing = inner.slice(lead + word.length);
    // A piece glued right after a quote mark (`”고`) opens something new.
    const afterMark = m.index > 0 && MARKS.includes(text[m.index - 1] as string) && text[m.index - 1] !== '·';
    const aged = inner !== raw && AGE.test(raw);
    tokens.push({
      ...(aged ? { aged } : {}),
      text: word,
      start: m.index + lead,
      end: m.index + raw.length - trailing.length,
      breakAfter: trailing !== '' && /[,.;:!?)\]/]/.test(trailing),
      breakBefore: lead > 0 || afterMark,
    });
  }
  return tokens;
}

/** A word read as name + particle, the particle split off first (`장근석이` → `장근석` + `이`). */
function nameSplit(word: string): { stem: string; particle: string } | undefined {
  return particleSplits(word).reverse().find((s) => personName(s.stem));
}

/**
 * Whether `word` is a Korean name and not a title that looks like one (`당선인`), nor a
 * title with a particle glued on (`주석은`, `원장이`: the particle makes the shape of a name).
 */
function personName(word: string): boolean {
  if (!isPersonName(word)) return false;
  const title = titleSuffix(word);
  if (title && title.length > 1) return false;
  return !particleSplits(word).some((s) => s.particle && s.stem.length >= 2 && titleSuffix(s.stem) === s.stem);
}

/** The ways to read a word as stem + particle, the bare word first. */
export function particleSplits(word: string): Array<{ stem: string; particle: string }> {
  const out = [{ stem: word, particle: '' }];
  for (let n = MAX_PARTICLE; n >= 1; n -= 1) {
    if (word.length <= n) continue;
    const p = word.slice(-n);
    if (PARTICLE_SET.has(p)) out.push({ stem: word.slice(0, -n), particle: p });
  }
  return out;
}

/** The title a word ends with (`의료정보센터장` → `센터장`), or null. */
export function titleSuffix(stem: string): string | null {
  return TITLE_ENDINGS.longest(stem, (t) => t === stem || !WHOLE_WORD_TITLES.has(t));
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

/** Whether a word can be one word of a foreign name here: not a title, country, known organization or context word. */
function foreignWord(token: Token | undefined): boolean {
  if (!token) return false;
  const w = token.text;
  // The cheap tests of the word's shape first: most words fail them.
  return isForeignNameWord(w) && !COUNTRIES.has(w) && !KNOWN_ORGANIZATIONS.has(w) && !titleSuffix(w) && !CONTEXT_WORDS.has(w) && !DETERMINERS.has(w) && !w.endsWith('계');
}

/**
 * Reads the person named at token `i`: `허성욱 NIPA 원장`, `이호석 부산대병원 의료정보센터장`,
 * `파비오 모스카 교수`, `배우 장근석`, `조 씨`, `그룹 아스트로의 문빈`; with an organization
 * word just before the name (`NIPA의 허성욱 원장`, `국민의힘 한동훈 대표`) that word becomes
 * the organization. `김 전 장관` is not read here (no full name).
 */
export function mentionAt(tokens: readonly Token[], i: number): Mention | null {
  const first = tokens[i];
  if (!first) return null;
  const glued = gluedMention(first.text);
  if (glued) return { ...glued, first: i, last: i };
  return honorificMention(tokens, i) ?? roleFirstMention(tokens, i) ?? groupMention(tokens, i) ?? leaderMention(tokens, i) ?? foreignMention(tokens, i) ?? namedMention(tokens, i);
}


/** Whether a word can be one word of a name written before a country and a title (`기시다`, `시진핑`). */
function leaderWord(token: Token | undefined): boolean {
  if (!token || token.breakAfter) return false;
  const w = token.text;
  if (w.length < 2 || w.length > 5 || !isAllHangul(w) || VERB_DA_END.test(w)) return false;
  // A final `다` was judged by VERB_DA_END already (`기시다` is a name); other verb and particle ends rule a word out.
  if (!w.endsWith('다') && VERBISH.test(w)) return false;
  return !COUNTRIES.has(w) && !CONTEXT_WORDS.has(w) && !DETERMINERS.has(w) && !BACK_POINTERS.has(w) && !titleSuffix(w) && !KNOWN_ORGANIZATIONS.has(w);
}

/**
 * `기시다 후미오 일본 총리`, `시진핑 중국 국가주석`, `푸틴 러시아 대통령`: one or two name
 * words, then a country and a title. A Korean name is one word and needs no country; a
 * foreign leader's name is recognised by what follows it, whatever it sounds like.
 */
function leaderMention(tokens: readonly Token[], i: number): Mention | null {
  if (!leaderWord(tokens[i])) return null;
  // Start at the first word of the name: a reading from the word before wins.
  if (leaderWord(tokens[i - 1]) && beforeCountryTitle(tokens, i + 1)) return null;
  for (const n of [2, 1]) {
    if (n === 2 && !leaderWord(tokens[i + 1])) continue;
    if (!beforeCountryTitle(tokens, i + n)) continue;
    const m = roleAfter(tokens, i, i + n);
    if (!m) continue;
    const name = tokens.slice(i, i + n).map((t) => t.text).join(' ');
    return finishMention(tokens, i, m.j, name, m.words, m.particle);
  }
  return null;
}

/** `허성욱 NIPA 원장`, `이성윤·박규환 최고위원`: a Korean name, then the role. */
function namedMention(tokens: readonly Token[], i: number): Mention | null {
  const names: string[] = [];
  let k = i;
  for (; k < tokens.length && k < i + 4; k += 1) {
    const token = tokens[k] as Token;
    if (!personName(token.text)) return null;
    names.push(token.text);
    if (!token.dotAfter) break;
  }
  const last = tokens[k];
  if (!last || last.breakAfter) return null;
  // The second of `이성윤·박규환` is read with the first.
  if (tokens[i - 1]?.dotAfter && personName((tokens[i - 1] as Token).text)) return null;
  // `한 반도체 업계 관계자`: a name takes no determiner; the word is a common noun.
  const before = tokens[i - 1];
  // (`‘막말’을 한 이해찬 대표`: after an object, `한` is the verb "did", no determiner.)
  const verb = before?.text === '한' && /[을를]$/.test(tokens[i - 2]?.text ?? '');
  if (before && !before.breakAfter && !verb && (DETERMINERS.has(before.text) || BACK_POINTERS.has(before.text))) return null;
  const m = roleAfter(tokens, k, k + 1);
  if (!m) return null;
  const mention = finishMention(tokens, i, m.j, names[0] as string, m.words, m.particle);
  if (names.length > 1) mention.others = names.slice(1);
  return mention;
}

/** `파비오 모스카 교수`, `조 바이든 대통령`: two or three foreign name words, then the role. */
function foreignMention(tokens: readonly Token[], i: number): Mention | null {
  const head = tokens[i];
  const second = tokens[i + 1];
  if (!head || !second || head.breakAfter || second.breakBefore) return null;
  // `조 바이든`: a one-syllable given name, only before a foreign family name.
  const short = head.text.length === 1 && isAllHangul(head.text) && !DETERMINERS.has(head.text) && !BACK_POINTERS.has(head.text) && !TITLE_MODIFIERS.has(head.text);
  // `젠슨 황 엔비디아 CEO`, `팀 쿡 애플 CEO`: a given name that sounds transliterated, a
  // one-syllable family name, then an organization before the title (right before a title,
  // `움켜쥔 고 사장` is a verb and a surname).
  const shortFamily = soundsForeign(head.text) && isAllHangul(head.text) && oneSyllable(second) && !readTitleWord(tokens[i + 2]?.text ?? '');
  if (!shortFamily && !foreignWord(head) && !(short && foreignWord(tokens[i + 1]))) return null;
  // Start at the first word of the name, not inside it.
  const before = tokens[i - 1];
  if (before && !before.breakAfter && foreignWord(before)) return null;
  let k = i;
  while (k + 1 < tokens.length && k - i < 2 && foreignWord(tokens[k + 1]) && !(tokens[k] as Token).breakAfter && !(tokens[k + 1] as Token).breakBefore) k += 1;
  // `순다 피차이 구글 CEO`: a family name may end in 이, which elsewhere is a particle; right
  // before a role it cannot be one (a particle would close the phrase).
  const next = tokens[k + 1];
  if (k === i && next && endsInYi(next) && !head.breakAfter && roleAfter(tokens, i, k + 2)) k += 1;
  if (k === i && shortFamily) k = i + 1;
  if ((tokens[k] as Token).breakAfter) return null;
  // The family name must sound transliterated (`모스카`, `바이든`): two plain nouns are no
  // name, unless a country and a title follow (`기시다 후미오 일본 총리`).
  if (k === i ? !beforeCountryTitle(tokens, k + 1) : !soundsForeign((tokens[k] as Token).text) && !soundsForeign(head.text) && !beforeCountryTitle(tokens, k + 1)) return null;
  const name = tokens.slice(i, k + 1).map((t) => t.text).join(' ');
  const m = roleAfter(tokens, i, k + 1);
  return m ? finishMention(tokens, i, m.j, name, m.words, m.particle) : null;
}

/** A transliterated family name ending in 이 (`피차이`, `마이`): it must sound foreign. */
function endsInYi(token: Token): boolean {
  const w = token.text;
  return !token.breakBefore && w.length >= 2 && w.length <= 5 && w.endsWith('이') && isAllHangul(w) && soundsForeign(w) && !COUNTRIES.has(w) && !titleSuffix(w) && !KNOWN_ORGANIZATIONS.has(w);
}

/** A one-syllable family name (`황`, `쿡`), not a determiner or a pointer (`가능케 한`, `그`). */
function oneSyllable(token: Token | undefined): boolean {
  if (!token || token.text.length !== 1 || !isAllHangul(token.text) || token.breakBefore) return false;
  return !DETERMINERS.has(token.text) && !BACK_POINTERS.has(token.text) && !TITLE_MODIFIERS.has(token.text);
}

/**
 * Whether a country and then a title stand at `j` (`중국 국가주석`, `일본 총리`): a foreign
 * leader's name comes before them, whatever it sounds like (`시진핑`, `기시다 후미오`).
 */
function beforeCountryTitle(tokens: readonly Token[], j: number): boolean {
  const country = tokens[j];
  const title = tokens[j + 1];
  if (!country || !title || country.breakAfter || country.breakBefore || !COUNTRIES.has(country.text)) return false;
  return !!readTitleWord(title.text);
}

/**
 * The role after a name, read as far as it goes: `박지훈 한국경제연구원 연구위원은` ends at
 * `연구위원`, not at `한국경제연구원`, which also ends like a title.
 */
function roleAfter(tokens: readonly Token[], nameIndex: number, from: number): { j: number; words: string[]; particle: string } | null {
  const roleWords: string[] = [];
  let best: { j: number; words: string[]; particle: string } | null = null;
  for (let j = from; j < tokens.length && j <= from + 4; j += 1) {
    const token = tokens[j] as Token;
    if (token.breakBefore) break;
    const titled = readTitleWord(token.text);
    // Names rarely follow names unmarked; a two-syllable one here is a team or a place (`이승엽 두산 베어스 감독`).
    if (!titled && token.text.length > 2 && personName(token.text)) break;
    if (titled) {
      // `김철수 씨`: the honorific is no role; it ends the name.
      if (HONORIFICS.has(titled.stem) && j > nameIndex + 1) break;
      // No named person is `관계자`: the words before were no name.
      if (UNNAMED_ONLY_TITLES.has(titled.stem)) return null;
      best = { j, words: [...roleWords, titled.stem], particle: titled.particle };
      if (titled.particle || token.breakAfter) break;
    }
    if (token.breakAfter || !isBare(token.text)) break;
    roleWords.push(token.text);
  }
  return best;
}

/** `조 씨`, `A 씨`, `유 모 씨`, `김철수 씨`: a name or surname and an honorific, no role. */
function honorificMention(tokens: readonly Token[], i: number): Mention | null {
  const first = tokens[i] as Token;
  if (first.breakAfter || !HONORIFIC_HINT.test(tokens[i + 1]?.text ?? '')) return null;
  const masked = tokens[i + 1]?.text === '모' && !(tokens[i + 1] as Token).breakAfter ? 1 : 0;
  const next = tokens[i + 1 + masked];
  if (!next || next.breakBefore) return null;
  const split = particleSplits(next.text).find((s) => HONORIFICS.has(s.stem));
  if (!split) return null;
  const w = first.text;
  const plausible = SURNAMES.has(w) || /^[A-Z]{1,2}$/.test(w) || /^[가-힣]모$/.test(w) || personName(w);
  if (!plausible || (masked && !SURNAMES.has(w))) return null;
  const name = masked ? `${w} 모` : w;
  return { name, role: null, organization: null, title: split.stem, first: i, last: i + 1 + masked, particle: split.particle };
}

/** `배우 장근석`, `가수 겸 배우 이승기`, `논설위원 조 씨`: the role written before the name. */
function roleFirstMention(tokens: readonly Token[], i: number): Mention | null {
  const words: string[] = [];
  let j = i;
  for (; j < tokens.length && j < i + 5; j += 1) {
    const token = tokens[j] as Token;
    if (j > i && token.breakBefore) return null;
    const title = titleSuffix(token.text);
    const roleWord = (title && title.length > 1 && title === token.text) || BEFORE_NAMES.has(token.text) || (token.text === '겸' && words.length > 0);
    if (!roleWord) break;
    // A role word ends no phrase (`배우, 가수`); the name after it may (`배우 김하늘, …`).
    if (token.breakAfter) return null;
    words.push(token.text);
  }
  if (!words.length || words[words.length - 1] === '겸') return null;
  const nameToken = tokens[j];
  if (!nameToken || nameToken.breakBefore) return null;
  // `전 장관 김 씨`, `논설위원 조 씨`, `직장인 김모(34)씨`: the honorific form after the role.
  const honorific = honorificMention(tokens, j) ?? (() => {
    const glued = gluedMention(nameToken.text);
    return glued && HONORIFICS.has(glued.title ?? '') ? { ...glued, first: j, last: j } : null;
  })();
  if (honorific) return { ...honorific, role: words.join(' '), title: words.join(' '), first: i };
  // `환자 모두가`: an occupation before a name only with `씨` (`시민 이모씨`), handled above.
  if (words.some((w) => BEFORE_NAMES.has(w) && !titleSuffix(w))) return null;
  const split = nameSplit(nameToken.text);
  // `대통령 당선을 확정했다`, `후보 유불리를`: an object or a place is no person named.
  if (!split || OBJECT_PARTICLES.has(split.particle)) return null;
  // `대표 김철수 사장`, `후보 김민석 전 국무총리`: the role after the name wins; let the name reading take it.
  const after = tokens[j + 1];
  const modified = after && TITLE_MODIFIERS.has(after.text) ? tokens[j + 2] : after;
  if (!split.particle && !nameToken.breakAfter && readTitleWord(modified?.text ?? '')) return null;
  const role = words.join(' ');
  return { name: split.stem, role, organization: null, title: role, first: i, last: j, particle: split.particle };
}

/** `그룹 아스트로의 문빈`: a group named before the person, no title. */
function groupMention(tokens: readonly Token[], i: number): Mention | null {
  const group = tokens[i] as Token;
  const org = tokens[i + 1];
  const person = tokens[i + 2];
  if (!GROUP_WORDS.has(group.text) || group.breakAfter || !org || !person || org.breakAfter) return null;
  if (!org.text.endsWith('의') || org.text.length < 2) return null;
  const split = nameSplit(person.text);
  if (!split) return null;
  const name = org.text.slice(0, -1);
  return { name: split.stem, role: name, organization: name, title: null, first: i, last: i + 2, particle: split.particle };
}

/** `홍길동기자`, `김씨는`, `박모씨`: name and title written as one word. */
function gluedMention(word: string): Omit<Mention, 'first' | 'last'> | null {
  // Most words hold none of these titles: skip them before splitting off particles.
  if (!GLUED_HINT.test(word)) return null;
  for (const { stem, particle } of particleSplits(word)) {
    const title = GLUED_TITLES.find((t) => stem.endsWith(t) && stem.length > t.length);
    if (!title) continue;
    const name = stem.slice(0, -title.length);
    const bare = name.replace(/모$/, '');
    const familiar = title !== '기자';
    // `A씨`, `B군`: a letter stands in for a withheld name, as `김모씨` does with its 모.
    const letter = familiar && /^[A-Z]{1,2}$/.test(name);
    if ((familiar && bare.length === 1 && SURNAMES.has(bare)) || letter || isPersonName(name)) {
      const role = HONORIFICS.has(title) ? null : title;
      return { name, role, organization: null, title, particle };
    }
  }
  return null;
}

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
    const pointer = tokens[i - 2];
    // `이 회사 박채규 대표`: a pointed-at common noun names no organization.
    const pointed = !!pointer && !pointer.breakAfter && BACK_POINTERS.has(pointer.text);
    if (before && !before.breakAfter && !pointed) {
      const org = before.text.endsWith('의') && before.text.length > 1 ? before.text.slice(0, -1) : isBare(before.text) ? before.text : null;
      // `책임자인 파비오 모스카 교수`: a title turned adnominal is no organization.
      const adnominalTitle = /인$/.test(org ?? '') && !!titleSuffix((org ?? '').slice(0, -1));
      if (org && !adnominalTitle && !personName(org) && !readTitleWord(org) && looksLikeOrganization(org)) {
        orgWords = [org];
        firstIndex = i - 1;
      }
    }
  }
  const honorific = HONORIFICS.has(title);
  const organization = orgWords.join(' ') || null;
  return {
    name,
    role: honorific ? organization : [organization, title].filter(Boolean).join(' ') || null,
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
  if (CONTEXT_WORDS.has(word) || DETERMINERS.has(word) || /^\d/.test(word)) return false;
  // `묻자 한덕수 국무총리`, `밝힌 김 대표`: a verb before the name is no organization.
  if (VERBISH.test(word) && !/^[A-Z]/.test(word)) return false;
  if (/^[A-Z][A-Za-z0-9&.-]*$/.test(word)) return true;
  return word.length >= 2 && (ORG_SUFFIXES.some((s) => word.endsWith(s)) || /[가-힣]{2,}/.test(word));
}

/** Every person named with a role in `text`, in order. */
export function findMentions(text: string): Mention[] {
  return mentionsIn(tokenize(text));
}

/** Every person named with a role in a tokenized text, in order. */
export function mentionsIn(tokens: readonly Token[]): Mention[] {
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
