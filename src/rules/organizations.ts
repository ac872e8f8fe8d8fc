/**
 * Lexicons for organizations and places that speak or stand in roles, kept as data.
 * `extract/roles.ts` and `extract/quotes/speakers.ts` read them.
 */

/**
 * Ends of words that name an organization able to speak (`국방부는 “…”`,
 * `한국기자협회는`, `현대건설 컨소시엄은`). One-syllable ends count only on words of three
 * syllables or more (`통일부`, `민주당`), where they rarely end a common noun.
 */
export const SPEAKING_ORG_SUFFIXES: readonly string[] = [
  '위원회', '협의회', '연합회', '협회', '학회', '공사', '공단', '은행', '전자', '그룹', '증권', '재단', '센터',
  '연구소', '연구원', '대학교', '병원', '노조', '조합', '법원', '검찰', '경찰', '정부', '국회', '시청', '도청',
  '구청', '군청', '대사관', '영사관', '캠프', '본부', '기구', '기관', '컨소시엄', '엔터테인먼트', '건설', '일보',
  '신문', '방송', '통신', '실사단', '사무국', '당국', '지검', '지법', '고법', '대법원', '헌재', '선관위', '소방서',
  '경찰서', '교육청', '보건소', '대학', '중공업', '화학', '제약', '자동차', '항공', '물산', '생명', '화재', '카드',
  '캐피탈', '테크', '랩스', '홀딩스', '코리아', '뮤직', '컴퍼니', '스튜디오', '미디어', '사무소', '법인', '시민단체',
  '단체', '연대', '포럼', '진흥원', '지부', '지청',
];

/** One-syllable ends of organizations (`국방부`, `경찰청`, `민주당`, `조사단`). */
export const SHORT_ORG_SUFFIXES: readonly string[] = ['부', '청', '처', '당', '원', '단', '사', '위', '실', '군', '계'];

/** Common words with an organization's ending that are no organization (`일부`, `대부분`). */
export const NOT_ORGANIZATIONS: ReadonlySet<string> = new Set(
  (
    '일부 대부분 내부 외부 전부 세부 간부 상부 하부 본부장 부분 회원 인원 직원 지원 병원비 공원 자원 연구원들 ' +
    '대상 정당 당원 당사자 수당 회사 기사 인사 의사 검사 감사 변호사 교사 판사 기자단 집단 수단 ' +
    '판단 계단 사실 현실 진실 교실 병실 위원 의원 관계 세계 업계 학계 단계 관계자 시청자 시청률 사람들 ' +
    '청소년 청년 민원 소원 신청 요청 군인 장군 가운데 관계자들'
  ).split(' '),
);

/**
 * Organizations named without a telling ending (`국민의힘`, `청와대`) and common
 * abbreviations. Latin acronyms (`NIPA`, `YG`) are recognized by their shape.
 */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(
  (
    '국민의힘 더불어민주당 민주당 정의당 조국혁신당 개혁신당 진보당 국민의당 바른미래당 자유한국당 새누리당 ' +
    '청와대 대통령실 백악관 크렘린궁 국무부 국방부 외교부 통일부 코레일 한전 포스코 현대차 기아 카카오 네이버 ' +
    '쿠팡 삼성 엘지 유엔 나토 세계보건기구 국제통화기금 세계은행 연준 한은 금감원 공정위 방통위 식약처 질병청 ' +
    '소방당국 보건당국 방역당국 경찰 검찰 정부 법원 국회 여당 야당 당국 합참 해경 관세청 국세청'
  ).split(' '),
);

/** Country and region names: before a title they are the organization (`미국 대통령`). */
export const COUNTRIES: ReadonlySet<string> = new Set(
  (
    '미국 중국 일본 러시아 북한 한국 영국 프랑스 독일 이탈리아 스페인 캐나다 호주 인도 브라질 멕시코 ' +
    '우크라이나 폴란드 튀르키예 터키 이란 이라크 이스라엘 팔레스타인 사우디 사우디아라비아 이집트 대만 ' +
    '홍콩 베트남 태국 필리핀 인도네시아 말레이시아 싱가포르 몽골 카자흐스탄 우즈베키스탄 아르헨티나 칠레 ' +
    '콜롬비아 페루 베네수엘라 쿠바 남아공 나이지리아 케냐 에티오피아 스웨덴 노르웨이 핀란드 덴마크 ' +
    '네덜란드 벨기에 스위스 오스트리아 그리스 체코 헝가리 루마니아 아일랜드 뉴질랜드 파키스탄 ' +
    '아프가니스탄 시리아 레바논 요르단 카타르 쿠웨이트 미얀마 캄보디아 라오스 유럽 아시아 중동 ' +
    '미 중 일 러 북 영 불 독 伊 美 中 日 英 佛 獨 露 北 韓'
  ).split(' '),
);

/** Words naming a kind of group before `X의 이름` (`그룹 아스트로의 문빈`). */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  '그룹', '밴드', '걸그룹', '보이그룹', '아이돌그룹', '구단', '팀', '소속사', '듀오', '유닛',
]);

/** Words before a name that say it is an organization's (`소속사 하이브는`, `운영사 쿠팡은`). */
export const ORGANIZATION_KINDS: readonly string[] = [
  '소속사', '자회사', '계열사', '모회사', '운영사', '제작사', '배급사', '제조사', '업체', '기업', '회사', '구단', '단체',
  '시민단체', '노조', '협회', '정당', '언론사', '방송사', '출판사', '통신사', '게임사', '플랫폼',
];
