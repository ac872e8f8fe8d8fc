/**
 * Speech that broadcast scripts and transcripts print with a label instead of a
 * reporting sentence:
 *
 * - `[구병삼/통일부 대변인 : "…"]` (KBS),
 * - `▶ 인터뷰 : 강초 / 부산 금정구` and then `- "…"` (MBN),
 * - `토드 블란취 / 트럼프 변호사` on one line and `"…"` on the next (TV Chosun),
 * - `<마우리치오 푸가티 / 트렌토시 시장> "…"` (Yonhap News TV),
 * - `▷김태현 : …` / `▶김현욱 : …` turns of a radio transcript (SBS).
 *
 * Every reader here looks at one line at a time, with bounded slices and no regex that
 * can backtrack: the labels are short, the lines can be long.
 */
import { TRANSCRIPT_KEYS } from '../../rules/speech.js';
import { clean } from '../../util/text.js';
import { isPersonName } from '../names.js';

/** A speaker label: `강초 / 부산 금정구` → name `강초`, role `부산 금정구`. */
export interface Label {
  name: string;
  role: string | null;
}

/** Labelled words: who, and what they said. */
export interface Labelled {
  label: Label;
  words: string;
}

const OPEN_MARKS = '"“‘\'″＂';
const CLOSE_MARKS = '"”’\'″＂';
// Labels are short; longer text before a colon or slash is prose.
const MAX_LABEL = 60;
const MAX_NAME_WORDS = 4;
const TURN_MARKS = '▷▶◇◆►▸';
// Interview-label kinds: `▶ 인터뷰 :`, `▶ 녹취 :`, `▶ 현장음 :`, `▶ 스탠딩 :`.
const INTERVIEW_KINDS = ['인터뷰', '녹취', '현장음', '스탠딩', '전화인터뷰', '전화 인터뷰'];

/** Reads `이름 / 직책` (either side of the slash may be padded); null when it is no label. */
export function parseLabel(raw: string): Label | null {
  const text = clean(raw);
  if (!text || text.length > MAX_LABEL) return null;
  const slash = text.indexOf('/');
  const name = clean(slash === -1 ? text : text.slice(0, slash));
  // `('jj4 포획' 기자회견)`: what follows the role in brackets is the occasion, not the role.
  const role = slash === -1 ? null : clean(text.slice(slash + 1).replace(/\([^()]{0,40}\)\s{0,3}$/, '')) || null;
  return isLabelName(name) ? { name, role } : null;
}

/** Whether a label's name part reads as a name: a Korean name, a masked one (`유○○`), or a foreign one of a few words. */
function isLabelName(name: string): boolean {
  const words = name.split(' ');
  if (!name || words.length > MAX_NAME_WORDS || /[.!?。]$/.test(name)) return false;
  // A single word that is no Korean name may be a foreign one (`트럼프`), but not a place (`서울`, `금정구`).
  const place = /[시군구도동읍면리]$/.test(name) || /^(?:서울|부산|대구|인천|광주|대전|울산|세종|제주|경기|강원)/.test(name);
  if (words.length === 1) return isPersonName(name) || /^[가-힣][○◯OX*＊]{1,3}$/.test(name) || (/^[가-힣]{2,6}$/.test(name) && !place);
  // Several words: a foreign name, none of them with a particle glued on (`정부는 이날` is prose).
  return words.every((w) => /^[가-힣]{1,8}$/.test(w) && !/[은는을를의에도가]$/.test(w));
}

/** The words between the outer marks of a quote (`"…"`, `- "…"`), the marks dropped; an unclosed quote keeps the rest. */
export function unquote(raw: string): string | null {
  const head = raw.trimStart()[0] ?? '';
  if (!head || (!OPEN_MARKS.includes(head) && !'-–—'.includes(head))) return null;
  let text = clean(raw).replace(/^[-–—]\s?/, '');
  if (!text || !OPEN_MARKS.includes(text[0] as string)) return null;
  text = text.slice(1);
  if (CLOSE_MARKS.includes(text[text.length - 1] as string)) text = text.slice(0, -1);
  const words = clean(text);
  return words || null;
}

/** `[구병삼/통일부 대변인 : "…"]`: a whole line in brackets, label, colon, quote. */
export function bracketQuote(line: string): Labelled | null {
  if (line[0] !== '[') return null;
  const text = clean(line);
  if (!text.startsWith('[') || !text.endsWith(']')) return null;
  const body = text.slice(1, -1);
  const colon = body.search(/[:：]/);
  if (colon <= 0 || colon > MAX_LABEL) return null;
  const label = parseLabel(body.slice(0, colon));
  const rest = body.slice(colon + 1).trim();
  const words = unquote(rest);
  // A name alone labels the words only when they are quoted too (`[이정후 : "…"]`): a bare
  // `[이름 : …]` may be a caption or a list line.
  const quoted = /^["“”'‘]/.test(rest);
  return label && (label.role || quoted) && words ? { label, words } : null;
}

/** `<마우리치오 푸가티 / 트렌토시 시장> "…"`: a label in angle brackets, then the quote. */
export function angleQuote(line: string): Labelled | null {
  if (!'<〈‹＜《'.includes(line[0] ?? '')) return null;
  const text = clean(line);
  const open = '<〈‹＜《'.indexOf(text[0] ?? '');
  if (open === -1) return null;
  const close = text.slice(0, MAX_LABEL + 2).search(/[>〉›＞》]/);
  if (close <= 1) return null;
  const label = parseLabel(text.slice(1, close));
  const words = unquote(text.slice(close + 1));
  return label && label.role && words ? { label, words } : null;
}

/**
 * A label and the words on one line, as a page joins them when it breaks lines with
 * `<br>` inside one paragraph: `토드 블란취 / 트럼프 변호사 "…"`,
 * `▶ 인터뷰 : 강초 / 부산 금정구 - "…"`.
 */
export function inlineLabelled(line: string): Labelled | null {
  const head = line.slice(0, MAX_LABEL + 24);
  const at = head.search(/[-–—]?\s?["“]/);
  if (at <= 0 || !head.slice(0, at).includes('/')) return null;
  const prefix = line.slice(0, at);
  const label = interviewLabel(prefix) ?? nameLine(prefix);
  if (!label || /[은는이가을를의에도]$/.test(label.role ?? '')) return null;
  // The quote runs to the end of the line: words after its closing mark make it prose.
  const rest = line.slice(at);
  const close = Math.max(rest.lastIndexOf('"'), rest.lastIndexOf('”'));
  if (close > rest.search(/["“]/) && !/^[\s.…!?\]]*$/.test(rest.slice(close + 1))) return null;
  const words = unquote(rest);
  return words ? { label, words } : null;
}

/** `▶ 인터뷰 : 강초 / 부산 금정구`: a label line whose words come on the next line. */
export function interviewLabel(line: string): Label | null {
  if (line.length > MAX_LABEL * 2 || !'▶▷►'.includes(line[0] ?? '')) return null;
  const text = clean(line);
  if (!text.startsWith('▶') && !text.startsWith('▷') && !text.startsWith('►')) return null;
  const rest = text.slice(1).trimStart();
  const kind = INTERVIEW_KINDS.find((k) => rest.startsWith(k));
  if (!kind) return null;
  const after = rest.slice(kind.length).trimStart();
  if (!after.startsWith(':') && !after.startsWith('：')) return null;
  const label = parseLabel(after.slice(1));
  return label && label.role ? label : null;
}

/** `토드 블란취 / 트럼프 변호사`: a line that is only a name and a role, the words on the next line. */
export function nameLine(line: string): Label | null {
  if (line.length > MAX_LABEL * 2) return null;
  const text = clean(line);
  if (!text.includes('/') || text.length > MAX_LABEL || OPEN_MARKS.includes(text[0] as string)) return null;
  const label = parseLabel(text);
  return label && label.role && !/[.!?。"”]$/.test(label.role) ? label : null;
}

/**
 * `▷김태현 : 오늘 …`: a transcript turn. The name must be marked (`▷`, `▶`, `◇`) or be
 * someone the article introduced; metadata lines (`■ 진행 : …`) are no turns.
 */
export function transcriptTurn(line: string, known: (name: string) => boolean): Labelled | null {
  // The label sits in the first words: no colon there, no turn (and no need to read on).
  if (!/[:：]/.test(line.slice(0, 24))) return null;
  const text = clean(line);
  const marked = TURN_MARKS.includes(text[0] ?? '');
  const rest = marked ? text.slice(1).trimStart() : text;
  const colon = rest.slice(0, 20).search(/\s?[:：]\s/);
  if (colon <= 0) return null;
  const name = rest.slice(0, colon).trim();
  if (TRANSCRIPT_KEYS.has(name) || name.split(' ').length > 2) return null;
  if (!(marked ? isLabelName(name) : known(name))) return null;
  const words = clean(rest.slice(colon).replace(/^\s?[:：]\s?/, ''));
  return words ? { label: { name, role: null }, words } : null;
}

/**
 * Whether a line the layout keeps out of the body still tells who speaks: a transcript's
 * cast line (`■ 진행 : 김태현 변호사`, `■ 출연 : …`) or a soundbite label (`▶ 인터뷰 : 이름 / 소속`).
 */
export function isSpeakerContext(line: string): boolean {
  const text = line.slice(0, MAX_LABEL * 2);
  if (interviewLabel(text)) return true;
  const cast = /^[■□◆◇▣●]\s{0,2}(?:진행|출연|대담|패널|게스트)\s{0,2}[:：]/.exec(text);
  return !!cast;
}
