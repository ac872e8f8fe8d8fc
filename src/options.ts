import { normalizeLabel } from './decode/charset.js';
import { makeDecoder } from './decode/decoder.js';
import { GisaError } from './errors.js';
import type { Format } from './schema.js';
import { ADAPTERS, defineAdapter, type SiteAdapter } from './sites/index.js';
import { describeValue } from './util/describe.js';

/** Options of {@link parseArticle}. All are optional; any other key is `INVALID_OPTIONS`. */
export interface ParseOptions {
  /** Input format; `'auto'` (the default) sniffs it from the content. */
  format?: 'auto' | Format;
  /**
   * Where the page came from, an `http:` or `https:` URL: picks a site adapter by its host,
   * resolves relative image URLs and becomes `source.url`.
   */
  url?: string;
  /**
   * The bytes' charset when the caller knows it (for example from the HTTP
   * `Content-Type` header): `'euc-kr'`, `'utf-8'`. Ignored for string input.
   */
  charset?: string;
  /** Reference time for relative stamps such as `3시간 전`; without it they keep `iso: null`. */
  now?: Date | string | number;
  /** IANA zone for stamps that print none (default `'Asia/Seoul'`). */
  timeZone?: string;
  /** Larger input is refused with `INPUT_TOO_LARGE` (default 10 MiB, counted in UTF-8 bytes). */
  maxInputBytes?: number;
  /**
   * Site adapters: `true` (the default) uses the built-in ones, `false` none (the generic
   * path alone), and an array of your own ({@link defineAdapter}) tries those first, then
   * the built-in ones.
   */
  adapters?: boolean | readonly SiteAdapter[];
}

/** {@link ParseOptions} with defaults applied and values checked. */
export interface ResolvedOptions {
  format: 'auto' | Format;
  url: string | null;
  charset: string | null;
  now: Date | null;
  timeZone: string;
  maxInputBytes: number;
  /** The adapters to try, in order; empty when adapters are off. */
  adapters: readonly SiteAdapter[];
}

/** 10 MiB: larger than any real article page, small enough to bound the work per record. */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIME_ZONE = 'Asia/Seoul';

const FORMATS = new Set(['auto', 'html', 'markdown', 'text']);
const KNOWN_KEYS: readonly string[] = ['format', 'url', 'charset', 'now', 'timeZone', 'maxInputBytes', 'adapters'];

function invalid(message: string): GisaError {
  return new GisaError('INVALID_OPTIONS', message);
}

/**
 * The option values, read once each. Options come from plain JavaScript too: a getter
 * may throw and the object may have no prototype, so every read is guarded.
 */
function readOptions(options: unknown): Partial<Record<string, unknown>> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw invalid(`options must be an object such as { url: 'https://…' }, not ${describeValue(options)}`);
  }
  let keys: string[];
  try {
    keys = Object.keys(options);
  } catch (error) {
    throw invalid(`the options object cannot be read (${describeValue(error)})`);
  }
  const unknown = keys.filter((k) => !KNOWN_KEYS.includes(k));
  if (unknown.length) {
    throw invalid(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).join(', ')}; gisa knows ${KNOWN_KEYS.join(', ')}`);
  }
  const values: Record<string, unknown> = {};
  for (const key of KNOWN_KEYS) {
    try {
      values[key] = (options as Record<string, unknown>)[key];
    } catch (error) {
      throw invalid(`reading options.${key} failed (${describeValue(error)})`);
    }
  }
  return values;
}

/**
 * Applies defaults and rejects unusable values with `INVALID_OPTIONS`, whatever the
 * caller passed (plain JavaScript included).
 *
 * @example
 * resolveOptions({ timeZone: 'UTC' }).timeZone; // 'UTC'
 * resolveOptions({ charset: 7 as never });      // throws INVALID_OPTIONS: options.charset must be a string …
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  const o = readOptions(options);
  const format = o.format ?? 'auto';
  if (typeof format !== 'string' || !FORMATS.has(format)) {
    throw invalid(`options.format must be 'auto', 'html', 'markdown' or 'text', not ${describeValue(format)}`);
  }
  const maxInputBytes = o.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (typeof maxInputBytes !== 'number' || !(maxInputBytes > 0)) {
    throw invalid(`options.maxInputBytes must be a positive number of bytes, not ${describeValue(maxInputBytes)}`);
  }
  const timeZone = o.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    throw invalid(`options.timeZone must be an IANA time zone this runtime knows (such as 'Asia/Seoul'), not ${describeValue(timeZone)}`);
  }
  return {
    format: format as ResolvedOptions['format'],
    url: resolveUrl(o.url),
    charset: resolveCharset(o.charset),
    now: resolveNow(o.now),
    timeZone,
    maxInputBytes,
    adapters: resolveAdapters(o.adapters),
  };
}

function resolveUrl(url: unknown): string | null {
  if (url === undefined || url === null) return null;
  if (typeof url !== 'string') throw invalid(`options.url must be a string, not ${describeValue(url)}`);
  const trimmed = url.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw invalid(`options.url must be an absolute http(s) URL such as 'https://news.example.com/a/1', not ${describeValue(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw invalid(`options.url must be an http or https URL, not a ${parsed.protocol} one`);
  }
  return trimmed;
}

function resolveCharset(charset: unknown): string | null {
  if (charset === undefined || charset === null) return null;
  if (typeof charset !== 'string') throw invalid(`options.charset must be a string such as 'euc-kr', not ${describeValue(charset)}`);
  const label = charset.trim().toLowerCase();
  if (!label) return null;
  if (!makeDecoder(normalizeLabel(label), true)) {
    throw invalid(`options.charset names a charset this runtime cannot decode: ${describeValue(charset)}`);
  }
  return label;
}

function resolveNow(now: unknown): Date | null {
  if (now === undefined || now === null) return null;
  let time = Number.NaN;
  if (typeof now === 'string' || typeof now === 'number') time = new Date(now).getTime();
  else if (isDate(now)) time = Date.prototype.getTime.call(now);
  else throw invalid(`options.now must be a Date, an ISO string or milliseconds since 1970, not ${describeValue(now)}`);
  if (Number.isNaN(time)) throw invalid(`options.now is not a valid date: ${describeValue(now)}`);
  return new Date(time);
}

/** A Date, also from another realm (a `vm` context, an iframe). */
function isDate(value: unknown): value is Date {
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

function resolveAdapters(adapters: unknown): readonly SiteAdapter[] {
  if (adapters === undefined || adapters === null || adapters === true) return ADAPTERS;
  if (adapters === false) return [];
  if (!Array.isArray(adapters)) {
    throw invalid(`options.adapters must be true, false or an array of site adapters, not ${describeValue(adapters)}`);
  }
  if (adapters.length > 1000) throw invalid(`options.adapters holds ${adapters.length} adapters; 1000 at most`);
  return [...adapters.map((a) => defineAdapter(a as SiteAdapter)), ...ADAPTERS];
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
