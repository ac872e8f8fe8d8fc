/**
 * Caption markers and credit forms, kept as data. `extract/captions.ts` applies them.
 */

/** Markers that make a line a caption on their own (`▲ 참석자들이 …`). */
export const STRONG_CAPTION_MARKER = /^(?:[▲△]|【\s{0,2}사진\s{0,2}】|\[\s{0,2}사진\s{0,2}\]|<\s{0,2}사진\s{0,2}>|〈\s{0,2}사진\s{0,2}〉)\s{0,3}/;

/** Bullets that open a caption only when the line also ends in a credit. */
export const WEAK_CAPTION_MARKER = /^[•▶◀▷◁☞·ㆍ]\s{0,3}/;

/** Credits in brackets: `[사진=OO]`, `(사진 제공=OO)`, `[사진 출처 : OO]`, `(OO 제공)`. */
export const BRACKET_CREDIT =
  /[[(【<〈]\s{0,2}(?:사진|영상|그래픽|자료|출처|촬영|일러스트)\s{0,2}(?:제공|출처|촬영)?\s{0,2}[=:：]\s{0,2}([^\])】>〉]{1,60})[\])】>〉]/;

/** `[OO 제공. 재판매 및 DB 금지]`, `(OO 제공)`. */
export const BRACKET_PROVIDED = /[[(]\s{0,2}([^[\]()]{1,50}?\s{0,2}제공)(?:\s{0,2}[.,]?\s{0,2}재판매\s{0,2}및\s{0,2}DB\s{0,2}금지)?\s{0,2}[\])]/;

/** Pool photos: `(공동취재사진)`, `[공동취재]`. */
export const POOL_CREDIT = /[[(]\s{0,2}(공동\s{0,2}취재(?:\s{0,2}사진)?|사진\s{0,2}공동\s{0,2}취재단)\s{0,2}[\])]/;

/** A credit after the last slash: `… 열렸다. /홍길동 기자`, `/사진=OO`, `/연합뉴스`. */
export const SLASH_CREDIT = /\s{0,3}\/\s{0,2}((?:사진\s{0,2}[=:]\s{0,2})?[^/]{1,40})$/;

/** `사진제공 : 연합뉴스`, `사진 출처=OO` at the end (or as the whole caption). */
export const LABEL_CREDIT = /(?:^|\s)사진\s{0,2}(?:제공|출처)\s{0,2}[:=：]\s{0,2}([^:=：]{1,50})$/;

/** Agency photo tails to drop: `2024.6.13 photo@yna.co.kr`, `2023.11.02. hong@newsis.com`. */
export const PHOTO_DESK_TAIL = /\s{0,3}(?:\d{4}\.\s{0,2}\d{1,2}\.\s{0,2}\d{1,2}\.?)?(?:\s{0,2}\/\s{0,2}\S{1,20})?\s{0,3}[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64}){1,4}\s{0,2}$/;

/** Trailing `재판매 및 DB 금지` notices. */
export const RESALE_NOTICE = /\s{0,2}[*[(]?\s{0,2}재판매\s{0,2}및\s{0,2}DB\s{0,2}금지\s{0,2}[\])]?\s{0,2}$/;

/** What a credit looks like: a reporter, an agency, `… 제공`, `… DB`. */
export const CREDIT_SHAPE =
  /(?:기자|특파원|작가|제공|DB|뉴스|연합|뉴시스|뉴스1|통신|일보|신문|방송|사진|포토|photo|Getty|AP|AFP|EPA|REUTERS|로이터|게티이미지|캡처|홈페이지|SNS|인스타그램|유튜브|캠프|측)\s{0,2}$/i;

/** Broadcast script turns (`▶ 인터뷰 : 홍길동 / 소속`, `▶ 스탠딩 : …`): speech, never captions. */
export const BROADCAST_TURN = /^[▶▷]\s{0,2}(?:인터뷰|스탠딩|녹취|현장음|전화\s{0,2}인터뷰|싱크)\s{0,2}[:：]/;

/** An agency dateline opening a photo caption: `(서울=연합뉴스) 홍길동 기자 = `, `[서울=뉴시스] `. */
export const CAPTION_DATELINE =
  /^[([【]\s{0,2}[^()[\]【】=]{1,20}=\s{0,2}([^()[\]【】]{1,30})[)\]】]\s{0,2}(?:((?:[가-힣]{2,4}[\s·,]{0,3}){1,3}(?:기자|특파원))\s{0,2}=\s{0,2})?/;

/** A photo date left at the end once the credit is gone: `… 있다. 2026.1.5`. */
export const TRAILING_PHOTO_DATE = /\s{0,3}\d{4}\.\s{0,2}\d{1,2}\.\s{0,2}\d{1,2}\.?$/;

/** A bare `사진=OO` credit, alone or at the end. */
export const BARE_PHOTO_CREDIT = /(?:^|\s)사진\s{0,2}[=:]\s{0,2}([^=:\s][^=:]{0,39})$/;

/** A sports desk tail: `… 홍길동 기자hong@x.com/2023.04.07`, the reporter credits the photo. */
export const REPORTER_MAIL_TAIL =
  /\s{0,3}([가-힣]{2,4}\s{0,2}기자)\s{0,2}[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64}){1,4}(?:\s{0,2}\/\s{0,2}\d{4}\.\d{1,2}\.\d{1,2}\.?)?\s{0,2}$/;

// The shapes below, for captions a text scrape prints without any marker, are each covered
// by an invented line in `test/extract/scraped-shapes.test.ts`.

/**
 * Photo agencies and picture desks whose name alone, at the end of a line, credits a photo
 * in a text scrape (`김문수 고용노동부 장관. 연합뉴스`). Outlet names ending in 일보, 신문,
 * 뉴스 are matched by {@link BARE_CREDIT_ENDING} instead.
 */
export const PHOTO_AGENCIES: readonly string[] = ['연합뉴스', '뉴스1', '뉴시스', 'AFP', 'AP', 'EPA', 'UPI', '로이터', 'REUTERS', '게티이미지', '게티이미지뱅크', '게티이미지코리아', '신화', '교도', '셔터스톡', '아이클릭아트'];

/**
 * How a bare credit ends: a photo archive (`동아닷컴DB`, `더팩트 DB`), a handout (`KBS 제공`),
 * a screen grab (`트위터 캡처`, `화면 갈무리`), a pool photo (`공동취재`). A reporter's name
 * (`홍길동 기자`) is left out: after a full stop it is the article's byline as often as a
 * photographer.
 */
export const BARE_CREDIT_ENDING = /(?:DB|제공|캡처|캡쳐|갈무리|공동취재)\)?$/;

/** Image placeholders a scrape keeps where a photo stood; the line after one is its caption. */
export const IMAGE_PLACEHOLDER = /^(?:photo\s{0,2}image|이미지\s{0,2}확대\s{0,2}보기|\[?\s{0,2}(?:사진|이미지)\s{0,2}\]?)$/i;

/**
 * An illustration's credit line: `[홍길동 제작] 일러스트`, `[OO 제작] 사진합성·일러스트`. It
 * stands under a picture the desk made, never in running text.
 */
export const ILLUSTRATION_CREDIT = /^\[[^[\]]{1,24}\s{0,2}제작\]\s{0,2}(?:사진\s{0,2}합성|일러스트|그래픽)(?:\s{0,2}[·ㆍ,]\s{0,2}(?:사진\s{0,2}합성|일러스트|그래픽)){0,2}$/;
