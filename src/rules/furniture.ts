/**
 * Page furniture in scraped text, kept as data: the lines a page prints around an article
 * (skip links, page-region labels, share and font controls, comment widgets, today-date
 * widgets, broadcast markers). A crawler's text mode keeps them as bare lines, so they are
 * told by their shape and vocabulary. `extract/boilerplate.ts` applies these rules; each
 * entry is covered by a sentence in `test/extract/furniture.test.ts`.
 */

/** Lines longer than this are never furniture: widgets print a few words. */
export const MAX_FURNITURE_LENGTH = 80;

/**
 * Furniture line shapes. Each must match the whole (short) line, so a sentence of the
 * article that mentions the same words is never taken.
 */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  // Skip links for screen readers: `본문 바로가기`, `컨텐츠 바로가기 메뉴 바로가기`, and the
  // outlet's name before them (`OO일보 본문 바로가기`). Every phrase ends in 바로가기.
  /^(?:(?:[^\s.!?]{1,12}\s{1,2}){0,2}[^\s.!?]{1,12}\s{0,2}바로\s{0,2}가기\s{0,2}){1,6}$/,
  // Region labels printed for screen readers: `기사 본문 영역`, `상세페이지`, `전체메뉴`.
  /^(?:기사\s{0,2})?본문\s{0,2}(?:영역|시작|내용)$/,
  /^상세\s{0,2}페이지$/,
  /^(?:전체\s{0,2})?메뉴(?:\s{0,2}(?:열기|닫기))?$/,
  // A search box's label: `뉴스 검색어 입력 양식`, `검색어를 입력하세요`.
  /^(?:[^\s]{1,8}\s{1,2})?검색어(?:를)?\s{0,2}입력(?:\s{0,2}양식|하세요\.?)?$/,
  // Share and copy controls and the notices they print: `이 뉴스 공유하기`, `이 기사를
  // 공유합니다`, `URL이 복사되었습니다.`, `주소복사가 완료되었습니다`.
  /^(?:이\s{0,2}(?:뉴스|기사)(?:를)?\s{0,2})?공유(?:하기|합니다)$/,
  /^(?:URL|주소|링크)\s{0,2}(?:이|가)?\s{0,2}복사(?:가\s{0,2}완료)?\s{0,2}되었습니다\.?$/i,
  // Font-size controls: `본문 글자 크기 조정`, `글자크기 설정`, `크게 작게`.
  /^(?:본문\s{0,2})?글(?:자|씨)\s{0,2}크기(?:\s{0,2}(?:조정|조절|설정|변경))?$/,
  // Image widgets: `이미지 확대 보기`, `<이미지를 클릭하시면 크게 보실 수 있습니다>`, `Photo Image`.
  /^[<(]?\s{0,2}이미지(?:를)?\s{0,2}(?:확대\s{0,2}보기|클릭하(?:시면|면).{0,20}(?:있습니다|보기))\s{0,2}[>)]?$/,
  /^photo\s{0,2}image$/i,
  // Comment widgets: `댓글 0`, `댓글0`, `댓글 첫 댓글을 작성해보세요`, `댓글을 입력해 주세요`, and
  // the delete dialog (`삭제하시겠습니까?`, `이제 해당 댓글 내용을 확인할 수 없습니다`).
  /^댓글\s{0,2}(?:\d{1,6}|첫\s{0,2}댓글을\s{0,2}작성해\s{0,2}보세요|을\s{0,2}입력해\s{0,2}주세요\.?)$/,
  /^삭제하시겠습니까\??$/,
  /^(?:이제\s{0,2})?해당\s{0,2}(?:작성자의\s{0,2})?댓글\s{0,2}내용을(?:\s{0,2}확인할\s{0,2}수\s{0,2}없습니다\.?)?$/,
  // Headings of sidebar lists of reporters and searches: `인기 기자`, `인기 검색어`. (Lists
  // of articles, `인기기사`, end the body: rules/boilerplate.ts END_OF_BODY_PREFIXES.)
  /^인기\s{0,2}(?:기자|검색어)$/,
  // Today-date widgets in the page header: `04.27 (토)`, `10.16(수)`.
  /^\d{1,2}\s{0,2}[./]\s{0,2}\d{1,2}\.?\s{0,2}[([]\s{0,2}[월화수목금토일]\s{0,2}[)\]]$/,
  // Broadcast script markers: `◀ANC▶`, `◀END▶`, `◀VCR▶`.
  /^◀\s{0,2}(?:ANC|END|VCR|INT|SYN|CG|리포트|앵커)\s{0,2}▶$/i,
  // Program credits of a broadcast page: `앵커: 엄기영,정혜정`, `진행 : 서복현`.
  /^(?:앵커|진행|앵커\s{0,2}멘트)\s{0,2}[:：]\s{0,2}[가-힣]{2,4}(?:\s{0,2}[,·]\s{0,2}[가-힣]{2,4}){0,3}$/,
];

/**
 * Words a share bar or tool row prints side by side (`크게 작게 프린트 메일`,
 * `URL 줄이기 페이스북 X`): a short line made only of these is furniture. Single common
 * words are safe here because the whole line must consist of them.
 */
export const TOOL_WORDS: readonly string[] = ['크게', '작게', '프린트', '메일', 'URL', '줄이기', 'X', '페이스북', '트위터', '카카오톡', '공유하기', '닫기', '스크랩', '인쇄'];

/**
 * Section names a page prints above the headline, alone or with a sub-section
 * (`정치 대통령실`, `이슈 경찰과 행정안전부`). Such a line names where the article sits;
 * it is never the headline.
 */
export const SECTION_NAMES: readonly string[] = [
  '정치',
  '경제',
  '사회',
  '문화',
  '국제',
  '세계',
  '연예',
  '스포츠',
  '이슈',
  '생활',
  '라이프',
  '오피니언',
  '사설',
  '칼럼',
  '전국',
  '지역',
  '산업',
  '금융',
  '증권',
  '부동산',
  'IT',
  '과학',
  '북한',
  '엔터',
  '피플',
];

/**
 * The line that opens a broadcast script's anchor lead (`◀ANC▶`, `[앵커]`, `【 앵커멘트 】`).
 * The headline, when the page prints one, stands above it; what follows is the lead.
 */
export const SCRIPT_OPENER = /^(?:◀\s{0,2}ANC\s{0,2}▶|[[【]\s{0,2}앵커(?:\s{0,2}멘트)?\s{0,2}[\]】])$/i;
