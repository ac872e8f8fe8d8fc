/**
 * The audit page of one article, read back as a DOM: what is marked, with which speaker,
 * where the speaker's mention links to, and that nothing from the input becomes markup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../src/index.js';
import { LOW_CONFIDENCE, renderArticleAudit, renderAudit } from '../../src/audit/index.js';
import { mentionForms } from '../../src/audit/marks.js';
import { all, attrOf, dom, nth, one, text } from './dom.js';

const SEED = 'fixtures/text/awc-2024-seoul.txt';
const SEED_HEADLINE = '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막';

function quotesOf(html: string) {
  return all(dom(html), '[data-gisa="quote"]').map((q) => [attrOf(q, 'id'), attrOf(q, 'data-speaker'), attrOf(q, 'data-kind'), attrOf(q, 'data-confidence')]);
}

describe('the page of the seed article', () => {
  const html = renderAudit(readFileSync(SEED), { name: 'awc-2024-seoul.txt' });
  const page = dom(html);

  it('marks the headline, section, subheadings, stamp, captions and credits with their exact text', () => {
    expect(text(one(page, '[data-gisa="headline"]'))).toBe(SEED_HEADLINE);
    expect(one(page, '[data-gisa="headline"]').name).toBe('h1');
    expect(all(page, '[data-gisa="section"]').map(text)).toEqual(['포커스']);
    expect(all(page, '[data-gisa="subheading"]').map(text)).toEqual([
      '초거대 AI + 의료 주제, 카카오헬스케어·네이버·AWS 참여',
      '허성욱 NIPA 원장 “초거대 AI가 우리 삶 전반에 활용되도록 지원할 것”',
    ]);
    const stamp = one(page, '[data-gisa="stamp"]');
    expect([text(stamp), attrOf(stamp, 'datetime'), attrOf(stamp, 'data-kind')]).toEqual(['2024.06.13 14:36', '2024-06-13T14:36:00+09:00', 'published']);
    expect(all(page, '[data-gisa="caption"]').map(text)[0]).toBe("초거대 AI와 의료를 주제로 한 'AWC 서울'이 13일 누리꿈스퀘어 국제회의장에서 열렸다.");
    expect(all(page, '[data-gisa="credit"]').map(text)).toEqual(['김동원 기자', '김동원 기자', '김동원 기자']);
  });

  it('marks all 11 quotes with their speaker, kind and confidence, in document order', () => {
    expect(quotesOf(html)).toEqual([
      // The subheading quote is named by its deck (0.85); body quotes with their subject 0.9,
      // the subjectless ones that go on right after (`이어 “…”`, `“…”며`) 1.
      ['q0', '허성욱', 'person', '0.85'],
      ['q1', '허성욱', 'person', '0.9'],
      ['q2', '허성욱', 'person', '0.9'],
      ['q3', '허성욱', 'person', '1'],
      ['q4', '허성욱', 'person', '1'],
      ['q5', '김영수', 'person', '0.9'],
      ['q6', '김영수', 'person', '0.9'],
      ['q7', '김영수', 'person', '1'],
      ['q8', '김영수', 'person', '1'],
      ['q9', '황민수', 'person', '0.9'],
      ['q10', '황민수', 'person', '0.9'],
    ]);
    // The quote in the deck sits inside the subheading; a body quote takes its marks in.
    expect(attrOf(one(page, '[data-gisa="subheading"] [data-gisa="quote"]'), 'id')).toBe('q0');
    expect(text(one(page, '#q1'))).toBe('“요즘 뉴스나 인공지능 동향을 살펴보면, 하루가 다르게 기술이 변화하고 있다는 점을 느낀다”');
    expect(all(page, '#p4 > [data-gisa="quote"]').map((q) => attrOf(q, 'id'))).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('gives each speaker one colour and lists it in the legend', () => {
    const colours = all(page, '[data-gisa="quote"]').map((q) => attrOf(q, 'class'));
    expect(colours).toEqual(['s0', 's0', 's0', 's0', 's0', 's1', 's1', 's1', 's1', 's2', 's2']);
    expect(all(page, '.legend li').map(text)).toEqual([
      ' 허성욱 (NIPA 원장) · person · 5 quotes',
      ' 김영수 (디지틀조선일보 대표) · person · 4 quotes',
      ' 황민수 (THE AI 대표) · person · 2 quotes',
    ]);
  });

  it("links the speaker's mention to the quotes it introduces", () => {
    const mentions = all(page, '[data-gisa="speaker-mention"]').map((m) => [text(m), attrOf(m, 'href'), attrOf(m, 'data-quotes')]);
    expect(mentions).toEqual([
      ['허성욱', '#q0', 'q0'],
      ['허성욱', '#q1', 'q1 q2 q3 q4'],
      ['김영수', '#q5', 'q5 q6 q7 q8'],
      ['황민수', '#q9', 'q9 q10'],
    ]);
    expect(attrOf(one(page, '#q3'), 'data-mention')).toBe('m1');
  });

  it('shows the fields, a quotes table and the warnings in the side panel', () => {
    const fields = Object.fromEntries(all(page, 'aside table.fields tr').map((r) => [text(one(r, 'th')), text(one(r, 'td'))]));
    expect(fields.publishedAt).toBe('2024-06-13T14:36:00+09:00 (from “기사입력 2024.06.13 14:36”)');
    expect(fields['source.format']).toBe('text');
    expect(fields['source.charset']).toBe('utf-8');
    expect(fields.modifiedAt).toBe('null');
    const rows = all(page, 'aside table.quotes tbody tr');
    expect(rows).toHaveLength(11);
    expect(all(nth(rows, 1), 'td').map(text)).toEqual([
      'q1',
      '요즘 뉴스나 인공지능 동향을 살펴보면, 하루가 다르게 기술이 변화하고 있다는 점을 느낀다',
      ' 허성욱',
      'NIPA 원장',
      'person',
      '0.9',
      '말했다',
      'body ¶4',
    ]);
    expect(text(one(page, 'aside')).includes('Warnings')).toBe(true);
    expect(all(page, 'aside .warnings li')).toHaveLength(0);
  });

  it('forbids loading and scripts in a policy that comes right after the charset', () => {
    const metas = all(page, 'head meta');
    expect(attrOf(nth(metas, 0), 'charset')).toBe('utf-8');
    expect(attrOf(nth(metas, 1), 'http-equiv')).toBe('Content-Security-Policy');
    expect(attrOf(nth(metas, 1), 'content')).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; base-uri 'none'; form-action 'none'$/);
    expect(all(page, 'script, img, link, iframe, object, embed, [style], [src]')).toHaveLength(0);
  });
});

describe('attribution a reader should check', () => {
  it(`marks quotes below confidence ${LOW_CONFIDENCE} and those without a speaker`, () => {
    const html = renderAudit(readFileSync('fixtures/text/economy-027.txt'));
    const low = all(dom(html), '[data-gisa="quote"].low').map((q) => [attrOf(q, 'id'), attrOf(q, 'data-speaker'), attrOf(q, 'data-kind'), attrOf(q, 'data-confidence')]);
    expect(low).toEqual([['q5', '?', 'none', '0']]);
    // Three quotes of the headline, all inside it, by the speaker named in the body.
    const headline = one(dom(html), '[data-gisa="headline"]');
    expect(all(headline, '[data-gisa="quote"]').map((q) => [attrOf(q, 'id'), attrOf(q, 'data-speaker')])).toEqual([
      ['q0', '팀 쿡'],
      ['q1', '팀 쿡'],
      ['q2', '팀 쿡'],
    ]);
    expect(text(headline)).toBe('“한국 시장, 매우 활기차” “창의적인 사람 많은 한국” “한국 고객 더 잘 모시고 싶다”');
  });

  it('finds the mention in the last sentence of the paragraph before when the quote says only 그는', () => {
    const page = dom(renderAudit(readFileSync('fixtures/text/economy-029.txt')));
    const mention = one(page, '#p0 [data-gisa="speaker-mention"]');
    expect([text(mention), attrOf(mention, 'href'), attrOf(mention, 'data-quotes')]).toEqual(['김 상무', '#q0', 'q0 q1']);
  });

  it('nests a quote cited inside a longer quote (a broadcast turn)', () => {
    const html = renderAudit(readFileSync('fixtures/html/sbs-N1007161671.html'));
    const article = parseArticle(readFileSync('fixtures/html/sbs-N1007161671.html'));
    const page = dom(html);
    expect(all(page, '[data-gisa="quote"]')).toHaveLength(article.quotes.length);
    const inner = all(page, '[data-gisa="quote"] [data-gisa="quote"]').map((q) => text(q));
    expect(inner).toContain('"우크라이나에 대한 군사적 지원을 할 수도 있다."');
  });

  it('lists a quote whose words are not in its paragraph instead of dropping it', () => {
    const article = parseArticle(readFileSync(SEED));
    const changed: Article = { ...article, quotes: article.quotes.map((q, i) => (i === 5 ? { ...q, text: '본문에 없는 말' } : q)) };
    const page = dom(renderArticleAudit(changed));
    expect(all(page, '[data-gisa="quote"]')).toHaveLength(11);
    expect(all(page, 'li [data-gisa="quote"]').map((q) => [attrOf(q, 'id'), text(q)])).toEqual([['q5', '본문에 없는 말']]);
  });

  it('knows a person by name, role and surname with title', () => {
    expect(mentionForms({ name: '허성욱', role: 'NIPA 원장', organization: 'NIPA', title: '원장', kind: 'person' })).toEqual(['허성욱', 'NIPA 원장', '허 원장']);
    expect(mentionForms({ name: '이재명', role: '더불어민주당 대선 후보', organization: '더불어민주당', title: '대선 후보', kind: 'person' })).toEqual([
      '이재명',
      '더불어민주당 대선 후보',
      '이 후보',
    ]);
    expect(mentionForms({ name: null, role: '경찰 관계자', organization: '경찰', title: '관계자', kind: 'anonymous' })).toEqual(['경찰 관계자']);
    expect(mentionForms({ name: '도널드 트럼프', role: '미국 대통령', organization: '미국', title: '대통령', kind: 'person' })).toEqual(['도널드 트럼프', '미국 대통령']);
  });
});

describe('hostile input', () => {
  const page = [
    '<img src=x onerror="window.pwned=1"> 서울시 "새 노선" 발표',
    '',
    '김철수 서울시장은 "<script>window.pwned=2</script> 노선을 늘리겠다"고 말했다.',
    '',
    '관계자는 "</span></p><a href=javascript:alert(1)>클릭</a>"이라고 말했다.',
  ].join('\n');
  const article = parseArticle(page, { format: 'text' });
  const html = renderAudit(page, { format: 'text', name: '"><script>alert(1)</script>' });

  it('keeps every input string as text', () => {
    const doc = dom(html);
    expect(text(one(doc, '[data-gisa="headline"]'))).toBe(article.headline);
    expect(article.headline).toContain('<img src=x');
    expect(all(doc, 'img, script, [onerror], a[href^="javascript"]')).toHaveLength(0);
    expect(all(doc, '[data-gisa="quote"]').map(text).join(' ')).toContain('<script>window.pwned=2</script>');
    expect(text(one(doc, 'header'))).toContain('"><script>alert(1)</script>');
    expect(html).not.toMatch(/<script|<img|<a href=javascript/i);
  });
});
