import { GisaError } from './errors.js';
import type { Format } from './schema.js';

/** Options of {@link parseArticle}. All are optional. */
export interface ParseOptions {
  /** Input format; `'auto'` sniffs it from the content. */
  format?: 'auto' | Format;
  /** Where the page came from: picks a site adapter and resolves relative image URLs. */
  url?: string;
  /** The bytes' charset when the caller knows it (e.g. from an HTTP header). */
  charset?: string;
  /** Reference time for relative stamps such as `3시간 전`; without it they keep `iso: null`. */
  now?: Date | string | number;
  /** IANA zone for stamps that carry none. */
  timeZone?: string;
  /** Larger input is refused with `INPUT_TOO_LARGE`. */
  maxInputBytes?: number;
  /** Use site adapters when a URL or markup fingerprint matches (default true). */
  adapters?: boolean;
}

/** {@link ParseOptions} with defaults applied and values checked. */
export interface ResolvedOptions {
  format: 'auto' | Format;
  url: string | null;
  charset: string | null;
  now: Date | null;
  timeZone: string;
  maxInputBytes: number;
  adapters: boolean;
}

/** 10 MiB: larger than any real article page, small enough to bound the work per record. */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIME_ZONE = 'Asia/Seoul';

const FORMATS = new Set(['auto', 'html', 'markdown', 'text']);

/** Applies defaults and rejects unusable values with `INVALID_OPTIONS`. */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  const o = options ?? {};
  if (typeof o !== 'object') throw new GisaError('INVALID_OPTIONS', 'options must be an object');
  const format = o.format ?? 'auto';
  if (!FORMATS.has(format)) {
    throw new GisaError('INVALID_OPTIONS', `options.format must be auto, html, markdown or text, not ${String(format)}`);
  }
  const maxInputBytes = o.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (typeof maxInputBytes !== 'number' || !(maxInputBytes > 0)) {
    throw new GisaError('INVALID_OPTIONS', 'options.maxInputBytes must be a positive number');
  }
  const timeZone = o.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    throw new GisaError('INVALID_OPTIONS', `options.timeZone is not a time zone this runtime knows: ${String(timeZone)}`);
  }
  let now: Date | null = null;
  if (o.now !== undefined && o.now !== null) {
    now = o.now instanceof Date ? new Date(o.now.getTime()) : new Date(o.now);
    if (Number.isNaN(now.getTime())) throw new GisaError('INVALID_OPTIONS', 'options.now is not a valid date');
  }
  return {
    format,
    url: typeof o.url === 'string' && o.url.trim() ? o.url.trim() : null,
    charset: typeof o.charset === 'string' && o.charset.trim() ? o.charset.trim().toLowerCase() : null,
    now,
    timeZone,
    maxInputBytes,
    adapters: o.adapters !== false,
  };
}

// Building an Intl formatter costs more than parsing a small article: remember answers.
const knownZones = new Map<string, boolean>();

function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone) return false;
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    if (knownZones.size < 100) knownZones.set(zone, valid);
  }
  return valid;
}
