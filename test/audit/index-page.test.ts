/** The batch index and the fixed assets its policy allows by hash. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { auditSummary, renderAuditIndex } from '../../src/audit/index.js';
import { SORT_SCRIPT, SORT_SCRIPT_HASH, STYLE, STYLE_HASH } from '../../src/audit/assets.js';
import { all, attrOf, dom, one, text } from './dom.js';

const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

describe('the assets', () => {
  it('are named in the policy by their real hashes (paste the printed one after an edit)', () => {
    expect(STYLE_HASH).toBe(sha256(STYLE));
    expect(SORT_SCRIPT_HASH).toBe(sha256(SORT_SCRIPT));
  });
});

describe('the index', () => {
  const seed = parseArticle(readFileSync('fixtures/text/awc-2024-seoul.txt'));
  const lowOnes = parseArticle(readFileSync('fixtures/text/economy-027.txt'));

  it('summarizes an article', () => {
    expect(auditSummary(seed)).toEqual({
      headline: '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막',
      publishedAt: '2024-06-13T14:36:00+09:00',
      quotes: 11,
      withSpeaker: 1,
      lowestConfidence: 0.85,
      warnings: [],
    });
    expect(auditSummary(lowOnes)).toMatchObject({ quotes: 12, withSpeaker: 11 / 12, lowestConfidence: 0 });
  });

  it('has one sortable row per input, linking to its page, failures with their error', () => {
    const html = renderAuditIndex([
      { name: 'awc-2024-seoul.txt', href: 'awc-2024-seoul.html', summary: auditSummary(seed), error: null },
      { name: 'empty.txt', href: null, summary: null, error: { code: 'EMPTY_INPUT', message: 'the input is empty' } },
      { name: 'economy-027.txt', href: 'economy-027.html', summary: auditSummary(lowOnes), error: null },
    ]);
    const page = dom(html);
    expect(text(one(page, 'h1'))).toBe('gisa audit: 3 inputs, 1 failed');
    expect(all(page, 'thead button').map(text)).toEqual(['input', 'headline', 'publishedAt', 'quotes', 'with speaker', 'lowest confidence', 'warnings']);
    const rows = all(page, 'tbody tr').map((r) => all(r, 'td').map(text));
    expect(rows).toEqual([
      ['awc-2024-seoul.txt', '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막', '2024-06-13T14:36:00+09:00', '11', '100%', '0.85', '0'],
      ['empty.txt', 'EMPTY_INPUT: the input is empty', '', '', '', '', ''],
      ['economy-027.txt', lowOnes.headline, '2025-09-14T00:00:00+09:00', '12', '92%', '0', '0'],
    ]);
    expect(all(page, 'tbody a').map((a) => attrOf(a, 'href'))).toEqual(['awc-2024-seoul.html', 'economy-027.html']);
    expect(all(page, 'tbody tr:first-child td').map((c) => attrOf(c, 'data-sort'))).toEqual([
      'awc-2024-seoul.txt',
      '“의료 AI, 초거대 가운을 입다”… AWC 2024 in Seoul 개막',
      '2024-06-13T14:36:00+09:00',
      '11',
      '1',
      '0.85',
      '0',
    ]);
    expect(attrOf(one(page, 'meta[http-equiv]'), 'content')).toBe(
      `default-src 'none'; style-src '${STYLE_HASH}'; script-src '${SORT_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`,
    );
    expect(all(page, 'script')).toHaveLength(1);
  });
});
