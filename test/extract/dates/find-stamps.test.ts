import { describe, expect, it } from 'vitest';
import { findStamps, isStampLine } from '../../../src/extract/dates/find-stamps.js';

const kst = { timeZone: 'Asia/Seoul', now: null };
const brief = (line: string) => findStamps(line, kst).map(({ kind, label, iso }) => ({ kind, label, iso }));

describe('findStamps', () => {
  it.each([
    ['기사입력 2024.06.13 14:36', 'published', '기사입력'],
    ['입력 : 2025-06-04 02:37:08', 'published', '입력'],
    ['송고2026-01-06 16:46', 'published', '송고'],
    ['승인 2017.05.10 18:20', 'published', '승인'],
    ['등록: 2026.01.06 오후 17:25', 'published', '등록'],
    ['최초입력 2024.06.13 14:36', 'published', '최초입력'],
    ['게재 2024.06.13', 'published', '게재'],
    ['최종수정 2024.06.13 15:00', 'modified', '최종수정'],
    ['업데이트 2025.08.20. 16:18', 'modified', '업데이트'],
    ['기사수정 2024-06-13 15:00', 'modified', '기사수정'],
    ['수정 2023.04.07 (08:26)', 'modified', '수정'],
  ])('%s is %s', (line, kind, label) => {
    expect(brief(line)[0]).toMatchObject({ kind, label });
  });

  it('labels each stamp of a line on its own (MBN uses the letter l as separator)', () => {
    expect(brief('기사입력 2023-04-07 18:36 l 최종수정 2023-04-07 19:01')).toEqual([
      { kind: 'published', label: '기사입력', iso: '2023-04-07T18:36:00+09:00' },
      { kind: 'modified', label: '최종수정', iso: '2023-04-07T19:01:00+09:00' },
    ]);
  });
});

describe('isStampLine', () => {
  it('accepts stamp lines, with a byline beside them', () => {
    expect(isStampLine('기사입력 2024.06.13 14:36', kst)).toBe(true);
    expect(isStampLine('홍길동 기자 | 입력 2024.06.13 14:36 | 수정 2024.06.13 15:01', kst)).toBe(true);
    expect(isStampLine('2024.06.13 14:36', kst)).toBe(true);
  });

  it('rejects sentences that mention a date', () => {
    expect(isStampLine('정부는 2024.06.13 발표한 자료에서 내년 예산을 늘리겠다고 밝혔다.', kst)).toBe(false);
    expect(isStampLine('행사는 2024년 6월 13일 서울에서 열렸다.', kst)).toBe(false);
  });
});
