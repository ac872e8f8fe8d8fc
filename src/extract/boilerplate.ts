import { BOILERPLATE_PATTERNS, COPYRIGHT_PATTERNS, END_OF_BODY_PREFIXES, UI_LABELS } from '../rules/boilerplate.js';
import { FURNITURE_PATTERNS, MAX_FURNITURE_LENGTH, SECTION_NAMES, TOOL_WORDS } from '../rules/furniture.js';

const UI = new Set(UI_LABELS.map((label) => label.toLowerCase()));
// Share bars often print several labels on one line: `페이스북 트위터 카카오톡 링크복사`.
const UI_SEPARATORS = /\s*[|·•/,]\s*|\s+/;

/** Whether a line is a copyright notice (`무단전재 및 재배포 금지`, `ⓒ 연합뉴스`, `Copyright …`). */
export function isCopyright(text: string): boolean {
  return text.length <= 220 && COPYRIGHT_PATTERNS.some((re) => re.test(text));
}

/** Whether a line is interface text, a widget, a promo or a footer: never article text. */
export function isBoilerplate(text: string): boolean {
  if (isCopyright(text) || isFurniture(text)) return true;
  const lower = text.toLowerCase();
  if (UI.has(lower)) return true;
  if (text.length <= 80) {
    const parts = lower.split(UI_SEPARATORS).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => UI.has(p))) return true;
  }
  return text.length <= 300 && BOILERPLATE_PATTERNS.some((re) => re.test(text));
}

/** Whether a line heads the lists that follow an article (`관련기사`, `많이 본 뉴스`, `최신뉴스`). */
export function isEndOfBody(text: string): boolean {
  if (text.length > 40) return false;
  const head = text.replace(/^[\s\[<【〈■□▶▷●○◆◇·|-]+/, '');
  return END_OF_BODY_PREFIXES.some((prefix) => head.startsWith(prefix));
}

const TOOLS = new Set(TOOL_WORDS.map((word) => word.toLowerCase()));

/**
 * Whether a short line is page furniture a text scrape keeps: a skip link, a region label,
 * a share or comment widget, a today-date widget, a broadcast marker or program credit.
 *
 * @example
 * isFurniture('연합뉴스 본문 바로가기 메뉴 바로가기'); // true
 * isFurniture('크게 작게 프린트 메일'); // true
 * isFurniture('본문 바로가기를 누르면 기사로 간다.'); // false
 */
export function isFurniture(text: string): boolean {
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  // A scrape of a list keeps its bullet: `• 댓글 0`.
  const line = text.replace(/^[•·ㆍ∙‣▪-]\s{0,3}/, '');
  if (FURNITURE_PATTERNS.some((re) => re.test(line))) return true;
  const words = line.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => TOOLS.has(w));
}

const SECTIONS = new Set(SECTION_NAMES);

/**
 * Whether a line is a section label printed above a headline: a section name alone or
 * followed by one or two words of a sub-section, with no punctuation.
 *
 * @example
 * isSectionLine('정치 대통령실'); // true
 * isSectionLine('정치 혐오가 커진다'); // false: a sentence
 */
export function isSectionLine(text: string): boolean {
  if (text.length > 20 || /[^\p{L}\p{N}\s·&]/u.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 3 || !SECTIONS.has(words[0] as string)) return false;
  // A sub-section is a noun phrase; a verb or adjective ending makes the line a sentence.
  return !words.slice(1).some((w) => /[다요죠나까]$|[은는을를]$/.test(w) && w.length > 1);
}
