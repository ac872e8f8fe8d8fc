/**
 * How Korean news reports speech, kept as data. `extract/quotes` reads these.
 */

/**
 * Endings glued to a closing quote mark that make the quote reported speech
 * (`”라고 말했다`, `”며`, `”고 밝혔다`). Partial quotes (`”라는 입장이다`) are matched
 * with {@link PARTIAL_NOUNS}.
 */
export const QUOTATIVE_ENDINGS: readonly string[] = [
  '라고 했다', '이라고', '라고요', '라고는', '라고도', '이라고도', '라며', '이라며', '라면서', '이라면서', '라면', '라고',
  '냐고', '느냐고', '냐며', '냐면서', '자고', '자며', '고도', '고는', '면서', '면서도', '며', '고', '란다', '라는데',
  '는데', '라',
];

/**
 * Words after a closing mark and a space that point back at the quote as what was said:
 * `"…." 이렇게 경고했다`, `"…" 하고 물었다`.
 */
export const DETACHED_QUOTATIVES: readonly string[] = ['이렇게', '이런', '이같이', '하고', '라고', '이라고'];

/**
 * Nouns after `”라는`/`”는` that make a partial quote of what someone holds or said
 * (`”라는 입장이다`, `”는 뜻을 전했다`, `”는 이유에서`, `”는 것이다`).
 */
export const PARTIAL_NOUNS: readonly string[] = [
  '입장', '말', '뜻', '생각', '의견', '주장', '설명', '지적', '반응', '비판', '목소리', '얘기', '이야기', '전망',
  '분석', '이유', '취지', '내용', '답변', '당부', '메시지', '소감', '각오', '평가', '해명', '판단', '우려', '호소',
  '요구', '발언', '반박', '부탁', '조언', '경고', '약속', '다짐', '고백', '하소연', '불만', '것이다', '것',
  '전언', '증언', '답', '질문', '물음',
];

/**
 * Words after a closing mark (and a particle) that make the span a name, not speech
 * (`’는 주제로`, `” 캠페인`, `”라는 제목의`).
 */
export const NAMING_ENDINGS: readonly string[] = [
  '주제', '캠페인', '슬로건', '제목', '행사', '프로그램', '라고 불리는', '로 불리는', '이라고 불리는', '이름',
  '구호', '표어', '모토', '타이틀', '콘셉트', '컨셉', '문구', '서명', '간판', '현수막', '별명', '애칭', '별칭',
  '명칭', '단어', '용어', '표현', '문패', '팻말', '피켓', '플래카드', '해시태그', '상표', '브랜드',
];

/** Endings after a closing mark that quote the words of a text (`”로 시작한 편지`, `” 등의 내용`). */
export const TEXT_QUOTE_ENDINGS: readonly string[] = [
  '로 시작한', '로 시작하는', '로 시작된', '로 시작해', '로 끝난', '로 끝나는', '로 끝맺은', '등의 내용', '등의 글',
  '등의 말', '등의 발언', '등의 메시지', '는 글', '라는 글', '라는 글을', '고 적혀', '라고 적혀', '고 쓰여',
];

/**
 * Reporting verbs as stems: a word after a quote that starts with one of these makes
 * the quote speech and becomes its `cue` (`밝혔다`, `강조하며`, `덧붙였습니다`).
 */
export const REPORTING_STEMS: readonly string[] = [
  '말했', '말하', '말한', '말해', '밝혔', '밝히', '밝힌', '강조', '덧붙', '전했', '전하', '전한', '설명', '주장', '지적',
  '당부', '평가', '희망', '물었', '묻', '답했', '답하', '답한', '반박', '비판', '토로', '호소', '촉구', '언급', '기대',
  '전망', '예상', '분석', '우려', '경고', '제안', '요청', '약속', '다짐', '발표', '해명', '부인', '인정', '고백',
  '털어놓', '털어놨', '회상', '적었', '썼', '소개', '조언', '진단', '꼬집', '외쳤', '되물', '질문', '답변', '응답',
  '자신했', '내다봤', '귀띔', '이야기', '알렸', '알려', '단언', '반문', '맞서', '맞섰', '화답', '항의', '결심',
  '내놨', '내놓', '표명', '피력', '일축', '반발', '시인', '부연', '역설', '제기', '선언', '공언', '장담', '토로',
  '하소연', '주문', '당부', '꼬집', '되받', '응수', '반론', '덧붙이', '전해졌', '소감', '고백', '적혀', '썼다',
  '했다', '했습니다', '했고', '했으며', '한다', '합니다', '이라고', '라고', '고',
];

/** Stems of the verbs that put a question (`묻자`, `물었다`, `질문했다`, `되물었다`). */
export const QUESTION_STEMS: readonly string[] = ['묻', '물었', '물어', '물은', '질문', '되물', '캐묻', '캐물'];

/** Endings glued to a closing mark that make the quote a question (`”냐고 묻자`). */
export const QUESTION_ENDINGS: readonly string[] = ['냐고', '느냐고', '으냐고', '냐며', '냐면서', '냐는', '느냐는', '는지', '니'];

/**
 * Ends of words that close a subordinate clause (`묻자`, `표명한 데 대해`, `간 뒤`): a
 * subject (`이`/`가`) before such a word belongs to that clause, not to the quote.
 */
export const SUBORDINATE_WORD = /(?:[하되오지히리치르보나서주니묻]자|데|대해|대해서|대한|뒤|후|때|때문에|가운데|동안|반면|지만|으나|했으나|는데|다가|도록|려고|려다|면|으면|이면|니까|므로)$/;

/**
 * Keys of the metadata lines of an interview transcript (`■ 진행 : 김태현 변호사`):
 * a line with one of these before the colon is no speaker turn.
 */
export const TRANSCRIPT_KEYS: ReadonlySet<string> = new Set([
  '방송', '일자', '날짜', '진행', '출연', '대담', '정리', '사회', '일시', '장소', '프로그램', '방송일', '녹취', '연출',
  '제작', '구성', '작가', '촬영', '편집', '기자', '앵커', '리포트',
]);
