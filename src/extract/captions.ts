import type { Block } from '../blocks.js';
import type { Caption } from '../schema.js';
import type { Layout } from './layout.js';
import {
  REPORTER_MAIL_TAIL,
  BARE_PHOTO_CREDIT,
  BARE_CREDIT_ENDING,
  PHOTO_AGENCIES,
  BROADCAST_TURN,
  CAPTION_DATELINE,
  TRAILING_PHOTO_DATE,
  BRACKET_CREDIT,
  BRACKET_PROVIDED,
  CREDIT_SHAPE,
  LABEL_CREDIT,
  PHOTO_DESK_TAIL,
  POOL_CREDIT,
  RESALE_NOTICE,
  SLASH_CREDIT,
  STRONG_CAPTION_MARKER,
  WEAK_CAPTION_MARKER,
} from '../rules/captions.js';
import { parseBylineLine } from './bylines.js';
import { clean, skeleton, trimEndOf, trimStartOf, WHITE_SPACE } from '../util/text.js';
import { webUrl } from '../util/url.js';

/** A caption's text split from its marker and credit. */
export interface CaptionParts {
  text: string;
  credit: string | null;
  /** Which marker opened it: strong (`▲`, `【사진】`), weak (`•`, `▶`) or none. */
  marker: 'strong' | 'weak' | null;
}

/**
 * Splits a caption line into text and credit: markers (`▲`, `•`, `【사진】`) removed,
 * the credit taken from `[사진=OO]`, `(OO 제공)`, `/홍길동 기자`, `사진제공 : OO`.
 * With `bare` the credit may also be a trailing `OO 제공`/`홍길동 기자` without a mark
 * (only safe where the markup already said it is a caption).
 */
export function splitCaption(line: string, bare = false): CaptionParts {
  let text = clean(line);
  let marker: CaptionParts['marker'] = null;
  const strong = STRONG_CAPTION_MARKER.exec(text);
  if (strong) {
    marker = 'strong';
    text = text.slice(strong[0].length);
  } else {
    const weak = WEAK_CAPTION_MARKER.exec(text);
    if (weak) {
      marker = 'weak';
      text = text.slice(weak[0].length);
    }
  }
  let credit: string | null = null;
  const take = (re: RegExp): boolean => {
    const m = re.exec(text);
    if (!m) return false;
    credit = clean(m[1] ?? '');
    text = clean(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length));
    return true;
  };
  // Agency photos open with a dateline; its reporter or agency credits the photo if nothing else does.
  let datelineCredit: string | null = null;
  const dateline = CAPTION_DATELINE.exec(text);
  if (dateline && dateline[0].length < text.length) {
    datelineCredit = clean(dateline[2] ?? dateline[1] ?? '') || null;
    text = text.slice(dateline[0].length);
  }
  const bracketed = take(BRACKET_CREDIT) || take(BRACKET_PROVIDED) || take(POOL_CREDIT) || take(REPORTER_MAIL_TAIL);
  text = text.replace(RESALE_NOTICE, '').replace(PHOTO_DESK_TAIL, '').trim();
  if (!bracketed) {
    const slash = SLASH_CREDIT.exec(text);
    if (slash && looksLikeCredit(slash[1] ?? '')) {
      credit = clean((slash[1] ?? '').replace(/^사진\s{0,2}[=:]\s{0,2}/, ''));
      text = clean(text.slice(0, slash.index));
    } else if (!take(LABEL_CREDIT) && !take(BARE_PHOTO_CREDIT) && bare) {
      const tail = /\s((?:[^\s.]{1,20}\s)?[^\s.]{1,20}\s{0,2}(?:제공|기자|특파원))$/.exec(text);
      if (tail) {
        credit = clean(tail[1] ?? '');
        text = clean(text.slice(0, tail.index));
      }
    }
  }
  const edges = `,/|=-${WHITE_SPACE}`;
  text = trimEndOf(trimStartOf(text.replace(TRAILING_PHOTO_DATE, ''), edges), edges);
  return { text, credit: credit || datelineCredit, marker };
}

/** Whether a string is shaped like a photo credit (`홍길동 기자`, `연합뉴스`, `OO 제공`). */
export function looksLikeCredit(value: string): boolean {
  const v = clean(value);
  if (!v || v.length > 40 || /[.!?]$/.test(v) || /다\.?$/.test(v)) return false;
  return CREDIT_SHAPE.test(v) || /^[가-힣]{2,4}(?:\s{0,2}기자)?$/.test(v);
}

/**
 * Whether a text line is a photo caption: a strong marker (`▲`, `【사진】`) not used as a
 * list bullet, or a weak marker (`•`, `▶`) or none with a photo credit.
 */
export function isCaptionLine(line: string): boolean {
  if (line.length > 600 || BROADCAST_TURN.test(line)) return false;
  const parts = splitCaption(line);
  if (!parts.text && !parts.credit) return false;
  if (parts.marker === 'strong') {
    // `▲가격 표시 ▲원산지 확인`: ▲ as an inline list bullet.
    return (line.match(/[▲△]/g)?.length ?? 0) === 1 || parts.credit !== null;
  }
  if (!parts.credit) return false;
  // `홍길동 기자 hong@x.com/ 사진=OO 제공`: a byline that credits the photo too.
  if (parseBylineLine(parts.text)?.bylines.length) return false;
  if (parts.marker === 'weak') return true;
  // No marker: only an explicit photo credit makes a caption.
  return BRACKET_CREDIT.test(line) || LABEL_CREDIT.test(line) || /\/\s{0,2}사진\s{0,2}[=:]/.test(line);
}

const AGENCIES = new Set(PHOTO_AGENCIES.map((a) => a.toLowerCase()));
// Where a bare credit starts: after a full stop, a slash, a `ⓒ`/`©` or `사진/`.
const CREDIT_START = /(?:\.\s{0,2}|\/\s{0,2}|(?=[ⓒ©])|\s(?=사진\s{0,2}\/))/g;

const SCREEN_GRAB = /\s((?:\S{1,12}\s){0,2}\S{0,12}\s{0,2}(?:캡처|캡쳐|갈무리))\.?$/;
const TRAILING_DATE_SLASH = /\s{0,3}\d{4}\.\s{0,2}\d{1,2}\.\s{0,2}\d{1,2}\.?\s{0,2}\/?\s{0,2}$/;

/**
 * The credit of a caption line that has no marker and no bracket, as a text scrape prints
 * it: a short description ending in an agency, an archive, a handout or a screen grab
 * after a full stop or a slash (`김문수 고용노동부 장관. 연합뉴스`, `배우 수애. 동아닷컴DB`,
 * `… 사진/삼성전자`, `…/ ⓒ 뉴스프리존`), or a whole line in brackets ending in one
 * (`[홍길동 트위터 캡처]`). Null when the line does not end in such a credit.
 *
 * @example
 * bareCredit('신임 장관이 취임식에서 인사하고 있다. 뉴시스'); // '뉴시스'
 * bareCredit('그는 회의에서 이렇게 말했다.'); // null
 */
export function bareCredit(line: string): string | null {
  const text = clean(line);
  // A footer's `Copyright ⓒ …` ends in an outlet too, but credits no photo.
  if (text.length > 400 || text.length < 4 || /copyright|구독/i.test(text)) return null;
  const bracketed = /^\[([^[\]]{2,120})\]$/.exec(text);
  if (bracketed) {
    const inner = (bracketed[1] as string).trim();
    const last = /(?:^|\s)(\S{1,20}\s{0,2}(?:캡처|캡쳐|갈무리|제공|DB))$/.exec(inner);
    return last ? clean(last[1] as string) : null;
  }
  // `… 보도 화면 갈무리. 2023.11.17/`: a screen grab names its source in its last words,
  // with no stop or slash before them; the photo date after it is no part of the credit.
  const grab = SCREEN_GRAB.exec(text.replace(TRAILING_DATE_SLASH, ''));
  if (grab && grab.index >= 8) return clean(grab[1] as string);
  let best: string | null = null;
  for (const m of text.matchAll(CREDIT_START)) {
    const start = (m.index ?? 0) + m[0].length;
    const tail = trimEndOf(text.slice(start), `/${WHITE_SPACE}`);
    // The description must come first: a line that is all credit is a credit line.
    if (m.index === undefined || m.index < 2 || tail.length > 40) continue;
    if (isBareCredit(tail)) {
      best = tail;
      break;
    }
  }
  return best;
}

/** Whether a short tail names who took or gave a photo. */
function isBareCredit(tail: string): boolean {
  const t = tail.replace(/\s{0,2}\((?:공동\s{0,2}취재|[^()]{1,12}\s{0,2}제공)\)$/, '');
  if (!t || /[.!?"“”]$/.test(t) || t.split(/\s+/).length > 5) return false;
  if (/^[ⓒ©]/.test(t) || /^사진\s{0,2}[/=]/.test(t)) return true;
  // `AFP=뉴스1`, `연합뉴스`: an agency, alone or after a place or partner.
  const last = t.split(/[=\s,]+/).pop() ?? '';
  if (AGENCIES.has(t.toLowerCase()) || AGENCIES.has(last.toLowerCase())) return true;
  return BARE_CREDIT_ENDING.test(t) && !/다$/.test(t);
}

/**
 * Whether a line of a text scrape is a photo caption without markup: it ends in a bare
 * credit ({@link bareCredit}) and what comes before is not itself a byline.
 */
export function isBareCaptionLine(line: string): boolean {
  const credit = bareCredit(line);
  if (!credit) return false;
  const before = clean(line).slice(0, clean(line).lastIndexOf(credit));
  return !parseBylineLine(before) && !/기자\s{0,2}[\w.+-]{1,64}@/.test(before);
}

/** Builds a caption from its parts. */
export function toCaption(parts: CaptionParts, imageUrl: string | null = null, credit?: string | null): Caption {
  return { text: parts.text, credit: credit ?? parts.credit, imageUrl };
}

/**
 * Collapses captions of the same photo given twice (a `•` line and a `▲` line, an
 * `alt` and a `figcaption`): equal text, one containing the other, or the same image
 * described once by its `alt` (flagged in `fromAlt`) and once by a printed caption.
 */
export function dedupeCaptions(captions: readonly Caption[], fromAlt: readonly boolean[] = []): Caption[] {
  const out: Caption[] = [];
  const keys: string[] = [];
  const weak: boolean[] = [];
  captions.forEach((caption, i) => {
    const alt = fromAlt[i] === true;
    const key = skeleton(caption.text + (caption.text ? '' : (caption.credit ?? '')));
    const sameText = (k: string) => k === key || (key.length >= 12 && k.length >= 12 && (k.includes(key) || key.includes(k)));
    // One image is one photo, whatever its copies say; two different images are two
    // photos, even when their captions read the same.
    let at = caption.imageUrl ? out.findIndex((c) => c.imageUrl === caption.imageUrl) : -1;
    if (at === -1) {
      at = keys.findIndex((k, j) => sameText(k) && !(caption.imageUrl && out[j]?.imageUrl && out[j]?.imageUrl !== caption.imageUrl));
    }
    if (at === -1) {
      out.push({ ...caption });
      keys.push(key);
      weak.push(alt);
      return;
    }
    const kept = out[at] as Caption;
    // A printed caption beats an alt text; otherwise the fuller text wins.
    if (weak[at] && !alt) {
      // The printed caption replaces the alt text, credit included.
      kept.text = caption.text;
      kept.credit = caption.credit ?? kept.credit;
      keys[at] = key;
      weak[at] = false;
    } else if (weak[at] === alt && caption.text.length > kept.text.length) {
      kept.text = caption.text;
      keys[at] = key;
    }
    kept.credit ??= caption.credit;
    kept.imageUrl ??= caption.imageUrl;
  });
  return out;
}

/**
 * Every photo caption: blocks in the caption role split into text and credit, with
 * image URLs resolved against `baseUrl`, and the same photo's caption given twice
 * collapsed into one.
 */
export function extractCaptions(layout: Layout, baseUrl: string | null, headline: string | null = null): Caption[] {
  const captions: Caption[] = [];
  const fromAlt: boolean[] = [];
  const headlineKey = headline ? skeleton(headline) : '';
  layout.roles.forEach((role, i) => {
    if (role !== 'caption') return;
    const block = layout.blocks[i] as Block;
    const parts = splitCaption(block.text, block.kind === 'caption');
    if (!parts.credit && !block.credit) splitBareCredit(parts);
    if (!parts.text && !parts.credit && !block.credit) return;
    // A thumbnail whose alt or caption repeats the headline describes the article, not a photo.
    const key = skeleton(parts.text);
    if (headlineKey.length >= 8 && key.length >= 8 && (key.includes(headlineKey) || headlineKey.includes(key) || key.startsWith(headlineKey.slice(0, 14)))) return;
    // A bare source line in the body (`[사진 출처 : OO]`) credits, but no photo is shown.
    if (!parts.text && block.kind !== 'caption' && !block.imageUrl) return;
    captions.push(toCaption(parts, resolveUrl(block.imageUrl ?? null, baseUrl), block.credit ? clean(block.credit) : undefined));
    fromAlt.push(block.fromAlt === true);
  });
  return dedupeCaptions(captions, fromAlt);
}

/** Moves a bare credit (`… 장관. 연합뉴스`) from the caption's text to its credit. */
function splitBareCredit(parts: CaptionParts): void {
  const credit = bareCredit(parts.text);
  if (!credit || /^\[.*\]$/.test(parts.text)) return;
  const at = parts.text.lastIndexOf(credit);
  const text = trimEndOf(parts.text.slice(0, at), `/${WHITE_SPACE}`);
  if (!text) return;
  parts.text = text;
  parts.credit = credit;
}

/** `src` made absolute against the page URL; anything but an http(s) URL gives null. */
export function resolveUrl(src: string | null, baseUrl: string | null): string | null {
  return webUrl(src, webUrl(baseUrl));
}
