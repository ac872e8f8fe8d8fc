import { describe, expect, it } from 'vitest';
import { matchAllStamps, parseStamp } from '../../../src/extract/dates/parse-stamp.js';

const kst = { timeZone: 'Asia/Seoul', now: null };

describe('parseStamp', () => {
  it.each([
    ['2024.06.13 14:36', '2024-06-13T14:36:00+09:00'],
    ['2024-06-13 14:36:07', '2024-06-13T14:36:07+09:00'],
    ['2024/06/13', '2024-06-13T00:00:00+09:00'],
    ['2024. 6. 13. 오후 2:36', '2024-06-13T14:36:00+09:00'],
    ['2024.06.13. 오전 12:05', '2024-06-13T00:05:00+09:00'],
    ['2024.06.13. 오후 12:05', '2024-06-13T12:05:00+09:00'],
    ['2024년 6월 13일 14시 36분', '2024-06-13T14:36:00+09:00'],
    ['2023년 04월 07일 18시 36분', '2023-04-07T18:36:00+09:00'],
    ['24.06.13', '2024-06-13T00:00:00+09:00'],
    ['2024.06.13(목) 14:36', '2024-06-13T14:36:00+09:00'],
    ['2024.06.13 (목요일) 14:36 KST', '2024-06-13T14:36:00+09:00'],
    ['2023.04.07 (08:26)', '2023-04-07T08:26:00+09:00'],
    ['2026.01.06 오후 17:25', '2026-01-06T17:25:00+09:00'],
    ['2026.01.06. 오후 6:23.', '2026-01-06T18:23:00+09:00'],
    ['2026. 9. 27. 09:54', '2026-09-27T09:54:00+09:00'],
    ['2025-05-15T20:00:52.000+0900', '2025-05-15T20:00:52+09:00'],
    ['2023-04-07T04:24:13Z', '2023-04-07T04:24:13+00:00'],
    ['2024-06-13 14:36 UTC', '2024-06-13T14:36:00+00:00'],
    ['2024-06-13 09:00 EST', '2024-06-13T09:00:00-05:00'],
  ])('%s → %s', (raw, iso) => {
    expect(parseStamp(raw, kst)).toBe(iso);
  });

  it('reads stamps in the zone the caller names when the text names none', () => {
    expect(parseStamp('2024.06.13 14:36', { timeZone: 'America/New_York', now: null })).toBe('2024-06-13T14:36:00-04:00');
  });

  it('rejects dates that are no calendar day and numbers that are no dates', () => {
    expect(parseStamp('2024.02.30 11:00', kst)).toBeNull();
    expect(parseStamp('2023.13.01', kst)).toBeNull();
    expect(parseStamp('192.168.0.1', kst)).toBeNull();
    expect(parseStamp('버전 1.2.3', kst)).toBeNull();
    expect(parseStamp('13-06-24', kst)).toBeNull();
  });

  it('keeps a date when the time after it is impossible', () => {
    expect(parseStamp('2024.06.13 25:61', kst)).toBe('2024-06-13T00:00:00+09:00');
  });

  it('resolves relative stamps only against options.now', () => {
    expect(matchAllStamps('3시간 전', kst)[0]).toMatchObject({ raw: '3시간 전', iso: null, relative: true });
    const now = new Date('2024-06-13T10:00:00Z');
    expect(parseStamp('3시간 전', { ...kst, now })).toBe('2024-06-13T16:00:00+09:00');
    expect(parseStamp('15분 전', { ...kst, now })).toBe('2024-06-13T18:45:00+09:00');
    expect(parseStamp('2일 전', { ...kst, now })).toBe('2024-06-11T19:00:00+09:00');
  });

  it('reads only 14-digit compact stamps when told to (metadata)', () => {
    expect(parseStamp('20260927095437', kst)).toBeNull();
    expect(parseStamp('20260927095437', { ...kst, compact: true })).toBe('2026-09-27T09:54:37+09:00');
  });

  it('finds every stamp of a shared line in order', () => {
    const found = matchAllStamps('입력 2024.06.13 14:36 | 수정 2024.06.13 15:01', kst);
    expect(found.map((m) => m.raw)).toEqual(['2024.06.13 14:36', '2024.06.13 15:01']);
  });
});
