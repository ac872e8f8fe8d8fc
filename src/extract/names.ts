import { COMPOUND_SURNAMES, NOT_NAMES, SURNAMES } from '../rules/people.js';
import { isAllHangul } from '../util/text.js';

// Words of a name's length that end like organizations (`국방부`, `경찰청`, `민주당`, `연세대`).
const ORG_ENDINGS = /[부청처당측팀회대]$/;
// A particle glued to the word (`서울의`, `이를`): a name in a role phrase stands bare.
const PARTICLE_ENDINGS = /[의을를에는와과]$/;
// Outlet names (`조선일보`, `한국방송`) are never people.
const OUTLET_ENDINGS = /(?:일보|신문|뉴스|방송|통신|닷컴|미디어|경제|저널)$/;
// Starts of common words that begin with a surname syllable (`국내외`, `한국인`, `서울시`).
const WORD_STARTS = /^(?:국내|국외|국제|국민|국가|한국|한미|한일|한중|서울|정부|정치|대한|전국|전체|지역|지방|주요|주민|시민|이번|이날|이후|이상|이전|최근|최대|최고|오늘|우리|경제|경기|공공|공동|안전|신규|사회|사업|조사|여야|여당|연간|연구|방송|방역|구청|도내|시내|나라|남북|북한|동북|동남)/;

/** Whether `word` starts with a Korean surname and has a name's length (2–4 syllables, 5 with a two-syllable surname). */
export function hasNameShape(word: string): boolean {
  if (!isAllHangul(word)) return false;
  const n = word.length;
  if (n >= 3 && n <= 5 && COMPOUND_SURNAMES.has(word.slice(0, 2))) return true;
  return n >= 2 && n <= 4 && SURNAMES.has(word[0] as string);
}

/**
 * Whether `word` is plausibly a Korean personal name (`허성욱`, `남궁민수`): name-shaped,
 * not a common word that merely starts with a surname (`이번`, `정부`), not an organization.
 */
export function isPersonName(word: string): boolean {
  if (!hasNameShape(word) || NOT_NAMES.has(word) || WORD_STARTS.test(word) || OUTLET_ENDINGS.test(word)) return false;
  return !(word.length >= 3 && (ORG_ENDINGS.test(word) || PARTICLE_ENDINGS.test(word)));
}

/** The surname of a name (`남궁민수` → `남궁`, `허성욱` → `허`). */
export function surnameOf(name: string): string {
  return COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length >= 3 ? name.slice(0, 2) : name.slice(0, 1);
}
