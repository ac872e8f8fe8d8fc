import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { GisaError, parseArticle, type ParseOptions } from '../src/index.js';
import { resolveOptions } from '../src/options.js';

const SEED = readFileSync('fixtures/text/awc-2024-seoul.txt', 'utf8');
const HEADLINE = '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막';

/** The GisaError a call throws (failing the test on any other error or none). */
function errorOf(fn: () => unknown): GisaError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GisaError);
    return error as GisaError;
  }
  throw new Error('expected a GisaError');
}

const asOptions = (value: unknown) => value as ParseOptions;

describe('options from plain JavaScript', () => {
  it('names unknown keys and lists the known ones', () => {
    const e = errorOf(() => parseArticle(SEED, asOptions({ timezone: 'UTC' })));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('unknown option timezone; gisa knows format, url, charset, now, timeZone, maxInputBytes, adapters');
  });

  it('refuses options that are not an object', () => {
    expect(errorOf(() => parseArticle(SEED, asOptions('utf-8'))).message).toBe(
      `options must be an object such as { url: 'https://…' }, not "utf-8"`,
    );
    expect(errorOf(() => parseArticle(SEED, asOptions([]))).code).toBe('INVALID_OPTIONS');
  });

  it('turns a getter that throws a prototype-less value into INVALID_OPTIONS', () => {
    const options = {};
    Object.defineProperty(options, 'url', { enumerable: true, get: () => { throw Object.create(null); } });
    const e = errorOf(() => parseArticle(SEED, asOptions(options)));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.message).toBe('reading options.url failed (an object)');
  });

  it('reads a prototype-less options object like any other', () => {
    const options = Object.assign(Object.create(null), { timeZone: 'UTC' }) as ParseOptions;
    expect(parseArticle(SEED, options).publishedAt).toBe('2024-06-13T14:36:00+00:00');
  });

  it('refuses a charset that is not a string, or one the runtime cannot decode', () => {
    expect(errorOf(() => parseArticle(SEED, asOptions({ charset: {} }))).message).toBe(
      `options.charset must be a string such as 'euc-kr', not an object`,
    );
    expect(errorOf(() => parseArticle(SEED, asOptions({ charset: 7 }))).message).toBe(
      `options.charset must be a string such as 'euc-kr', not the number 7`,
    );
    expect(errorOf(() => parseArticle(SEED, { charset: 'klingon' })).message).toBe(
      'options.charset names a charset this runtime cannot decode: "klingon"',
    );
  });

  it('takes only http(s) URLs as strings', () => {
    expect(errorOf(() => parseArticle(SEED, asOptions({ url: 42 }))).message).toBe('options.url must be a string, not the number 42');
    expect(errorOf(() => parseArticle(SEED, { url: 'javascript:alert(1)' })).message).toBe(
      'options.url must be an http or https URL, not a javascript: one',
    );
    expect(errorOf(() => parseArticle(SEED, { url: 'news.example.com/a' })).code).toBe('INVALID_OPTIONS');
    expect(parseArticle(SEED, { url: 'https://www.thelec.kr/news/articleView.html?idxno=1' }).source.url).toBe(
      'https://www.thelec.kr/news/articleView.html?idxno=1',
    );
  });

  it('refuses a Symbol or BigInt now with INVALID_OPTIONS, not INTERNAL', () => {
    expect(errorOf(() => parseArticle(SEED, asOptions({ now: Symbol('now') }))).message).toBe(
      'options.now must be a Date, an ISO string or milliseconds since 1970, not a symbol',
    );
    expect(errorOf(() => parseArticle(SEED, asOptions({ now: 10n }))).message).toBe(
      'options.now must be a Date, an ISO string or milliseconds since 1970, not the bigint 10n',
    );
    expect(errorOf(() => parseArticle(SEED, { now: new Date(Number.NaN) })).message).toBe('options.now is not a valid date: a Date');
  });

  it('takes a Date from another realm as now', () => {
    const foreign = runInNewContext('new Date("2024-06-13T06:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(resolveOptions({ now: foreign }).now?.toISOString()).toBe('2024-06-13T06:00:00.000Z');
    expect(parseArticle(SEED, { now: foreign }).publishedAt).toBe('2024-06-13T14:36:00+09:00');
  });

  it('refuses a bad time zone and a bad maxInputBytes by name', () => {
    expect(errorOf(() => parseArticle(SEED, { timeZone: 'Mars' })).message).toBe(
      `options.timeZone must be an IANA time zone this runtime knows (such as 'Asia/Seoul'), not "Mars"`,
    );
    expect(errorOf(() => parseArticle(SEED, asOptions({ maxInputBytes: '10' }))).message).toBe(
      'options.maxInputBytes must be a positive number of bytes, not "10"',
    );
  });
});

describe('input from plain JavaScript', () => {
  const bytes = new TextEncoder().encode(SEED);

  it('reads a Uint8Array from another realm as bytes', () => {
    const foreign = runInNewContext('new Uint8Array(n)', { n: bytes.length }) as Uint8Array;
    foreign.set(bytes);
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(parseArticle(foreign).headline).toBe(HEADLINE);
  });

  it('reads an ArrayBuffer, a DataView and a Node Buffer as bytes', () => {
    const buffer = bytes.slice().buffer;
    expect(parseArticle(buffer).headline).toBe(HEADLINE);
    expect(parseArticle(new DataView(buffer)).headline).toBe(HEADLINE);
    expect(parseArticle(Buffer.from(bytes)).headline).toBe(HEADLINE);
    // A view into the middle of a larger buffer reads only its own bytes.
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    expect(parseArticle(new Uint8Array(padded.buffer, 10, bytes.length)).headline).toBe(HEADLINE);
  });

  it('refuses bytes in a detached buffer with INVALID_INPUT', () => {
    const copy = bytes.slice();
    structuredClone(copy.buffer, { transfer: [copy.buffer] });
    const e = errorOf(() => parseArticle(copy));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('detached ArrayBuffer');
    const buffer = bytes.slice().buffer;
    structuredClone(buffer, { transfer: [buffer] });
    expect(errorOf(() => parseArticle(buffer)).code).toBe('INVALID_INPUT');
    const view = new DataView(bytes.slice().buffer);
    structuredClone(view.buffer, { transfer: [view.buffer] });
    expect(errorOf(() => parseArticle(view)).code).toBe('INVALID_INPUT');
  });

  it('refuses a proxied ArrayBuffer with INVALID_INPUT, not EMPTY_INPUT', () => {
    const e = errorOf(() => parseArticle(new Proxy(bytes.slice().buffer, {})));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('an object posing as an ArrayBuffer');
  });

  it('refuses other values, naming what they were', () => {
    expect(errorOf(() => parseArticle(Object.create(null) as string)).message).toBe(
      'input must be a string, bytes (Uint8Array, ArrayBuffer or another ArrayBufferView) or a parsed HTML document, not an object',
    );
    expect(errorOf(() => parseArticle([1, 2] as unknown as string)).code).toBe('INVALID_INPUT');
  });
});
