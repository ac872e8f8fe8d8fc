/**
 * Zone names that Korean and international outlets print after a time.
 * Values are IANA zones or fixed offsets that `@date-fns/tz` understands.
 */
export const ZONE_NAMES: Readonly<Record<string, string>> = {
  KST: 'Asia/Seoul',
  JST: '+09:00',
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  PST: '-08:00',
  PDT: '-07:00',
  CET: '+01:00',
  CEST: '+02:00',
  BST: '+01:00',
};

/** Turns `+0900`, `+09`, `+09:00` into `+09:00`; returns null for anything else. */
export function normalizeOffset(raw: string): string | null {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}
