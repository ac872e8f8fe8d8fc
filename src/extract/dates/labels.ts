import { trimEndOf, WHITE_SPACE } from '../../util/text.js';
import type { Timestamp } from '../../schema.js';
import { FOREIGN_STAMP_LABELS } from '../../rules/dates.js';

/**
 * Stamp labels and the kind each gives. Longest first, so `최종수정` wins over `수정`.
 * Label and value may be glued (`송고2026-01-06`) or split by `:`.
 */
export const STAMP_LABELS: ReadonlyArray<readonly [string, Timestamp['kind']]> = [
  ['최종 업데이트', 'modified'],
  ['최종업데이트', 'modified'],
  ['최종수정', 'modified'],
  ['최종 수정', 'modified'],
  ['기사수정', 'modified'],
  ['수정시간', 'modified'],
  ['수정일시', 'modified'],
  ['수정일', 'modified'],
  ['업데이트', 'modified'],
  ['수정', 'modified'],
  ['Updated', 'modified'],
  ['Modified', 'modified'],
  ['기사입력', 'published'],
  ['최초입력', 'published'],
  ['최초 입력', 'published'],
  ['입력시간', 'published'],
  ['입력일시', 'published'],
  ['입력일', 'published'],
  ['입력', 'published'],
  ['기사등록', 'published'],
  ['등록일시', 'published'],
  ['등록일', 'published'],
  ['등록', 'published'],
  ['기사승인', 'published'],
  ['승인', 'published'],
  ['송고시간', 'published'],
  ['송고', 'published'],
  ['게재일', 'published'],
  ['게재', 'published'],
  ['발행일', 'published'],
  ['발행', 'published'],
  ['작성일', 'published'],
  ['작성', 'published'],
  ['Published', 'published'],
  ['Posted', 'published'],
];

/**
 * The label that ends right before `end` in `text` (spaces, `:`, `|`, brackets allowed
 * between), or null.
 */
export function labelBefore(text: string, end: number, international = false): { label: string; kind: Timestamp['kind'] } | null {
  const head = trimEndOf(text.slice(Math.max(0, end - 16), end), `:：|[]()<>${WHITE_SPACE}`);
  for (const [label, kind] of STAMP_LABELS) {
    if (head.endsWith(label)) return { label, kind };
  }
  return international ? foreignLabelBefore(text, end) : null;
}

// What may stand between a foreign label and its stamp: `Publié le 13 mars`, `PUBLISHED: Jan…`,
// `Posted: Oct 14`, `Stand: 05/08/2019, 5:30`, `Published Thursday 27 July 2017`.
const WEEKDAY_WORD = /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?$|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?$/;

/** A label of another language (`rules/dates.ts`) right before `end`, case-insensitive, as a whole word. */
function foreignLabelBefore(text: string, end: number): { label: string; kind: Timestamp['kind'] } | null {
  const window = text.slice(Math.max(0, end - 40), end);
  let head = trimEndOf(window, `:：|[]()<>,${WHITE_SPACE}`).toLowerCase();
  const weekday = WEEKDAY_WORD.exec(head);
  if (weekday) head = trimEndOf(head.slice(0, weekday.index), `:：|[]()<>,${WHITE_SPACE}`);
  for (const [label, kind] of FOREIGN_STAMP_LABELS) {
    const bare = label.replace(/:$/, '');
    if (!head.endsWith(bare)) continue;
    const before = head.charAt(head.length - bare.length - 1);
    if (before && /[\p{L}\p{N}]/u.test(before)) continue;
    // The label as printed (`Veröffentlicht am`); lower-casing kept the length for these scripts.
    const printed = window.toLowerCase().length === window.length ? window.slice(head.length - bare.length, head.length) : bare;
    return { label: printed, kind };
  }
  return null;
}

/** `text` with every foreign label (`rules/dates.ts`) taken out, case-insensitive. */
export function withoutForeignLabels(text: string): string {
  let out = text;
  for (const [label] of FOREIGN_STAMP_LABELS) {
    const at = out.toLowerCase().indexOf(label);
    if (at !== -1) out = `${out.slice(0, at)} ${out.slice(at + label.length)}`;
  }
  return out;
}
