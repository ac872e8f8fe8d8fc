import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../src/index.js';
import { parseHtml } from '../../src/html/dom.js';
import { scanDocument, selectAll } from '../../src/html/select.js';
import { pickAdapter } from '../../src/sites/index.js';

/** The adapter the registry picks for a page's markup (and URL, when given). */
function pick(url: string | null, html: string) {
  const { names } = scanDocument(parseHtml(html));
  return pickAdapter(url, (selector) => selectAll(names, selector));
}

/**
 * Pages built from the markup reference (fixtures/built/, one per outlet the corpus lacks):
 * each is parsed with its URL (adapter picked by host) and without it (picked by markup).
 * Expected values come from the page's gold file, except where a field is written out here.
 */

interface Gold {
  url: string;
  headline: string;
  byline: string[];
  captions: Array<{ text: string; credit: string | null }>;
  _built: boolean;
}

interface Page {
  stem: string;
  adapter: string;
  publishedAt: string;
  modifiedAt: string | null;
  bylines: Article['bylines'];
  /** One body quote (by its opening words) and who said it. */
  quote: { opens: string; name: string | null; role: string };
  /**
   * The first caption as gisa gives it today, where that differs from the gold: the
   * caption splitter (src/extract/captions.ts) keeps agency datelines and trailing dates,
   * and does not read a bare `사진=OO` as a credit. Remove an entry when that is fixed.
   */
}

const PAGES: Page[] = [
  {
    stem: 'daum-built',
    adapter: 'daum',
    publishedAt: '2026-09-27T09:54:00+09:00',
    modifiedAt: '2026-09-27T11:02:00+09:00',
    bylines: [{ name: '홍길동', title: '기자', email: 'hong@hanbiteconomy.co.kr' }],
    quote: { opens: '올해는 지원 대상을', name: '이영희', role: '중소벤처기업부 스마트제조혁신과장' },
  },
  {
    stem: 'yonhap-built',
    adapter: 'yonhap',
    publishedAt: '2026-01-06T16:46:00+09:00',
    modifiedAt: null,
    bylines: [{ name: '홍길동', title: '기자', email: null }],
    quote: { opens: '한파가 길어질수록', name: '김철수', role: '보건복지부 제1차관' },
  },
  {
    stem: 'joongang-built',
    adapter: 'joongang',
    publishedAt: '2026-02-24T05:00:00+09:00',
    modifiedAt: '2026-02-24T09:41:00+09:00',
    bylines: [
      { name: '홍길동', title: '기자', email: 'hong.gildong@joongang.co.kr' },
      { name: '이영희', title: '기자', email: null },
    ],
    quote: { opens: '대학 부지 안에', name: '최지훈', role: '서울도시대 부동산학부 교수' },
  },
  {
    stem: 'hani-built',
    adapter: 'hani',
    publishedAt: '2026-01-06T15:45:00+09:00',
    modifiedAt: '2026-01-06T19:02:00+09:00',
    bylines: [{ name: '홍길동', title: '기자', email: 'gildong@hani.co.kr' }],
    quote: { opens: '수입이 들쭉날쭉한', name: '박민수', role: '배달플랫폼노동조합 위원장' },
  },
  {
    stem: 'khan-built',
    adapter: 'khan',
    publishedAt: '2026-01-05T17:20:00+09:00',
    modifiedAt: '2026-01-05T21:03:00+09:00',
    bylines: [{ name: '홍길동', title: '기자', email: 'gildong@kyunghyang.com' }],
    quote: { opens: '자치구마다 수목', name: '박민수', role: '녹색도시연구소 소장' },
  },
  {
    stem: 'news1-built',
    adapter: 'news1',
    publishedAt: '2026-01-06T11:32:00+09:00',
    modifiedAt: null,
    bylines: [{ name: '홍길동', title: '기자', email: 'gildong@news1.kr' }],
    quote: { opens: '운행 구간이 늘어날수록', name: '강태호', role: '한국교통연구원 선임연구위원' },
  },
  {
    stem: 'newsis-built',
    adapter: 'newsis',
    publishedAt: '2026-04-18T10:15:32+09:00',
    modifiedAt: '2026-04-18T11:02:47+09:00',
    bylines: [{ name: '홍길동', title: '기자', email: null }],
    quote: { opens: '좁은 길에서', name: '배정우', role: '한국재난안전연구원 연구위원' },
  },
  {
    stem: 'hankyung-built',
    adapter: 'hankyung',
    publishedAt: '2026-03-05T17:08:00+09:00',
    modifiedAt: '2026-03-05T18:30:00+09:00',
    bylines: [{ name: '홍길동', title: '기자', email: 'gildong@hankyung.com' }],
    quote: { opens: '하반기 반도체 수출', name: '서동훈', role: '누리투자증권 연구원' },
  },
  {
    stem: 'jtbc-built',
    adapter: 'jtbc',
    publishedAt: '2026-01-06T16:47:00+09:00',
    modifiedAt: null,
    bylines: [{ name: '홍길동', title: '기자', email: 'hong.gildong@jtbc.co.kr' }],
    quote: { opens: '제설차 400여 대를', name: '권미래', role: '한국도로공사 교통상황팀장' },
  },
];

const read = (stem: string) => readFileSync(`fixtures/built/${stem}.html`, 'utf8');
const goldOf = (stem: string) => JSON.parse(readFileSync(`fixtures/built/${stem}.gold.json`, 'utf8')) as Gold;
/** The page with every statement of its own address removed (og:url, twitter:url, canonical). */
const withoutAddress = (html: string) =>
  html.replace(/<meta[^>]*(?:og:url|twitter:url)[^>]*>/gi, '').replace(/<link[^>]*rel="canonical"[^>]*>/gi, '');

describe.each(PAGES)('built page $stem', (page) => {
  const html = read(page.stem);
  const gold = goldOf(page.stem);
  const article = parseArticle(html, { url: gold.url });

  it('is marked as built, with a URL on the outlet host', () => {
    expect(gold._built).toBe(true);
    expect(html.slice(0, 400)).toContain('BUILT PAGE, NOT A REAL ONE');
    expect(pick(gold.url, '<p></p>')?.name).toBe(page.adapter);
  });

  it('is read by its adapter when the URL is given', () => {
    expect(article.source.adapter).toBe(page.adapter);
    expect(article.source.url).toBe(gold.url);
    expect(article.warnings).toEqual([]);
  });

  it('reads the headline and the stamps as KST', () => {
    expect(article.headline).toBe(gold.headline);
    expect(article.publishedAt).toBe(page.publishedAt);
    expect(article.modifiedAt).toBe(page.modifiedAt);
  });

  it('reads the first photo caption and its credit', () => {
    const first = article.captions[0];
    const expected = gold.captions[0];
    expect(first && { text: first.text, credit: first.credit }).toEqual(expected);
    expect(article.captions).toHaveLength(gold.captions.length);
  });

  it('reads the reporters', () => {
    expect(article.bylines).toEqual(page.bylines);
    expect(article.bylines.map((b) => b.name)).toEqual(gold.byline);
  });

  it('attributes a body quote to its speaker', () => {
    const quote = article.quotes.find((q) => q.location === 'body' && q.text.startsWith(page.quote.opens));
    expect(quote?.speaker?.name ?? null).toBe(page.quote.name);
    expect(quote?.speaker?.role ?? null).toBe(page.quote.role);
  });

  it('is picked by its markup fingerprint when no URL is known', () => {
    expect(pick(null, html)?.name).toBe(page.adapter);
    const bare = parseArticle(withoutAddress(html));
    expect(bare.source.url).toBeNull();
    expect(bare.source.adapter).toBe(page.adapter);
    expect(bare.headline).toBe(gold.headline);
    expect(bare.publishedAt).toBe(page.publishedAt);
  });
});

describe('built-page traps the adapters handle', () => {
  it('Daum: the press-logo <h1> and the AI summary layer stay out of the article', () => {
    const article = parseArticle(read('daum-built'), { url: goldOf('daum-built').url });
    expect(article.headline).not.toBe('한빛경제');
    expect(article.paragraphs.some((p) => p.includes('AI가 기사 본문을 요약'))).toBe(false);
    expect(article.quotes.some((q) => q.text === '설비보다 운영 인력 확보가 더 어렵다')).toBe(false);
    expect(article.timestamps.slice(0, 2).map((t) => [t.kind, t.label, t.iso])).toEqual([
      ['published', '입력', '2026-09-27T09:54:00+09:00'],
      ['modified', '수정', '2026-09-27T11:02:00+09:00'],
    ]);
  });

  it('Yonhap: the glued 송고 label, the dateline, the bare e-mail line and the writer card', () => {
    const article = parseArticle(read('yonhap-built'), { url: goldOf('yonhap-built').url });
    expect(article.timestamps[0]).toEqual({ kind: 'published', label: '송고', raw: '2026-01-06 16:46', iso: '2026-01-06T16:46:00+09:00' });
    expect(article.paragraphs[0]).toBe('한파가 길어지면서 정부가 에너지 취약계층 12만 가구에 난방비를 긴급 지원한다.');
    expect(article.paragraphs.at(-1)).toBe('복지부는 한파 특보가 이어지면 추가 지원을 검토하겠다고 밝혔다.');
    expect(article.section).toBe('사회');
  });

  it('JoongAng: the section link inside div.subhead is no deck', () => {
    const article = parseArticle(read('joongang-built'), { url: goldOf('joongang-built').url });
    expect(article.section).toBe('사회');
    expect(article.subheadings).toEqual(['전세 기피에 월세 수요 몰려', '"공공 기숙사 공급 속도 높여야"']);
  });

  it('Newsis: the tip line printed under a caption is not part of it', () => {
    const article = parseArticle(read('newsis-built'), { url: goldOf('newsis-built').url });
    expect(article.captions[1]).toMatchObject({ text: '18일 오후 서울 영등포구 여의서로가 봄꽃을 보러 온 시민들로 붐비고 있다.', credit: '김철수 기자' });
  });

  it('JTBC: a body span that says 입력 is a paragraph, not a stamp', () => {
    const article = parseArticle(read('jtbc-built'), { url: goldOf('jtbc-built').url });
    expect(article.paragraphs).toContain('실시간 도로 상황은 한국도로공사 누리집이나 앱에 출발지와 도착지를 입력하면 확인할 수 있습니다.');
    expect(article.timestamps.map((t) => t.raw)).toEqual(['2026.01.06 16:47', '2026-01-06T16:47:00+09:00']);
  });

  it('all nine pages give the gold paragraphs', () => {
    for (const page of PAGES) {
      const gold = JSON.parse(readFileSync(`fixtures/built/${page.stem}.gold.json`, 'utf8')) as { url: string; paragraphs: string[] };
      expect(parseArticle(read(page.stem), { url: gold.url }).paragraphs, page.stem).toEqual(gold.paragraphs);
    }
  });
});
