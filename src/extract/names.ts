import { endingsOf } from '../util/endings.js';
import { NOT_NAME_PARTICLE_LAST, VERB_DA_END } from '../rules/korean.js';
import { COMPOUND_SURNAMES, NOT_NAMES, SURNAMES } from '../rules/people.js';
import { COUNTRIES, SPEAKING_ORG_SUFFIXES } from '../rules/organizations.js';
import { isAllHangul } from '../util/text.js';

// Words of a name's length that end like organizations (`국방부`, `경찰청`, `민주당`, `여행사`).
const ORG_ENDINGS = /[부청처당측팀회대사단실국]$/;
// Last syllables that rule a word out, tested first as one lookup (most words of running
// text end so): a particle glued on (`서울의`, `이를`: a name in a role phrase stands bare),
// a verb ending (`한다`, `가운데`, `했고`), and for a foreign name word an adnominal too.
const PARTICLE_LAST = NOT_NAME_PARTICLE_LAST;
const NOT_NAME_LAST = new Set([...PARTICLE_LAST, ...'다며면데고요죠할된던']);
const NOT_FOREIGN_LAST = new Set([...PARTICLE_LAST, ...'인한된할던은는이가도만고며면서지데요죠게친힌린']);
// Outlet names (`조선일보`, `한국방송`) are never people.
const OUTLET_ENDINGS = /(?:일보|신문|뉴스|방송|통신|닷컴|미디어|경제|저널)$/;
// Starts of common words that begin with a surname syllable (`국내외`, `한국인`, `서울시`).
const WORD_STARTS = /^(?:국내|국외|국제|국민|국가|한국|한미|한일|한중|서울|정부|정치|대한|전국|전체|지역|지방|주요|주민|시민|이번|이날|이후|이상|이전|최근|최대|최고|오늘|우리|경제|경기|공공|공동|안전|신규|사회|사업|조사|여야|여당|연간|연구|방송|방역|구청|도내|시내|나라|남북|북한|동북|동남)/;
const LONG_ORG_ENDINGS = endingsOf(SPEAKING_ORG_SUFFIXES.filter((s) => s.length >= 2));
// Syllables Korean given names almost never use but transliterations do (`모스카`, `트럼프`).
const FOREIGN_SYLLABLES = /[스트프크드브즈츠르쓰뜨쯔카타파케테페코토포쿠투푸키티피캐패퀴튜퓨샤쟈챠셔져쳐숀숑퐁]/;

/** Whether `word` starts with a Korean surname and has a name's length (2–4 syllables, 5 with a two-syllable surname). */
export function hasNameShape(word: string): boolean {
  const n = word.length;
  if (n < 2 || n > 5) return false;
  if (n >= 3 && COMPOUND_SURNAMES.has(word.slice(0, 2))) return isAllHangul(word);
  return n <= 4 && SURNAMES.has(word[0] as string) && isAllHangul(word);
}

/** Whether `word` starts with a Korean surname (one syllable or two): a name, or a name with a particle glued on, may follow. */
export function startsWithSurname(word: string): boolean {
  return SURNAMES.has(word[0] as string) || COMPOUND_SURNAMES.has(word.slice(0, 2));
}

/**
 * Whether `word` is plausibly a Korean personal name (`허성욱`, `남궁민수`): name-shaped,
 * not a common word that merely starts with a surname (`이번`, `정부`), not an organization
 * (`현대건설`, `여행사`).
 */
export function isPersonName(word: string): boolean {
  if (!hasNameShape(word) || NOT_NAME_LAST.has(word[word.length - 1] as string)) return false;
  if (NOT_NAMES.has(word) || WORD_STARTS.test(word) || OUTLET_ENDINGS.test(word)) return false;
  const given = word.slice(COMPOUND_SURNAMES.has(word.slice(0, 2)) && word.length >= 3 ? 2 : 1);
  if (FOREIGN_SYLLABLES.test(given)) return false;
  // Four syllables make a name only with a two-syllable surname (`남궁민수`); else it is a
  // word (`한빛정밀`) or a name with a particle glued on (`장근석이`).
  if (word.length === 4 && !COMPOUND_SURNAMES.has(word.slice(0, 2))) return false;
  if (COUNTRIES.has(word)) return false;
  // `마친`, `밝힌`: two syllables ending like a verb's adnominal.
  if (word.length === 2 && /[친힌린된던쓴낸겠었았]$/.test(word)) return false;
  if (word.length >= 3 && ORG_ENDINGS.test(word)) return false;
  return !LONG_ORG_ENDINGS.longest(word, (s) => word.length > s.length);
}

/** The surname of a name (`남궁민수` → `남궁`, `허성욱` → `허`); for a foreign name, its last word (`파비오 모스카` → `모스카`). */
export function surnameOf(name: string): string {
  const space = name.lastIndexOf(' ');
  if (space !== -1) return name.slice(space + 1);
  return COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length >= 3 ? name.slice(0, 2) : name.slice(0, 1);
}

// Initial consonants (ㄱ=0 … ㅎ=18) and the vowel ㅡ (18) of a Hangul syllable.
const ASPIRATED = new Set([15, 16, 17]); // ㅋ ㅌ ㅍ
const FOREIGN_BEFORE_EU = new Set([3, 5, 7, 9, 12, 14, 15, 16, 17]); // ㄷ ㄹ ㅂ ㅅ ㅈ ㅊ ㅋ ㅌ ㅍ before ㅡ

/**
 * Whether `word` sounds transliterated: a syllable with an aspirated initial (`크`, `토`,
 * `푸`) or a `ㅡ` after a stop or sibilant (`드`, `든`, `슨`, `르`, `브`), as in `모스카`,
 * `바이든`, `로빈슨`; Korean given names almost never have them.
 */
export function soundsForeign(word: string): boolean {
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 0xac00;
    if (code < 0 || code > 11171) continue;
    const initial = Math.floor(code / 588);
    const vowel = Math.floor((code % 588) / 28);
    if (ASPIRATED.has(initial) || (vowel === 18 && FOREIGN_BEFORE_EU.has(initial))) return true;
  }
  return false;
}

/**
 * Whether `word` can be one word of a foreign name written in Hangul (`파비오`, `모스카`):
 * two to six syllables, no particle glued to it, no organization or place ending.
 */
export function isForeignNameWord(word: string): boolean {
  if (word.length < 2 || word.length > 6 || NOT_FOREIGN_LAST.has(word[word.length - 1] as string) || VERB_DA_END.test(word) || !isAllHangul(word)) return false;
  if (NOT_NAMES.has(word)) return false;
  if (isPersonName(word)) return false;
  if (ORG_ENDINGS.test(word) || /[시군구도읍면동리국원소실장학성력화적]$/.test(word)) return false;
  return !LONG_ORG_ENDINGS.longest(word);
}
