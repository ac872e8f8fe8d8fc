/**
 * How Korean news reports speech, kept as data. `extract/quotes` reads these.
 */

/**
 * Endings glued to a closing quote mark that make the quote reported speech
 * (`”라고 말했다`, `”며`, `”고 밝혔다`). Partial quotes (`”라는 입장이다`) are matched in
 * `extract/quotes/speech.ts`.
 */
export const QUOTATIVE_ENDINGS: readonly string[] = [
  '라고 했다', '이라고', '라고요', '라고는', '라고도', '라며', '이라며', '라면서', '이라면서', '라면', '라고',
  '냐고', '냐며', '냐면서', '자고', '자며', '고도', '고는', '면서', '며', '고', '란다', '라는데', '는데',
];

/**
 * Words after a closing mark (and a particle) that make the span a name, not speech
 * (`’는 주제로`, `” 캠페인`). `라는`/`이라는` alone also name (see `extract/quotes/speech.ts`).
 */
export const NAMING_ENDINGS: readonly string[] = [
  '주제', '캠페인', '슬로건', '제목', '행사', '프로그램', '라고 불리는', '로 불리는', '이라고 불리는', '이름',
  '구호', '표어', '모토', '타이틀', '콘셉트', '컨셉',
];

/**
 * Reporting verbs (as they end a sentence). A verb here after a quote makes it speech
 * and becomes the quote's `cue`.
 */
export const REPORTING_VERBS: readonly string[] = [
  '말했다', '밝혔다', '강조했다', '덧붙였다', '전했다', '설명했다', '주장했다', '지적했다', '당부했다',
  '평가했다', '희망했다', '물었다', '답했다', '반박했다', '비판했다', '토로했다', '호소했다', '촉구했다',
  '언급했다', '기대했다', '전망했다', '예상했다', '분석했다', '우려했다', '경고했다', '제안했다', '요청했다',
  '약속했다', '다짐했다', '발표했다', '해명했다', '부인했다', '인정했다', '고백했다', '털어놨다', '털어놓았다',
  '회상했다', '했다', '말한다', '밝힌다', '전한다', '설명한다', '강조한다', '말했습니다', '밝혔습니다',
  '전했습니다', '했습니다', '설명했습니다', '강조했습니다', '말했다고', '밝혔다고', '적었다', '썼다',
  '소개했다', '조언했다', '진단했다', '꼬집었다', '외쳤다', '되물었다', '질문했다', '답변했다', '응답했다',
  '자신했다', '내다봤다', '밝히기도', '말하기도', '강조하기도', '덧붙이기도', '비판하기도', '말했고', '밝혔고',
  '했고', '말했으며', '밝혔으며', '했으며', '말하며', '밝히며', '전하며', '강조하며', '말하면서', '밝히면서',
];

/** Sentence openers that continue the previous speaker (`이어 “…”`). */
export const CONTINUATION_OPENERS: readonly string[] = [
  '이어', '이어서', '또', '또한', '그러면서', '아울러', '그는', '그녀는', '그러나', '하지만', '특히', '다만',
  '그리고', '덧붙여', '나아가', '한편으로',
];

/** Pronouns that refer to the last speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['그', '그녀', '그들', '이들', '그분', '본인', '자신']);
