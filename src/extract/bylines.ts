import type { Block, Metadata } from '../blocks.js';
import type { Byline } from '../schema.js';
import type { Layout } from './layout.js';
import { ANCHOR_HANDOFF, NAME_SHAPED_NON_REPORTERS } from '../rules/bylines.js';
import { REPORTER_TITLES } from '../rules/people.js';
import { clean, trimEndOf, WHITE_SPACE } from '../util/text.js';
import { hasNameShape, isPersonName } from './names.js';

const TITLES = [...REPORTER_TITLES].sort((a, b) => b.length - a.length);
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64}){1,4}/g;
const PHOTO_ONLY = /^(?:사진|영상\s{0,2}(?:취재|편집|촬영|제공)?|그래픽|촬영|편집|VJ|카메라|디자인|일러스트|자료)\s{0,2}[=:：]/;
// `글 홍길동`, `글·사진=홍길동`, `취재: 홍길동`; not the start of a word (`글자 크기`, `기사배열`).
const WRITER_PREFIX = /^(?:(?:글\s{0,2}[·ㆍ&]\s{0,2}사진|글)(?:\s{0,2}[=:：]\s{0,2}|\s{1,3})|(?:기사|취재)\s{0,2}[=:：]\s{0,2})/;
const MORE = /\s{0,2}외\s{0,2}\d{1,2}\s{0,2}명$/;
const SIGN_OFF = /입니다\.?$/;
// Name-shaped words that bylines print but that name no reporter.
const NOT_REPORTERS = new Set(['연합', '연합뉴스', '뉴시스', '뉴스1', '공동취재', '사진', '영상', '편집', '종합', '외신', '이메일', '원문', '인쇄', '인쇄하기', '구독', '공유', '전체', '이전', '다음', '기자', '온라인', '디지털', '인턴', '특별취재', '취재팀', '사회부', '정치부', '경제부', '국제부', '문화부', '체육부', '편집국', '보도국', ...NAME_SHAPED_NON_REPORTERS]);
// A prefix word ending in a particle or verb ending belongs to a sentence, not a byline.
const PARTICLE_END = /[을를은는에의와과도한된로]$/;

/** What a byline line gave: reporters, or `credit` when it only credits a photo or video. */
export interface BylineLine {
  bylines: Byline[];
  credit: boolean;
}

/**
 * Reads a line that is only a byline: `홍길동 기자`, `홍길동 기자 hong@x.co.kr`,
 * `홍길동·김철수 기자`, `부산=홍길동 기자`, `글·사진 홍길동`, `YTN 홍길동 (hong@ytn.co.kr)`,
 * `MBN뉴스 홍길동입니다.`. A photo or video credit (`사진=홍길동 기자`, `영상취재 : 홍길동`)
 * gives `credit: true` and no bylines. Returns null when the line is not a byline.
 */
export function parseBylineLine(line: string): BylineLine | null {
  let s = clean(line)
    .replace(/^[[【(]\s{0,2}(.{2,60}?)\s{0,2}[\]】)]$/, '$1')
    .replace(/^[/\-–—|]\s{0,2}/, '')
    .replace(/\s{0,2}[|·/l]\s{0,2}$/, '');
  // `백승훈 / 사진제공 쿠팡플레이`: the writer, then the photo credit.
  const credited = /^([가-힣]{2,4})\s{0,2}[/|]\s{0,2}(?:사진|화면|영상|그래픽)/.exec(s);
  if (credited && isPersonName(credited[1] as string)) return { bylines: [{ name: credited[1] as string, title: null, email: null }], credit: false };
  if (!s || s.length > 120) return null;
  // `홍길동 기자 hong@x.com/ 사진=OO 제공`: the photo credit after the byline names no reporter.
  s = s.replace(/\s{0,2}\/\s{0,2}사진\s{0,2}[=:：].{0,40}$/, '');
  const emails = s.match(EMAIL) ?? [];
  s = clean(s.replace(EMAIL, ' ').replace(/[([<{]\s*[)\]>}]/g, ' ').replace(/[([<{]\s*$/, ''));
  if (PHOTO_ONLY.test(s)) {
    return /[가-힣]{2,4}/.test(s) && s.length <= 50 ? { bylines: [], credit: true } : null;
  }
  const writer = WRITER_PREFIX.exec(s);
  if (writer && writer[0].trim()) s = s.slice(writer[0].length);
  const signOff = SIGN_OFF.test(s);
  s = clean(trimEndOf(s.replace(SIGN_OFF, '').replace(MORE, ''), '.,;:'));
  if (s.length > 60) return null;
  // `부산=홍길동 기자`: what stands before `=` is a place or an outlet.
  const eq = s.lastIndexOf('=');
  if (eq !== -1 && eq <= 20) s = s.slice(eq + 1).trim();
  const tokens = s.split(/[\s·,ㆍ、/]+/).filter(Boolean);
  let title: string | null = null;
  let last = tokens.length - 1;
  const tail = tokens[last] ?? '';
  const titled = TITLES.find((t) => tail.endsWith(t.replace(' ', '')));
  if (titled) {
    const glued = tail.slice(0, tail.length - titled.replace(' ', '').length);
    title = titled;
    if (glued) tokens[last] = glued;
    else last -= 1;
  } else if (!emails.length && !(signOff && tokens.length > 1) && !(writer && writer[0].trim())) {
    // A sign-off names the outlet before the reporter (`MBN뉴스 홍길동입니다.`); `예정입니다.` is none.
    return null;
  }
  const names: string[] = [];
  for (let i = last; i >= 0; i -= 1) {
    const token = tokens[i] as string;
    if (!hasNameShape(token) || NOT_REPORTERS.has(token) || (!title && !isPersonName(token))) break;
    names.unshift(token);
  }
  const prefix = tokens.slice(0, last + 1 - names.length);
  // A short place or outlet prefix is fine (`부산=`, `YTN`); a sentence is not.
  if (!names.length || prefix.length > 3 || prefix.some((t) => t.length > 12 || PARTICLE_END.test(t))) return null;
  const bylines = names.map((name, i) => ({ name, title, email: names.length === emails.length ? (emails[i] ?? null) : i === 0 ? (emails[0] ?? null) : null }));
  return { bylines, credit: false };
}

/** A paragraph's opening dateline split off: `(서울=연합뉴스) 홍길동 기자 = 본문…`. */
export interface Dateline {
  bylines: Byline[];
  /** The paragraph without its dateline. */
  rest: string;
}

const DATELINES: readonly RegExp[] = [
  // (서울=연합뉴스) 홍길동 기자 = …   /   [서울=뉴시스]홍길동 기자 = …   /   【서울=뉴시스】…
  /^[([【]\s{0,2}[^()[\]【】=]{1,20}=\s{0,2}([^()[\]【】]{1,30})[)\]】]\s{0,2}((?:[가-힣]{2,4}[\s·,]{0,3}){1,4}(?:기자|특파원|기자들)?)?\s{0,2}=\s{0,2}/,
  // (서울=연합뉴스) 본문…  [OSEN=대전, 홍길동 기자] 본문…
  /^[([【]\s{0,2}[^()[\]【】=]{1,20}=\s{0,2}([^()[\]【】]{1,30})[)\]】]\s{0,2}/,
  // [이데일리 홍길동 기자] …   [OSEN=대전, 홍길동 기자] …   [한국방송/홍길동기자] …
  /^\[\s{0,2}[^\]]{0,24}?[\s=/,]\s{0,2}((?:[가-힣]{2,4}[\s·,]{0,3}){1,4}\s{0,2}(?:기자|특파원|선임기자|인턴기자))\s{0,2}\]\s{0,2}/,
  // 홍길동 기자 = …
  /^((?:[가-힣]{2,4}[\s·,]{0,3}){1,3}\s{0,2}(?:기자|특파원))\s{0,2}=\s{0,2}/,
];

/** Splits an agency or outlet dateline off the start of a paragraph, if there is one. */
export function splitDateline(paragraph: string): Dateline | null {
  for (const re of DATELINES) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const rest = paragraph.slice(m[0].length).trim();
    if (!rest) return null;
    // `정은지 특파원 권진영 기자`: each title closes one reporter's byline.
    const who = [m[1], m[2]].flatMap((part) => (part ? part.split(/(?<=특파원|기자)\s+/) : [])).flatMap((part) => parseBylineLine(part)?.bylines ?? []);
    return { bylines: who, rest };
  }
  return null;
}

/** Keeps one byline per name, merging titles and e-mails given in different places. */
export function dedupeBylines(bylines: readonly Byline[]): Byline[] {
  const byName = new Map<string, Byline>();
  for (const b of bylines) {
    const kept = byName.get(b.name);
    if (!kept) byName.set(b.name, { ...b });
    else {
      kept.title ??= b.title;
      kept.email ??= b.email;
    }
  }
  return [...byName.values()];
}

/**
 * The reporters: byline lines, the body's dateline, and the page's author metadata.
 * Outlet names in metadata (`한국일보`, `연합뉴스TV`) are not reporters.
 */
export function extractBylines(layout: Layout, meta: Metadata, datelineBylines: readonly Byline[]): Byline[] {
  const found: Byline[] = [...datelineBylines];
  layout.roles.forEach((role, i) => {
    if (role !== 'byline' && role !== 'stamp') return;
    const text = (layout.blocks[i] as Block).text;
    const parsed = role === 'byline' ? parseBylineLine(text) : parseBylineLine(withoutStamps(text));
    if (parsed) found.push(...parsed.bylines);
    // Markup that says byline (`span.writer`, a name beside a reporter's picture) may print a bare name.
    else if ((layout.blocks[i] as Block).kind === 'byline' && isPersonName(clean(text)) && !NOT_REPORTERS.has(clean(text))) {
      found.push({ name: clean(text), title: null, email: null });
    }
  });
  const handoff = anchorHandoff(layout);
  if (handoff) found.push(handoff);
  for (const author of meta.authors) {
    const parsed = parseBylineLine(author);
    if (parsed) found.push(...parsed.bylines);
    else {
      // Metadata often gives the bare name (`meta name=author content=박윤수`).
      const bare = clean(author);
      if (isPersonName(bare) && !NOT_REPORTERS.has(bare)) found.push({ name: bare, title: null, email: null });
    }
  }
  return dedupeBylines(found);
}

// `홍길동 기자 | 입력 2024.06.13 14:36`: the byline part of a stamp line.
function withoutStamps(text: string): string {
  const cut = text.search(/(?:기사)?(?:입력|등록|승인|송고|수정|업데이트|\d{4}[.\-/년])/);
  return cut > 0 ? trimEndOf(text.slice(0, cut), `|·/${WHITE_SPACE}`) : '';
}

// How many blocks from the top an anchor's lead may run.
const LEAD_REACH = 12;

/**
 * The reporter an anchor hands over to in a broadcast script's lead
 * (`홍길동 기자가 보도합니다.`), or null.
 *
 * @example
 * // a text block `… 시민들의 목소리를 박지훈 기자가 담았습니다.` gives { name: '박지훈', title: '기자', email: null }
 */
function anchorHandoff(layout: Layout): Byline | null {
  const reach = Math.min(layout.blocks.length, LEAD_REACH);
  for (let i = 0; i < reach; i += 1) {
    const m = ANCHOR_HANDOFF.exec((layout.blocks[i] as Block).text);
    if (!m) continue;
    const name = (m[1] as string).replace(/\s/g, '');
    if (hasNameShape(name) && !NOT_REPORTERS.has(name)) return { name, title: '기자', email: null };
  }
  return null;
}
