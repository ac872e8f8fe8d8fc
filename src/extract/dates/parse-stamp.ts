import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';
import { ZONE_NAMES, normalizeOffset } from './zones.js';
import { firstWorded } from './worded.js';

/** What a stamp is read against. */
export interface StampContext {
  /** IANA zone for stamps that print none. */
  timeZone: string;
  /** Reference time for relative stamps (`3시간 전`); null keeps them unresolved. */
  now: Date | null;
  /** Also accept 12–14 digit runs (`20260927095437`); only safe in metadata. */
  compact?: boolean;
  /** The page is not Korean: also read worded and day-first dates (`worded.ts`). */
  international?: boolean;
  /** The page's language tag (`en-US`, `de`), which tells the order of numeric dates. */
  language?: string | null;
}

/** A date (and maybe time) found in a string. */
export interface StampMatch {
  start: number;
  end: number;
  /** The stamp as printed, e.g. `2024.06.13 14:36`. */
  raw: string;
  /** ISO 8601 with offset, or null when it names no real calendar time or is relative without `now`. */
  iso: string | null;
  /** Whether the stamp is relative (`3시간 전`). */
  relative: boolean;
  /** Whether the stamp gave a time of day, not only a date. */
  hasTime: boolean;
}

// Date parts. Bounded quantifiers only: these run over whole articles.
const DATE_NUMERIC = /(?<![\d.])(\d{4}|\d{2})\s{0,2}([.\-/])\s{0,2}(\d{1,2})\s{0,2}\2\s{0,2}(\d{1,2})(?!\d)\.?/g;
const DATE_KOREAN = /(?<!\d)(\d{4})\s{0,2}년\s{0,2}(\d{1,2})\s{0,2}월\s{0,2}(\d{1,2})\s{0,2}일/g;
const DATE_COMPACT = /(?<!\d)(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?!\d)/g;
const RELATIVE = /(?<!\d)(\d{1,4})\s{0,2}(초|분|시간|일|주|개월|달|년)\s{0,2}전/g;

// Time parts, tried one after another at a cursor (sticky).
const WEEKDAY = /[\s,]{0,3}[([]?\s{0,2}[월화수목금토일](?:요일)?\s{0,2}[)\]]?/y;
const GAP = /[\s,.]{0,3}(?:T|\(|\s)?\s{0,2}/y;
const MERIDIEM = /(오전|오후|[AaPp]\.?[Mm]\.?)\s{0,2}/y;
// The minute may run into a second stamp's year (`16:402016년 4월 5일`, a scrape that
// glued two renderings of one stamp): two digits followed by a year still end the time.
const HOUR_MINUTE = /(\d{1,2})\s{0,2}(?::|시)\s{0,2}(\d{2}(?=\d{4}\s{0,2}[년.\-/])|\d{1,2}(?!\d))(?:\s{0,2}분)?/y;
const HOUR_ONLY = /(\d{1,2})\s{0,2}시(?!\s{0,2}\d)/y;
const SECONDS = /(?:\s{0,2}:\s{0,2}(\d{2})(?!\d)|\s{0,2}(\d{1,2})\s{0,2}초)(?:\.\d{1,9})?/y;
const TRAILING_MERIDIEM = /\s{0,2}(오전|오후|[AaPp]\.?[Mm]\.?)(?![A-Za-z가-힣])/y;
const CLOSE_PAREN = /\s{0,2}\)/y;
const ZONE = /\s{0,2}(?:\(?\s{0,2}(KST|JST|UTC|GMT|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST)\s{0,2}\)?(?![A-Za-z])|(Z)(?![A-Za-z0-9])|([+-]\d{2}(?::?\d{2})?)(?!\d))/y;

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  zone: string | null;
  hasTime: boolean;
}

/**
 * Finds the first date stamp in `text` at or after `from` and reads it.
 * Recognizes `2024.06.13 14:36`, `2024-06-13 14:36:07`, `2024/06/13`,
 * `2024. 6. 13. 오후 2:36`, `2024년 6월 13일 14시 36분`, `24.06.13`, weekday marks,
 * zones (`KST`, `UTC`, `+09:00`), ISO 8601 and relative stamps (`3시간 전`).
 */
export function matchStamp(text: string, context: StampContext, from = 0): StampMatch | null {
  let best: StampMatch | null = null;
  const consider = (match: StampMatch | null) => {
    if (match && (!best || match.start < best.start || (match.start === best.start && match.end > best.end))) {
      best = match;
    }
  };
  consider(firstNumeric(text, context, from));
  consider(firstKorean(text, context, from));
  if (context.compact) consider(firstCompact(text, context, from));
  if (context.international) consider(firstWorded(text, context, from));
  consider(firstRelative(text, context, from));
  return best;
}

/** Reads the first stamp in `raw` and returns its ISO form, or null. */
export function parseStamp(raw: string, context: StampContext): string | null {
  return matchStamp(raw, context)?.iso ?? null;
}

/** Every stamp in `text`, in order. */
export function matchAllStamps(text: string, context: StampContext): StampMatch[] {
  const found: StampMatch[] = [];
  let from = 0;
  while (from < text.length) {
    const match = matchStamp(text, context, from);
    if (!match) break;
    found.push(match);
    from = Math.max(match.end, match.start + 1);
  }
  return found;
}

function firstNumeric(text: string, context: StampContext, from: number): StampMatch | null {
  DATE_NUMERIC.lastIndex = from;
  for (let m = DATE_NUMERIC.exec(text); m; m = DATE_NUMERIC.exec(text)) {
    const [whole, y, sep, mo, d] = m as unknown as [string, string, string, string, string];
    // Two-digit years only in the dotted form (`24.06.13`), never `13-06-24` or `06/13/24`.
    if (y.length === 2 && (sep !== '.' || mo.length !== 2 || d.length !== 2)) continue;
    // Outside Korea `02.03.18` puts the day first (worded.ts reads it).
    if (y.length === 2 && context.international) continue;
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    const result = finish(text, context, m.index, m.index + whole.length, year, Number(mo), Number(d));
    if (result) return result;
  }
  return null;
}

function firstKorean(text: string, context: StampContext, from: number): StampMatch | null {
  DATE_KOREAN.lastIndex = from;
  for (let m = DATE_KOREAN.exec(text); m; m = DATE_KOREAN.exec(text)) {
    const result = finish(text, context, m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
    if (result) return result;
  }
  return null;
}

function firstCompact(text: string, context: StampContext, from: number): StampMatch | null {
  DATE_COMPACT.lastIndex = from;
  for (let m = DATE_COMPACT.exec(text); m; m = DATE_COMPACT.exec(text)) {
    const fields: Fields = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6] ?? '0'),
      zone: null,
      hasTime: true,
    };
    const iso = toIso(fields, context.timeZone);
    if (iso) return { start: m.index, end: m.index + m[0].length, raw: m[0], iso, relative: false, hasTime: true };
  }
  return null;
}

const UNIT_MS: Readonly<Record<string, number>> = {
  초: 1000,
  분: 60_000,
  시간: 3_600_000,
  일: 86_400_000,
  주: 7 * 86_400_000,
};

function firstRelative(text: string, context: StampContext, from: number): StampMatch | null {
  RELATIVE.lastIndex = from;
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const amount = Number(m[1]);
  const unit = m[2] as string;
  let iso: string | null = null;
  if (context.now) {
    const now = new TZDate(context.now.getTime(), context.timeZone);
    let when: Date;
    if (unit in UNIT_MS) when = new Date(now.getTime() - amount * (UNIT_MS[unit] as number));
    else {
      const shifted = new TZDate(now.getTime(), context.timeZone);
      if (unit === '년') shifted.setFullYear(shifted.getFullYear() - amount);
      else shifted.setMonth(shifted.getMonth() - amount);
      when = shifted;
    }
    iso = isoOf(new TZDate(when.getTime(), context.timeZone));
  }
  return { start: m.index, end: m.index + m[0].length, raw: m[0], iso, relative: true, hasTime: unit !== '일' };
}

/** Reads the optional time and zone after a date and builds the match. */
export function finish(
  text: string,
  context: StampContext,
  start: number,
  dateEnd: number,
  year: number,
  month: number,
  day: number,
): StampMatch | null {
  const fields: Fields = { year, month, day, hour: 0, minute: 0, second: 0, zone: null, hasTime: false };
  if (!plausibleDate(fields)) return null;
  let end = readTime(text, dateEnd, fields);
  end = readZone(text, end, fields);
  const iso = toIso(fields, context.timeZone);
  if (!iso) return null;
  const raw = text.slice(start, end).trim();
  return { start, end, raw, iso, relative: false, hasTime: fields.hasTime };
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function readTime(text: string, at: number, fields: Fields): number {
  let cursor = at;
  const weekday = sticky(WEEKDAY, text, cursor);
  if (weekday && weekday[0].length) cursor += weekday[0].length;
  const gap = sticky(GAP, text, cursor);
  let probe = cursor + (gap ? gap[0].length : 0);
  let meridiem: string | null = null;
  const mer = sticky(MERIDIEM, text, probe);
  if (mer) {
    meridiem = mer[1] as string;
    probe += mer[0].length;
  }
  let hour: number;
  let minute = 0;
  const hm = sticky(HOUR_MINUTE, text, probe);
  if (hm) {
    hour = Number(hm[1]);
    minute = Number(hm[2]);
    probe += hm[0].length;
  } else {
    const ho = sticky(HOUR_ONLY, text, probe);
    if (!ho) return cursor;
    hour = Number(ho[1]);
    probe += ho[0].length;
  }
  let second = 0;
  const sec = sticky(SECONDS, text, probe);
  if (sec) {
    second = Number(sec[1] ?? sec[2]);
    probe += sec[0].length;
  }
  if (!meridiem) {
    const trailing = sticky(TRAILING_MERIDIEM, text, probe);
    if (trailing) {
      meridiem = trailing[1] as string;
      probe += trailing[0].length;
    }
  }
  const close = sticky(CLOSE_PAREN, text, probe);
  if (close && text.lastIndexOf('(', probe) >= at) probe += close[0].length;
  hour = applyMeridiem(hour, meridiem);
  if (hour > 23 || minute > 59 || second > 59) return cursor;
  fields.hour = hour;
  fields.minute = minute;
  fields.second = second;
  fields.hasTime = true;
  return probe;
}

function applyMeridiem(hour: number, meridiem: string | null): number {
  if (!meridiem) return hour;
  const pm = meridiem === '오후' || meridiem[0] === 'P' || meridiem[0] === 'p';
  // `오후 17:25` (TV Chosun): the hour is already 24-hour.
  if (hour > 12) return hour;
  if (pm) return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

function readZone(text: string, at: number, fields: Fields): number {
  const m = sticky(ZONE, text, at);
  if (!m) return at;
  if (m[1]) fields.zone = ZONE_NAMES[m[1]] ?? null;
  else if (m[2]) fields.zone = '+00:00';
  else if (m[3]) {
    // A bare `-05` right after a date is more likely a range than a zone: require a time first.
    if (!fields.hasTime) return at;
    fields.zone = normalizeOffset(m[3]);
  }
  return fields.zone ? at + m[0].length : at;
}

function plausibleDate(f: Fields): boolean {
  if (f.year < 1900 || f.year > 2100 || f.month < 1 || f.month > 12 || f.day < 1) return false;
  return f.day <= daysInMonth(f.year, f.month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Zone offsets are costly to compute and articles repeat the same few stamps: a small cache.
const isoCache = new Map<string, string | null>();

function toIso(f: Fields, timeZone: string): string | null {
  if (!plausibleDate(f) || f.hour > 23 || f.minute > 59 || f.second > 59) return null;
  const zone = f.zone ?? timeZone;
  const key = `${f.year}-${f.month}-${f.day}T${f.hour}:${f.minute}:${f.second}@${zone}`;
  const cached = isoCache.get(key);
  if (cached !== undefined) return cached;
  const date = new TZDate(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, zone);
  const iso = Number.isNaN(date.getTime()) ? null : isoOf(date);
  if (isoCache.size >= 512) isoCache.clear();
  isoCache.set(key, iso);
  return iso;
}

/** ISO 8601 with a numeric offset (`+00:00`, never `Z`, so every stamp has the same shape). */
export function isoOf(date: TZDate): string {
  const iso = formatISO(date);
  return iso.endsWith('Z') ? `${iso.slice(0, -1)}+00:00` : iso;
}
