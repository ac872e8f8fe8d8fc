/**
 * The audit pages in a real browser: Debian's Chromium, driven by playwright-core, opens
 * the pages `gisa audit` wrote for fixtures of every format and several outlets and checks
 * from the rendered DOM that every quote is marked, the headline is exact, the style sheet
 * and the sort script pass the page's policy, and no request leaves the page. Screenshots
 * go to test-artifacts/audit/ (not in git).
 *
 * Outside CI the test is skipped when /usr/bin/chromium is missing (`.ci/run` installs
 * it); under CI (CI=true) it always runs, so a missing browser fails it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../src/index.js';
import { ensureBuilt } from '../helpers/build.js';
import { distinctColours, readPng } from '../helpers/png.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts/audit';
const present = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
const skip = !present && !inCi;
if (skip) console.warn(`audit browser test skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`);

/** Fixtures of the three formats from six outlets, and one hostile page written below. */
const FIXTURES = [
  'fixtures/text/awc-2024-seoul.txt',
  'fixtures/text/economy-027.txt',
  'fixtures/html/hankookilbo-A2026071220290000630.html',
  'fixtures/html/mbc-6470713.html',
  'fixtures/html/sbs-N1007161671.html',
  'fixtures/markdown/crawler/naver-032-0002915741.md',
  'fixtures/markdown/reader/yonhapnewstv-MYH20230420009000641.md',
];
const HOSTILE = [
  '<img src="http://127.0.0.1:9/h.png" onerror="window.pwned=1"> 서울시 "새 노선" 발표',
  '',
  '김철수 서울시장은 "<script>window.pwned=2</script> 노선을 늘리겠다"고 말했다.',
  '',
  '관계자는 "<link rel=stylesheet href=http://127.0.0.1:9/x.css>"라고 말했다.',
].join('\n');

/** Fewer colours than this is a blank or flat page; a rendered article page has thousands (antialiased text). */
const MIN_COLOURS = 256;

let work: string;
let context: BrowserContext;

/** Opens a page and records every request that leaves it, and every console error. */
async function open(url: string): Promise<{ page: Page; requests: string[]; failed: string[]; errors: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => {
    const target = r.url();
    if (!/^(data|about):/.test(target) && target !== url) requests.push(target);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, failed, errors };
}

async function screenshot(page: Page, name: string): Promise<number> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return distinctColours(readPng(readFileSync(path)));
}

describe.skipIf(skip)('audit pages in Chromium', () => {
  beforeAll(async () => {
    ensureBuilt();
    work = mkdtempSync(join(tmpdir(), 'gisa-audit-'));
    writeFileSync(join(work, 'hostile.txt'), HOSTILE);
    const run = spawnSync(process.execPath, ['dist/cli.js', 'audit', ...FIXTURES, join(work, 'hostile.txt'), '--out', join(work, 'out')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`gisa audit failed: ${run.stderr}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const pageUrl = (file: string) => pathToFileURL(resolve(work, 'out', `${basename(file, extname(file))}.html`)).href;

  it.each(FIXTURES)('%s: every quote marked, the exact headline, styled, nothing loaded', async (fixture) => {
    const article: Article = parseArticle(readFileSync(fixture));
    const { page, requests, errors } = await open(pageUrl(fixture));
    const seen = await page.evaluate(() => {
      const quotes = Array.from(document.querySelectorAll('[data-gisa="quote"]'));
      const mentions = Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-gisa="speaker-mention"]'));
      return {
        quotes: quotes.length,
        speakers: quotes.map((q) => q.getAttribute('data-speaker')),
        headline: document.querySelector('[data-gisa="headline"]')?.textContent ?? null,
        // The style sheet applies only if the policy's hash matches it.
        background: quotes[0] ? getComputedStyle(quotes[0]).backgroundColor : null,
        mentionTargets: mentions.map((m) => document.getElementById(m.hash.slice(1))?.getAttribute('data-gisa') ?? null),
      };
    });
    expect(seen.quotes).toBe(article.quotes.length);
    expect(seen.speakers).toEqual(article.quotes.map((q) => q.speaker?.name ?? q.speaker?.role ?? '?'));
    expect(seen.headline).toBe(article.headline);
    if (article.quotes.length) expect(seen.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(seen.mentionTargets.every((t) => t === 'quote')).toBe(true);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await screenshot(page, basename(fixture, extname(fixture)))).toBeGreaterThan(MIN_COLOURS);
    await page.close();
  });

  it('keeps hostile text as text: no script runs, nothing loads', async () => {
    const article = parseArticle(HOSTILE);
    const { page, requests } = await open(pageUrl('hostile.txt'));
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      headline: document.querySelector('[data-gisa="headline"]')?.textContent ?? null,
      elements: document.querySelectorAll('body img, body script, body link').length,
    }));
    expect(seen).toEqual({ pwned: null, headline: article.headline, elements: 0 });
    expect(article.headline).toContain('<img src="http://127.0.0.1:9/h.png"');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('sorts the index by a column with its own script, linking every page', async () => {
    const { page, requests, errors } = await open(pathToFileURL(resolve(work, 'out', 'index.html')).href);
    const quoteCounts = () => page.$$eval('tbody tr', (rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[3]?.textContent)));
    const expected = [...FIXTURES, HOSTILE].map((f) => parseArticle(f === HOSTILE ? f : readFileSync(f)).quotes.length);
    expect(await quoteCounts()).toEqual(expected);
    expect(await page.$$eval('tbody a', (links) => links.length)).toBe(FIXTURES.length + 1);
    await page.click('th:nth-child(4) button');
    expect(await quoteCounts()).toEqual([...expected].sort((a, b) => a - b));
    await page.click('th:nth-child(4) button');
    expect(await quoteCounts()).toEqual([...expected].sort((a, b) => b - a));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await screenshot(page, 'index')).toBeGreaterThan(MIN_COLOURS);
    await page.close();
  });

  // Chromium reports a request the policy blocks too, failed as blocked: the checks above,
  // which want no request at all, are stricter than "nothing loaded".
  it('sees a request an unguarded page makes, and the policy blocks it (the counter works)', async () => {
    const html = readFileSync(join(work, 'out', 'awc-2024-seoul.html'), 'utf8');
    const canary = '<img src="http://127.0.0.1:9/canary.png" alt="">';
    const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('<body>', `<body>${canary}`);
    const withPolicy = html.replace('<body>', `<body>${canary}`);
    writeFileSync(join(work, 'canary-open.html'), withoutPolicy);
    writeFileSync(join(work, 'canary-policy.html'), withPolicy);
    const open1 = await open(pathToFileURL(join(work, 'canary-open.html')).href);
    expect(open1.requests).toEqual(['http://127.0.0.1:9/canary.png']);
    const open2 = await open(pathToFileURL(join(work, 'canary-policy.html')).href);
    expect(open2.requests).toEqual(['http://127.0.0.1:9/canary.png']);
    expect(open2.failed).toEqual(['http://127.0.0.1:9/canary.png csp']);
    expect(open2.errors.join('\n')).toMatch(/Content Security Policy/);
    await open1.page.close();
    await open2.page.close();
  });
});
