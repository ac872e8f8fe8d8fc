import { TZDate } from '@date-fns/tz';
import { DAY_FIRST_LANGUAGES, MONTH_FIRST_LANGUAGES, MONTH_NAMES, RELATIVE_ONE, RELATIVE_UNITS, type RelativeUnit } from '../../rules/dates.js';
import { finish, isoOf, type StampContext, type StampMatch } from './parse-stamp.js';

/**
 * Dates as pages outside Korea print them, read only on pages that are not Korean:
 * `14 June 2013`, `June 14, 2013`, `Dec. 22, 2016`, `14. Juni 2013`, `le 14 juin 2013`,
 * `2013年6月14日`, `14.06.2013`, `17.7.11`, and `03/04/2019` when the page's language says
 * which number is the day. The time after the date (`at 6:01 am`, `à 13h59`, `07.11 Uhr`)
 * is read when it is there.
 */

// A month word: letters only (accents included), maybe with a dot. Checked against MONTH_NAMES.
const WORD = '([A-Za-zÀ-ÿ]{3,10})\\.?';
// `14 June 2013`, `14. Juni 2013`, `1er mai 2013`, `21 de marzo de 2019`, `Thu 27 Jul 2017`.
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d.])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s{1,2}(?:de\\s)?${WORD},?\\s{1,2}(?:de\\s)?(\\d{4})(?!\\d)`, 'g');
// `June 14, 2013`, `Dec. 22, 2016`, `March 9 2017`, `JULY 29, 2016`, `Dec 20 2016`.
const MONTH_DAY_YEAR = new RegExp(`(?<![A-Za-zÀ-ÿ])${WORD}\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}(\\d{4})(?!\\d)`, 'g');
// `2013年6月14日` (Japanese, Chinese).
const HAN = /(?<!\d)(\d{4})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日/g;
// `14.06.2013`, `19.6.2007`, `17.7.11`: dotted numbers put the day first everywhere they are used.
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)/g;
// `14/06/2013` or `06/14/2013`, `2/26/2015`, `12/16/16`: the order depends on the page.
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

// Relative stamps: `3 hours ago`, `an hour ago`, `vor 2 Tagen`, `il y a 3 heures`, `hace 2 días`, `3時間前`.
const COUNT = '(\\d{1,3}|[A-Za-z]{1,5})';
const UNIT = '([A-Za-zÀ-ÿ]{2,9})';
const RELATIVE = new RegExp(
  `(?<![\\p{L}\\d])(?:${COUNT}\\s{1,2}${UNIT}\\s{1,2}ago|vor\\s{1,2}${COUNT}\\s{1,2}${UNIT}|il y a\\s{1,2}${COUNT}\\s{1,2}${UNIT}|hace\\s{1,2}${COUNT}\\s{1,2}${UNIT})(?![\\p{L}])|(\\d{1,3})\\s{0,2}(秒|分|時間|日|週間|か月|ヶ月|年)前`,
  'giu',
);
const UNIT_MS: Readonly<Partial<Record<RelativeUnit, number>>> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

// Between a date and its time: `, `, ` at `, ` um `, ` à `, ` - `, ` | `.
const TIME_JOIN = /^(?:\s{0,2}[,|•·-]?\s{0,2}(?:at|um|à|a las|alle|om)?\s{0,2})(?=\d{1,2}(?::|h|\.\d{2}\s?Uhr|時))/i;
// `13h59`, `07.11 Uhr`, `15.26` (a dot between hour and minute), `13時16分`: rewritten for the shared time reader.
const ODD_TIME = /^(\d{1,2})(?:h|\.|時)(\d{2})(?:分)?/;

/** Which of day and month a language puts first in numeric dates, or null when it cannot be told. */
export function numericOrder(language: string | null | undefined): 'dmy' | 'mdy' | null {
  if (!language) return null;
  const tag = language.toLowerCase();
  if (MONTH_FIRST_LANGUAGES.has(tag)) return 'mdy';
  if (DAY_FIRST_LANGUAGES.has(tag) || DAY_FIRST_LANGUAGES.has(tag.split('-')[0] as string)) return 'dmy';
  return null;
}

/**
 * The first worded or non-Korean numeric date in `text` at or after `from`, or null.
 *
 * @example
 * firstWorded('By Jane Doe on June 14, 2013', { timeZone: 'UTC', now: null, international: true }, 0)?.iso
 * // '2013-06-14T00:00:00+00:00'
 */
export function firstWorded(text: string, context: StampContext, from: number): StampMatch | null {
  let best: StampMatch | null = null;
  const consider = (m: StampMatch | null) => {
    if (m && (!best || m.start < best.start)) best = m;
  };
  consider(scan(DAY_MONTH_YEAR, text, from, (m) => [Number(m[3]), month(m[2]), Number(m[1])], context));
  consider(scan(MONTH_DAY_YEAR, text, from, (m) => [Number(m[3]), month(m[1]), Number(m[2])], context));
  consider(scan(HAN, text, from, (m) => [Number(m[1]), Number(m[2]), Number(m[3])], context));
  consider(scan(DOTTED, text, from, (m) => [year(m[3]), Number(m[2]), Number(m[1])], context));
  consider(relative(text, context, from));
  const order = numericOrder(context.language);
  if (order) {
    consider(scan(SLASHED, text, from, (m) => (order === 'dmy' ? [year(m[3]), Number(m[2]), Number(m[1])] : [year(m[3]), Number(m[1]), Number(m[2])]), context));
  } else {
    // No language hint: only a slashed date that cannot be read two ways (`2/26/2015`, `26/02/2015`).
    consider(scan(SLASHED, text, from, (m) => unambiguous(Number(m[1]), Number(m[2]), year(m[3])), context));
  }
  return best;
}

type Parts = [number, number, number] | null;

function scan(re: RegExp, text: string, from: number, parts: (m: RegExpExecArray) => Parts, context: StampContext): StampMatch | null {
  re.lastIndex = from;
  // Bounded: a line of dates tries at most 20 before giving up.
  for (let m = re.exec(text), n = 0; m && n < 20; m = re.exec(text), n += 1) {
    const p = parts(m);
    if (!p || !p[1]) continue;
    const end = m.index + m[0].length;
    const found = withTime(text, context, m.index, end, p);
    if (found) return found;
  }
  return null;
}

/**
 * Reads the time after the date through the shared reader. A joining word (`at`, `um`, `à`)
 * and odd time shapes (`13h59`, `07.11 Uhr`, `13時16分`) are first rewritten, at the same
 * length, into the shape that reader knows, so positions in `text` stay right.
 */
function withTime(text: string, context: StampContext, start: number, end: number, [y, mo, d]: [number, number, number]): StampMatch | null {
  const rest = text.slice(end, end + 40);
  const join = TIME_JOIN.exec(rest);
  let shaped = text;
  if (join) {
    const after = rest.slice(join[0].length);
    const odd = /^\d{1,2}:/.test(after) ? null : ODD_TIME.exec(after);
    const length = join[0].length + (odd ? odd[0].length : 0);
    const time = odd ? `${join[0].length ? ' ' : ''}${odd[1]}:${odd[2]}` : ' '.repeat(Math.min(1, join[0].length));
    if (time.length <= length) shaped = text.slice(0, end) + time.padEnd(length, ' ') + text.slice(end + length);
  }
  const found = finish(shaped, context, start, end, y, mo, d);
  return found && shaped !== text ? { ...found, raw: text.slice(start, found.end).trim() } : found;
}

function month(word: string | undefined): number {
  return MONTH_NAMES[(word ?? '').toLowerCase()] ?? 0;
}

function year(digits: string | undefined): number {
  const n = Number(digits);
  return (digits ?? '').length === 2 ? 2000 + n : n;
}

function unambiguous(a: number, b: number, y: number): Parts {
  if (a > 12 && b <= 12) return [y, b, a];
  if (b > 12 && a <= 12) return [y, a, b];
  if (a === b) return [y, a, b];
  return null;
}

/** The first relative stamp at or after `from`; its time is `now` minus the span, null without `now`. */
function relative(text: string, context: StampContext, from: number): StampMatch | null {
  RELATIVE.lastIndex = from;
  for (let m = RELATIVE.exec(text), n = 0; m && n < 20; m = RELATIVE.exec(text), n += 1) {
    const groups = [1, 3, 5, 7, 9].map((i) => [m?.[i], m?.[i + 1]] as const).find(([count]) => count !== undefined);
    if (!groups) continue;
    const [count, word] = groups;
    const amount = /^\d+$/.test(count as string) ? Number(count) : RELATIVE_ONE.has((count as string).toLowerCase()) ? 1 : NaN;
    const unit = RELATIVE_UNITS[(word ?? '').toLowerCase()];
    if (!unit || !Number.isFinite(amount)) continue;
    return { start: m.index, end: m.index + m[0].length, raw: m[0], iso: context.now ? ago(context, amount, unit) : null, relative: true, hasTime: unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year' };
  }
  return null;
}

function ago(context: StampContext, amount: number, unit: RelativeUnit): string {
  const now = (context.now as Date).getTime();
  const span = UNIT_MS[unit];
  if (span) return isoOf(new TZDate(now - amount * span, context.timeZone));
  const when = new TZDate(now, context.timeZone);
  if (unit === 'year') when.setFullYear(when.getFullYear() - amount);
  else when.setMonth(when.getMonth() - amount);
  return isoOf(when);
}
