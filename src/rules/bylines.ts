/**
 * Byline shapes kept as data; `extract/bylines.ts` applies them. Each entry is covered by a
 * sentence in `test/extract/scraped-shapes.test.ts`.
 */

/**
 * Words a byline line prints before or instead of a reporter's name that are shaped like a
 * name (two to four syllables, a surname first) but name no reporter: outlet names
 * (`한겨레 홍길동 기자`) and widget headings (`인기 기자`, a list of popular reporters).
 */
export const NAME_SHAPED_NON_REPORTERS: readonly string[] = ['한겨레', '인기'];

/**
 * The anchor's hand-off to the reporter in a broadcast script: `홍길동 기자가 보도합니다.`,
 * `… 목소리를 홍길동 기자가 담았습니다.`. Group 1 is the name, which a script may space
 * out (`김 윤 기자가`).
 */
export const ANCHOR_HANDOFF =
  /(?:^|\s)([가-힣](?:\s?[가-힣]){1,3})\s{0,2}기자가\s{0,2}(?:[가-힣]{1,8}\s{1,2}){0,2}(?:보도|전해|전합|취재|담았|정리|들어봤|만나봤|알아봤|나가)[가-힣]{0,5}니다\.?$/;
