import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ADAPTERS, defineAdapter, GisaError, parseArticle, type SiteAdapter } from '../src/index.js';

// A made-up outlet whose headline sits in a <div> and whose real body is one of two
// sentence-rich containers: the generic path picks the other, the adapter the right one.
const PAGE = `<!doctype html><html><head><title>예제일보</title></head><body>
<div class="ex-head"><div class="ex-title">시청 앞 광장, 주말마다 시민 장터로 바뀐다</div>
<span class="ex-date">입력 2025.03.04 09:30</span></div>
<div class="ex-promo"><p>예제일보 구독 안내입니다. 지금 구독하면 첫 달은 무료입니다. 매일 아침 뉴스를 받아 보세요.</p>
<p>이벤트에 참여하세요. 추첨을 통해 상품을 드립니다. 많은 참여 바랍니다. 자세한 내용은 누리집에 있습니다.</p></div>
<div id="ex-body"><p>서울시는 다음 달부터 시청 앞 광장을 주말마다 시민 장터로 운영한다고 4일 밝혔다.</p>
<p>김서연 서울시 경제정책과장은 "시민이 직접 만든 물건을 사고파는 공간이 될 것"이라고 말했다.</p>
<p class="ex-reporter">박지훈 기자 jihoon@example.co.kr</p></div>
</body></html>`;

const exampleIlbo = defineAdapter({
  name: 'example-ilbo',
  hosts: ['news.example.com'],
  headline: ['.ex-title'],
  stamps: ['.ex-date'],
  bylines: ['.ex-reporter'],
  body: ['#ex-body'],
  remove: ['.ex-promo'],
});

describe('adapters of your own', () => {
  it('are tried before the built-in ones, by host', () => {
    const a = parseArticle(PAGE, { url: 'https://news.example.com/a/1', adapters: [exampleIlbo] });
    expect(a.source.adapter).toBe('example-ilbo');
    expect(a.headline).toBe('시청 앞 광장, 주말마다 시민 장터로 바뀐다');
    expect(a.publishedAt).toBe('2025-03-04T09:30:00+09:00');
    expect(a.paragraphs).toEqual([
      '서울시는 다음 달부터 시청 앞 광장을 주말마다 시민 장터로 운영한다고 4일 밝혔다.',
      '김서연 서울시 경제정책과장은 "시민이 직접 만든 물건을 사고파는 공간이 될 것"이라고 말했다.',
    ]);
    expect(a.bylines).toEqual([{ name: '박지훈', title: '기자', email: 'jihoon@example.co.kr' }]);
    expect(a.quotes[0]?.speaker).toMatchObject({ name: '김서연', role: '서울시 경제정책과장' });
  });

  it('are not used for other hosts, and false switches every adapter off', () => {
    const other = parseArticle(PAGE, { url: 'https://other.example.org/a/1', adapters: [exampleIlbo] });
    expect(other.source.adapter).toBeNull();
    // What the adapter fixes: the generic path takes the page title and the promotion box.
    expect(other.headline).toBe('예제일보');
    expect(other.paragraphs[0]).toBe('예제일보 구독 안내입니다. 지금 구독하면 첫 달은 무료입니다. 매일 아침 뉴스를 받아 보세요.');
    const naverUrl = 'https://n.news.naver.com/mnews/article/001/0000000001';
    expect(parseArticle(PAGE, { url: naverUrl }).source.adapter).toBe('naver');
    expect(parseArticle(PAGE, { url: naverUrl, adapters: false }).source.adapter).toBeNull();
    expect(parseArticle(PAGE, { url: naverUrl, adapters: [exampleIlbo] }).source.adapter).toBe('naver');
  });

  it('may be plain objects, checked when parsing', () => {
    const plain: SiteAdapter = { name: 'plain', fingerprints: ['#ex-body'], body: ['#ex-body'] };
    expect(parseArticle(PAGE, { adapters: [plain] }).source.adapter).toBe('plain');
  });

  it('export the built-in list, read-only', () => {
    expect(BUILT_IN_ADAPTERS.map((a) => a.name).slice(0, 4)).toEqual(['naver', 'daum', 'zum', 'yonhap']);
    expect(Object.isFrozen(BUILT_IN_ADAPTERS)).toBe(true);
    expect(Object.isFrozen(BUILT_IN_ADAPTERS[0])).toBe(true);
    // Every built-in adapter passes the same check a user's does.
    for (const adapter of BUILT_IN_ADAPTERS) expect(defineAdapter(adapter).name).toBe(adapter.name);
  });
});

describe('defineAdapter refuses a bad adapter with INVALID_OPTIONS naming the field', () => {
  const messageOf = (adapter: unknown) => {
    try {
      defineAdapter(adapter as SiteAdapter);
    } catch (error) {
      expect(error).toBeInstanceOf(GisaError);
      expect((error as GisaError).code).toBe('INVALID_OPTIONS');
      return (error as GisaError).message;
    }
    throw new Error('no error');
  };

  it('names a bad selector', () => {
    expect(messageOf({ name: 'bad', body: ['#ok', 'div['] })).toMatch(/^adapter "bad" body\[1\]: "div\[" is not a CSS selector gisa can read/);
  });

  it('names a field of the wrong type, a misspelt key and a host with a scheme', () => {
    expect(messageOf({ name: 'bad', headline: 'h1' })).toMatch(/^adapter "bad" headline: /);
    expect(messageOf({ name: 'bad', bodies: ['#x'] })).toMatch(/^adapter "bad" itself: .*bodies/);
    expect(messageOf({ name: 'bad', hosts: ['https://news.example.com'] })).toBe(
      'adapter "bad" hosts[0]: a bare host name such as "news.example.com", without scheme or path',
    );
    expect(messageOf({ headline: ['h1'] })).toMatch(/^adapter name: /);
  });

  it('is what parseArticle reports for a bad adapter in options', () => {
    expect(() => parseArticle(PAGE, { adapters: [{ name: '' }] })).toThrow(/adapter "" name: a short name/);
    expect(() => parseArticle(PAGE, { adapters: 'yes' as never })).toThrow(
      'options.adapters must be true, false or an array of site adapters, not "yes"',
    );
  });
});

describe('a real page through an adapter of your own', () => {
  it('an adapter copied from a built-in one reads the page the same way', () => {
    const html = readFileSync('fixtures/html/donga-58406128.html');
    const donga = BUILT_IN_ADAPTERS.find((a) => a.name === "donga") as SiteAdapter;
    const mine = defineAdapter({ ...donga, name: 'my-donga' });
    const a = parseArticle(html, { adapters: [mine] });
    const b = parseArticle(html);
    expect(a.source.adapter).toBe('my-donga');
    expect(b.source.adapter).toBe("donga");
    expect({ ...a, source: null }).toEqual({ ...b, source: null });
  });
});
