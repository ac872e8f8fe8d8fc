import { TZDate } from '@date-fns/tz';
import { isoOf } from './parse-stamp.js';

// `2023-04-11T02:58:47.712Z`, `2025-05-15T20:00:52+0900`: machine stamps from metadata.
const MACHINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * The same instant written in `timeZone`. Applied to machine-readable stamps (meta tags,
 * JSON-LD, script data) only: a zone a reader sees printed on the page is kept.
 */
export function inZone(iso: string, raw: string, timeZone: string): string {
  if (!MACHINE.test(raw.trim())) return iso;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : isoOf(new TZDate(t, timeZone));
}
