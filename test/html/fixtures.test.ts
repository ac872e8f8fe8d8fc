import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseArticle } from '../../src/index.js';

/**
 * One or more real pages per outlet of the corpus: exact headline, stamps, first caption
 * and a quote with its speaker, each checked against the page's gold values by reading.
 */
interface Case {
  file: string;
  adapter: string;
  headline: string;
  publishedAt: string;
  modifiedAt: string | null;
  firstCaption: { text: string; credit: string | null } | null;
  /** A quote with its speaker; `role` is checked when given. */
  quote: { text: string; speaker: string | null; role?: string | null } | null;
}

const CASES: Case[] = [
  {
    file: "asiatoday-20180201000926088",
    adapter: "asiatoday",
    headline: "가상화폐로 2억 벌었다던 20대 명문대생 숨진채 발견",
    publishedAt: "2018-02-01T09:28:00+09:00",
    modifiedAt: null,
    firstCaption: {"text": "가상화폐 거래 실명제 시행을 이틀 앞둔 28일 오후 서울 중구 한 가상화폐 거래소의 시세 전광판에 비트코인을 비롯한 각종 가상화폐 가격이 표시되고 있다.", "credit": "연합"},
    quote: null,
  },
  {
    file: "chosun-C4TYKH2D5HO4L5KW7TNCOEGBFI",
    adapter: "chosun",
    headline: "[SC현장] 이승기♥이다인, 결혼식 시작…유재석→세븐♥이다해 참석",
    publishedAt: "2023-04-07T19:09:46+09:00",
    modifiedAt: "2023-04-07T19:22:03+09:00",
    firstCaption: {"text": "가수 이승기와 배우 이다인이 부부가 된다. 7일 그랜드 인터컨티넨탈 서울 파르나스 호텔에서 진행된 이승기와 이다인의 결혼식에 참석한 강호동(왼쪽), 유재석이 포즈를 취하고 있다.", "credit": "허상욱 기자"},
    quote: null,
  },
  {
    file: "chosun-PHN3NSOXKVEP3M77YKKWI3QJ6A",
    adapter: "chosun",
    headline: "“아가야, 미안해”…부활절에 버려진 이탈리아 신생아 사연",
    publishedAt: "2023-04-11T11:58:47+09:00",
    modifiedAt: "2023-04-11T13:07:06+09:00",
    firstCaption: {"text": "밀라노 종합병원에서 운영하는 '생명을 위한 요람'. /일 조르날레 트위터", "credit": null},
    quote: null,
  },
  {
    file: "daejonilbo-1412361",
    adapter: "daejonilbo",
    headline: "코로나19 극복 성금 기탁 줄 잇는다",
    publishedAt: "2020-03-04T16:52:59+09:00",
    modifiedAt: null,
    firstCaption: {"text": "4일 세종시청에서 코로나19 극복을 위한 특별모금 성금 전달식이 열렸다. 왼쪽부터 이춘희 세종시장, 세종시체육회 정태봉 회장, 흥덕산업㈜ 김윤회 대표, 세종사회복지공동모금회 홍영섭 회장.", "credit": "세종시 제공"},
    quote: {"text": "이번 성금은 코로나19로 어려워하는 세종시 주민들을 위해 투명하고 공정하게 사용될 것", "speaker": "이춘희"},
  },
  {
    file: "donga-58406128",
    adapter: "donga",
    headline: "[CEO&]창의적 열정과 소통, 초일류 시험인증 기업이 간다",
    publishedAt: "2013-10-24T03:00:00+09:00",
    modifiedAt: "2013-10-24T03:00:00+09:00",
    firstCaption: {"text": "박채규 대표", "credit": null},
    quote: {"text": "소통을 수용하는 열린 기업문화, 창의적인 열정을 끌어내는 젊고 합리적인 리더십이 직원들이 몰입할 수 있는 일터를 만든 비결", "speaker": "이동훈"},
  },
  {
    file: "hankookilbo-A2025051516330004328",
    adapter: "hankookilbo",
    headline: "\"왜 경상도, 전라도 나눠서 싸우나\"... DJ 고향에서 '국민 통합' 외친 이재명",
    publishedAt: "2025-05-15T20:00:00+09:00",
    modifiedAt: "2025-05-15T20:57:36+09:00",
    firstCaption: {"text": "이재명 더불어민주당 대선 후보가 15일 전남 순천시 연향동 패션의 거리에서 열린 유세에서 연설하고 있다.", "credit": "연합뉴스"},
    quote: {"text": "좌측이면 어떻고 우측이면 어떻나", "speaker": "이재명", "role": "더불어민주당 대선 후보"},
  },
  {
    file: "hankookilbo-A2026012914320005196",
    adapter: "hankookilbo",
    headline: "장동혁, 한동훈 제명했지만… '윤 어게인' 절연 ·외연 확장 부담 커졌다",
    publishedAt: "2026-01-29T18:40:00+09:00",
    modifiedAt: "2026-01-29T18:49:00+09:00",
    firstCaption: {"text": "장동혁(맨 앞) 국민의힘 대표가 29일 국회 예결위 회의장에서 열린 의원총회에서 국기에 경례하고 있다.", "credit": "연합뉴스"},
    quote: null,
  },
  {
    file: "kbs-7645555",
    adapter: "kbs",
    headline: "멕시코 ‘무더기 실종’ 모두 발견…“여행객 아닌 이민자”",
    publishedAt: "2023-04-07T08:26:00+09:00",
    modifiedAt: "2023-04-07T08:26:00+09:00",
    firstCaption: null,
    quote: null,
  },
  {
    file: "kbs-7646024",
    adapter: "kbs",
    headline: "남북 통신선 종일 불통…정부 “상황 지켜볼 것”",
    publishedAt: "2023-04-07T19:13:00+09:00",
    modifiedAt: "2023-04-07T19:43:00+09:00",
    firstCaption: null,
    quote: null,
  },
  {
    file: "mbc-6470713",
    adapter: "mbc",
    headline: "한덕수 \"'돌덩이' 발언, 국민·강제징용 피해자 지칭한 것 아냐\"",
    publishedAt: "2023-04-04T16:48:00+09:00",
    modifiedAt: "2023-04-04T16:48:00+09:00",
    firstCaption: {"text": "", "credit": "연합뉴스"},
    quote: {"text": "한일 관계를 악화시켜 과거에 발목 잡히게 만드는 문제를 '돌덩이'라고 표현한 것이며, 강제징용 피해자와 국민을 지칭한 게 아니", "speaker": "한덕수", "role": "국무총리"},
  },
  {
    file: "mbn-4917663",
    adapter: "mbn",
    headline: "사직구장 같은 화끈한 응원…부산 찾은 엑스포 실사단 \"K팝스타 된 기분\"",
    publishedAt: "2023-04-04T19:01:00+09:00",
    modifiedAt: "2023-04-04T19:56:00+09:00",
    firstCaption: null,
    quote: null,
  },
  {
    file: "mk-11328187",
    adapter: "mk",
    headline: "“전국소년체육대회 2연패 달성해 행복…올해는 꼭 태극마크 달래요”",
    publishedAt: "2025-05-28T01:05:24+09:00",
    modifiedAt: "2025-05-28T01:05:24+09:00",
    firstCaption: {"text": "제54회 전국소년체육대회 골프부경기 15세 이하 남자부 정상에 오른 손제이.", "credit": null},
    quote: null,
  },
  {
    file: "mk-11333783",
    adapter: "mk",
    headline: "‘흙수저’ 소년공이 쏘아올린 정치 신화",
    publishedAt: "2025-06-04T02:37:08+09:00",
    modifiedAt: "2025-06-04T02:37:08+09:00",
    firstCaption: {"text": "1978년 야구 글러브 공장인 ‘대양실업’ 소년공 시절의 이재명 대통령 당선인 모습.", "credit": "이재명 더불어민주당 캠프"},
    quote: null,
  },
  {
    file: "mtn-2019011613392952029",
    adapter: "mtn",
    headline: "[MTN현장+] '잇따른 ESS 화재 어쩌나'…원가절감 노리던 시멘트업계 고심",
    publishedAt: "2019-01-16T13:59:00+09:00",
    modifiedAt: null,
    firstCaption: null,
    quote: {"text": "화재 원인조차 제대로 밝혀지지 않아 대책을 세우기도 어려운 상황", "speaker": null, "role": "시멘트회사 관계자"},
  },
  {
    file: "naver-025-0003017071",
    adapter: "naver",
    headline: "이해찬 \"나쁜 자식\"에…기자협회 \"기자 비하 발언 사과해야\"",
    publishedAt: "2020-07-13T17:04:00+09:00",
    modifiedAt: "2020-07-13T17:18:00+09:00",
    firstCaption: {"text": "이해찬 더불어민주당 대표가 10일 고 박원순 서울시장의 빈소가 차려진 서울 종로구 서울대병원 장례식장에서 조문을 마친 뒤 취재진의 질문에 불쾌감을 표시하고 있다. [중앙포토]", "credit": null},
    quote: {"text": "나쁜 자식", "speaker": "이해찬", "role": "더불어민주당 대표"},
  },
  {
    file: "naver-607-0000001728",
    adapter: "naver",
    headline: "[주간 뉴스타파] 부모를 빼앗긴 아기들, 해외 입양 비즈니스의 그늘",
    publishedAt: "2023-11-02T20:06:00+09:00",
    modifiedAt: null,
    firstCaption: null,
    quote: null,
  },
  {
    file: "osen-G1111061138",
    adapter: "osen",
    headline: "\"투기 NO\"..아이유, 정면 반박에도 이미지 타격 어쩌나(종합)[Oh!쎈 이슈]",
    publishedAt: "2019-01-07T16:47:00+09:00",
    modifiedAt: null,
    firstCaption: null,
    quote: null,
  },
  {
    file: "sbs-N1007161287",
    adapter: "sbs",
    headline: "\"손님 많아서 못 타\" 예매하고도 탑승 거부당한 장애인",
    publishedAt: "2023-04-20T11:29:00+09:00",
    modifiedAt: "2023-04-20T12:59:00+09:00",
    firstCaption: null,
    quote: null,
  },
  {
    file: "sporbiz-177073",
    adapter: "ndsoft",
    headline: "빅뱅 태양♥민효린, 결혼… YG \"내년 2월 예식\"[공식]",
    publishedAt: "2017-12-18T17:34:00+09:00",
    modifiedAt: null,
    firstCaption: null,
    quote: null,
  },
  {
    file: "tvchosun-2023040590016",
    adapter: "tvchosun",
    headline: "트럼프, 뉴욕 법원 출석…34개 혐의 전면 부인",
    publishedAt: "2023-04-05T07:38:00+09:00",
    modifiedAt: "2023-04-05T07:44:00+09:00",
    firstCaption: null,
    quote: null,
  },
  {
    file: "tvchosun-2023042190135",
    adapter: "tvchosun",
    headline: "국가대표 은퇴한 김연경, 고문으로 대표팀 돕는다",
    publishedAt: "2023-04-21T16:27:00+09:00",
    modifiedAt: "2023-04-21T16:29:00+09:00",
    firstCaption: {"text": "", "credit": "연합뉴스"},
    quote: null,
  },
  {
    file: "yonhapnewstv-MYH20230420009000641",
    adapter: "yonhapnewstv",
    headline: "'영원한 25살' 아스트로 문빈 사망…\"사실 많이 힘들었다\"",
    publishedAt: "2023-04-20T13:24:13+09:00",
    modifiedAt: "2023-04-20T16:18:06+09:00",
    firstCaption: null,
    quote: null,
  },
  {
    file: "ytn-202304071836587452",
    adapter: "ytn",
    headline: "[단독] 권경애 \"어떤 변명도 안 통할 것 알아...잠적은 아냐\"",
    publishedAt: "2023-04-07T18:36:00+09:00",
    modifiedAt: "2023-04-07T18:36:00+09:00",
    firstCaption: null,
    quote: null,
  },
  {
    file: "zum-49918663",
    adapter: "zum",
    headline: "작년 취업자 9만7천명 증가…금융위기 후 9년 만에 최소(2보)",
    publishedAt: "2019-01-09T08:08:00+09:00",
    modifiedAt: "2019-01-09T08:30:00+09:00",
    firstCaption: {"text": "취업 (CG)", "credit": "연합뉴스TV 제공"},
    quote: {"text": "취업자 증가 폭 축소는 생산가능인구 감소와 인구증가 폭 축소, 자동차 등 제조업 부진, 서비스업 구조조정 등이 겹친 영향", "speaker": "빈현준", "role": "통계청 고용통계과장"},
  },
];

describe.each(CASES)('$file', (c) => {
  const article = parseArticle(readFileSync(`fixtures/html/${c.file}.html`));

  it('reads headline and stamps with the outlet adapter', () => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.source.adapter).toBe(c.adapter);
    expect(article.headline).toBe(c.headline);
    expect(article.publishedAt).toBe(c.publishedAt);
    expect(article.modifiedAt).toBe(c.modifiedAt);
  });

  it('reads the first caption with its credit', () => {
    const first = article.captions[0];
    expect(first ? { text: first.text, credit: first.credit } : null).toEqual(c.firstCaption);
  });

  // Pages with no direct quotes have no quote case.
  const expected = c.quote;
  if (expected) {
    it('attributes a quote to its speaker', () => {
      const quote = article.quotes.find((q) => q.text === expected.text);
      expect(quote?.speaker?.name ?? null).toBe(expected.speaker);
      if ('role' in expected) expect(quote?.speaker?.role ?? null).toBe(expected.role);
    });
  }
});
