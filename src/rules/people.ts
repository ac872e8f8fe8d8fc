/**
 * Lexicons for people and roles, kept as data. `extract/roles.ts` reads them. The grammar
 * (particles, honorifics, determiners, pointers) is in `korean.ts`.
 */

/** One-syllable Korean surnames, most frequent first. */
export const SURNAMES: ReadonlySet<string> = new Set(
  (
    '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 ' +
    '우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 ' +
    '육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 계 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 ' +
    '상 갈 단 견 당 화 창 옹 순 요 뇌 로 리 임 량 륙'
  ).split(' '),
);

/** Two-syllable surnames. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(['남궁', '황보', '제갈', '사공', '선우', '서문', '독고', '동방']);

/**
 * Common nouns that start with a surname syllable and have a name's length (`정부`, `이번`,
 * `주민`), so the name rules alone would take them for names. Only words that plausibly sit
 * next to a title matter here. Pruned in the attribution rework: entries the general rules
 * (particle and verb endings, organization endings) already reject, and entries that only
 * one fixture needed, were removed (362 → 286 distinct words).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    '이번 이날 이후 이어 이미 이들 이제 이곳 이상 이하 이전 이달 이듬해 이외 정책 정치 정당 정원 정식 정상 정보 정말 한편 한때 한번 한층 한쪽 조선 국내 국민 국회 국제 ' +
    '전문 전체 전날 전년 전반 전략 전세계 지난 지역 지금 지원 지방 지사 주민 주최 주관 시민 사업 사실 사장 사람 사이 사건 최근 최초 최종 최소 오늘 오후 오전 오히려 우선 ' +
    '우측 경우 경찰 경제 경기 고객 공개 공사 공식 모든 모두 하지만 하루 안전 안팎 신규 신청 신임 서울 서비스 성명 현재 현장 현지 현행 당시 당일 당국 당초 당장 방문 방안 ' +
    '방침 연합 연간 연말 명예 기존 기업 기관 기자 기간 기준 나라 남측 동측 서측 도내 도민 도청 도시 시내 시간 여야 여러 여기 원래 원내 장관 장기 장비 차기 차례 차원 추진 ' +
    '반대 변화 표결 위원 위원장 인사 인근 인터뷰 선수 선거 선임 설명 상대 상임 상황 소속 소장 유일 유족 유명 양측 양국 육군 공군 금융 노조 노동 진행 진료 진상 제외 제안 ' +
    '구체 강력 강조 황제 권한 홍보 배우 문제 문화 손해 마지막 함께 허용 채널 피해 간부 감독 감사 계획 계속 부산 부문 부처 부장 부대 대표 교수 원장 위해 통해 대해 관련 ' +
    '관계자 고위 신생아 유가족 공무원 소비자 소유주 차주 누리꾼 조치 조건 조정 조기 조합 조직 정상회담 한미 한일 한중 이승 안보 경선 강남 강제 강화 송구 구속 구조 구간 남북 ' +
    '유세 유죄 유럽 우크라 장례 장례식 문구 노조원 반발 방미 방한 배후 변호 변론 선호 손님 신뢰 심사 엄마 여론 여객 연기 연예 왕복 원칙 위원들 이적 인상 임금 임기 장애 ' +
    '장애인 전화 정신 주민들 주장 지지 지지자 진영 차량 최고위 추정 탁구 피해자 허위 현대 황금 부모 남편 자녀 형제 가족 아내 장남 장녀 차남 손자 손녀 반도체 당선 선출 취임 ' +
    '가득'
  ).split(' '),
);

/**
 * Job titles, matched as the end of a word (`의료정보센터장` ends in `센터장`).
 * A title alone makes a speaker only with a name or in {@link ANONYMOUS_TITLES}.
 */
export const TITLES: readonly string[] = [
  // government and politics
  '대통령', '부통령', '당선인', '주석', '총리', '부총리', '장관', '차관', '차관보', '비서실장', '비서관', '수석', '대변인',
  '부대변인', '의원', '의장', '부의장', '위원장', '부위원장', '위원', '원내대표', '최고위원', '사무총장',
  '사무국장', '정책위의장', '대표', '공동대표', '총재', '부총재', '시장', '도지사', '지사', '군수', '구청장',
  '교육감', '후보', '후보자', '예비후보', '지명자', '당선자', '처장', '청장', '차장', '국장', '실장', '과장',
  '국무위원', '외교관', '대사', '공사', '영사', '총영사', '상무관', '참사관', '서기관', '사무관', '주무관',
  '특보', '특사', '고문', '자문위원',
  // business
  '회장', '부회장', '사장', '부사장', '전무', '상무', '이사', '이사장', '대표이사', '사외이사', '감사',
  '본부장', '센터장', '부장', '차장', '팀장', '파트장', '지점장', '점장', '매니저', '그룹장', '소장', '원장',
  '단장', '부단장', '행장', '은행장', '창업자', '창업주', '의장', '대주주', '애널리스트', '이코노미스트',
  '연구원', '연구위원', '선임연구원', '책임연구원', '수석연구원', '전략가', '컨설턴트', '디렉터',
  'CEO', 'CTO', 'CFO', 'COO', 'CSO', 'CIO', '최고경영자', '최고기술책임자', '최고재무책임자', '최고운영책임자', '대표변호사', '파트너',
  // education, science, medicine, law
  '총장', '부총장', '학장', '교수', '부교수', '조교수', '명예교수', '석좌교수', '교장', '교감', '교사', '강사',
  '박사', '연구교수', '판사', '부장판사', '대법관', '대법원장', '재판관', '헌법재판관', '검사', '부장검사',
  '검사장', '검찰총장', '지검장', '변호사', '법무사', '회계사', '세무사', '노무사', '변리사', '의사',
  '전문의', '교수의', '간호사', '간호부장', '약사', '한의사', '수의사', '병원장', '의료원장',
  // media and culture
  '기자', '특파원', '앵커', '논설위원', '논설실장', '편집국장', '해설위원', '평론가', '칼럼니스트', '작가',
  '감독', '코치', '선수', '주장', '배우', '가수', '멤버', '프로듀서', 'PD', '아나운서', '캐스터', '리포터',
  // security
  '사령관', '참모총장', '합참의장', '장군', '대령', '중령', '소령', '대위', '중위', '소위', '원사', '상사',
  '중사', '하사', '병장', '서장', '경찰서장', '경감', '경위', '경정', '총경', '경무관', '치안감', '소방서장',
  // religion and others
  '목사', '신부', '스님', '주지', '추기경', '주교', '교황', '국왕', '여왕', '왕세자', '총무', '회원',
  '관계자', '당국자', '소식통', '측근', '전문가', '대리인', '담당자', '책임자', '활동가', '운동가',
  '직무대행', '권한대행', '대리', '주임', '역무원', '승무원', '직원', '소유주', '차주', '누리꾼', '네티즌', '지지자',
  '유족', '유가족', '피해자', '목격자', '참석자', '참가자', '방송인', '개그맨', '개그우먼', '모델', '진행자',
  '배구선수', '축구선수', '야구선수', '골프선수', '실사단', '대변인실',
  // familiar forms used after names
  '씨', '군', '양', '옹', '여사',
];

/**
 * Titles that count only as a whole word, never as the end of a longer one: as
 * endings they are mostly other words (`통신부` is no `신부`, `부산지사` no `지사`).
 */
export const WHOLE_WORD_TITLES: ReadonlySet<string> = new Set([
  '신부', '공사', '대사', '감사', '상사', '원사', '하사', '중사', '주장', '의사', '이사', '회원', '총무', '수석',
  '고문', '특사', '특보', '후보', '지사', '위원', '파트너', '멤버', '주지', '양', '군', '씨', '옹', '장군', '공군',
]);

/**
 * Occupations many people share (`배우`, `모델`, `선수`): `이 배우는` points back at the actor
 * just written about, while a post one person holds (`이 총재는`, `이 장관은`) is said with the
 * holder's surname.
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set([
  '배우', '가수', '모델', '선수', '작가', '교사', '강사', '의사', '간호사', '약사', '변호사', '연구원', '멤버', '방송인',
  '개그맨', '개그우먼', '회원', '직원', '학생', 'PD', '프로듀서', '아나운서', '기자', '전문가', '박사',
]);

/**
 * Roles written before a name that are no title after one (`직장인 김모씨`, `시민 이모씨`):
 * `홍길동 시민` is not said, so these never make a name + title mention.
 */
export const ROLES_BEFORE_NAMES: readonly string[] = [
  '회사원', '직장인', '주부', '대학생', '학생', '자영업자', '농민', '어민', '택시기사', '시민', '주민', '상인', '환자',
  '피해자', '유족', '목격자', '관람객', '승객', '운전자', '경비원', '청소년', '고교생', '중학생', '초등학생',
];

/** Words before a title that belong to it (`전 장관`, `공동 대표`). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  '전', '현', '前', '現', '초대', '신임', '차기', '공동', '상임', '수석', '선임', '책임', '명예', '부', '대표',
  '단독', '총괄', '겸', '권한대행', '직무대행', '고위', '중진', '대선', '총선', '경선', '예비', '핵심', '전직',
  '현직', '당대표', '대통령', '상근', '비상임', '원로', '초선', '재선', '3선', '4선', '5선', '6선',
]);

/**
 * Titles written two ways for one post: the Korean form and the English acronym an
 * article puts in parentheses (`최고경영자(CEO)`) and uses alone later (`황 CEO는`).
 */
export const TITLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['최고경영자', 'CEO'],
  ['최고기술책임자', 'CTO'],
  ['최고재무책임자', 'CFO'],
  ['최고운영책임자', 'COO'],
]);

/** Titles that make a speaker without a name (`한 관계자는`, `업계 관계자는`). */
export const ANONYMOUS_TITLES: readonly string[] = [
  '관계자', '당국자', '소식통', '측근', '전문가', '대변인', '관리', '인사', '주민', '시민', '상인', '학부모',
  '직원', '목격자', '참석자', '응답자', '네티즌', '누리꾼', '역무원', '승무원', '소유주', '차주', '지지자', '유족',
  '유가족', '피해자', '참가자', '교민', '실무자', '당사자', '시민들', '주민들', '관계자들',
  '친모', '친부', '생모', '생부', '어머니', '아버지', '엄마', '아빠', '부모', '가족', '남편', '아내', '아들', '딸',
];

/** Titles of the people who write articles: these make bylines. */
export const REPORTER_TITLES: readonly string[] = [
  '기자', '특파원', '선임기자', '전문기자', '대기자', '객원기자', '인턴기자', '수습기자', '논설위원',
  '편집위원', '해설위원', '통신원', 'AI리포터', 'AI 리포터', '리포터', '기상캐스터', '앵커', '칼럼니스트', '에디터',
];

/** Ends of words that name an organization (`국방부`, `경찰청`, `삼성전자`). */
export const ORG_SUFFIXES: readonly string[] = [
  '부', '청', '처', '원', '위원회', '위', '협회', '연합회', '학회', '공사', '공단', '은행', '전자', '그룹',
  '당', '증권', '재단', '센터', '연구소', '연구원', '대학', '대학교', '대', '병원', '노조', '조합', '법원',
  '검찰', '경찰', '정부', '국회', '시청', '도청', '구청', '군청', '측', '사', '회', '단', '소', '실',
  '일보', '신문', '방송', '뉴스', '통신', '대사관', '영사관', '캠프', '본부', '기구', '기관',
];

/**
 * Words that open a clause and are never part of a role (`이날 허 원장은` is not
 * organization `이날`).
 */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set(
  (
    '이날 이번 지난 오늘 당시 최근 또 또한 한편 특히 이어 그러면서 아울러 다만 하지만 그러나 앞서 이후 ' +
    '현재 전날 당일 올해 작년 지난해 내년 다음 역시 이에 반면 그리고 그래서 따라서 결국 물론 이와 함께 ' +
    '같은 날 이같이 이처럼 그는 그녀는 이들은 한 이 그 저 해당 모든 각 여러 일부 또다른 다른 어느 ' +
    '향후 실제 실제로 앞으로 당분간 그동안 현지 어제 내일 그날 이미 아직 다시 함께 직접'
  ).split(' '),
);

/**
 * Titles no named person is given (`홍길동 관계자` is not said): a name before one of
 * these is a common noun that looks like a name (`반도체 업계 관계자`).
 */
export const UNNAMED_ONLY_TITLES: ReadonlySet<string> = new Set([
  '관계자', '당국자', '소식통', '측근', '관리', '누리꾼', '네티즌', '목격자', '응답자', '참석자', '실무자', '관계자들',
]);
