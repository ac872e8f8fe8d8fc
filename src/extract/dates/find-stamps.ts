import type { Timestamp } from '../../schema.js';
import { labelBefore, STAMP_LABELS, withoutForeignLabels } from './labels.js';
import { matchAllStamps, type StampContext } from './parse-stamp.js';

/** A stamp read from a line, with where it stood. */
export interface LineStamp extends Timestamp {
  start: number;
  end: number;
}

/** Every stamp in a line, each with the label printed before it (`입력 2024.06.13 14:36`). */
export function findStamps(text: string, context: StampContext): LineStamp[] {
  const stamps = matchAllStamps(text, context).map((match): LineStamp => {
    const label = labelBefore(text, match.start, context.international);
    return {
      kind: label?.kind ?? 'other',
      label: label?.label ?? null,
      raw: match.raw,
      iso: match.iso,
      start: match.start,
      end: match.end,
    };
  });
  // `2019-02-21 07:05:46 2019-02-21 07:16:34`: two unlabelled times on one line are the
  // first and the last version, so the later one is the modified time.
  const [first, second] = stamps;
  if (stamps.length === 2 && first && second && !first.label && !second.label && first.iso && second.iso && second.iso > first.iso) {
    second.kind = 'modified';
  }
  return stamps;
}

const SEPARATORS = /[\s|/·:：,()[\]<>l]+/g;

/**
 * Whether a line is a stamp line: one or more stamps plus little else (labels,
 * separators, maybe a byline). A sentence that mentions a date is not.
 */
export function isStampLine(text: string, context: StampContext): boolean {
  if (text.length > 160) return false;
  const stamps = findStamps(text, context);
  if (!stamps.length) return false;
  let rest = '';
  let from = 0;
  for (const stamp of stamps) {
    rest += text.slice(from, stamp.start);
    from = stamp.end;
  }
  rest += text.slice(from);
  for (const [label] of STAMP_LABELS) rest = rest.split(label).join(' ');
  if (context.international) rest = withoutForeignLabels(rest);
  rest = rest.replace(SEPARATORS, ' ').trim();
  const labelled = stamps.some((s) => s.label !== null);
  // Labelled stamps may share the line with a byline or an outlet name; bare dates may not,
  // except abroad, where `By Jane Doe on June 14, 2013` is the common stamp line (a
  // sentence that mentions a date ends like one and is longer).
  if (labelled) return rest.length <= 40;
  return context.international ? rest.length <= 32 && !/[.!?]["”’]?$/.test(text) : rest.length <= 6;
}
