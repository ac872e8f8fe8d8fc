/**
 * Per-page speed and accuracy of every contender on the gold-labelled HTML fixtures.
 * Each contender runs in its own worker thread (its own heap); rounds are interleaved
 * (each round runs every contender once over all pages), so a noisy stretch of the
 * machine hits everyone alike; the reported time is the median round. Accuracy comes from the first, untimed round, scored as `npm run eval` does:
 * headline exact after NFC and space folding, publishedAt at minute precision.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { findFixtures } from '../lib/fixtures.js';
import { norm } from '../lib/score.js';
import { CONTENDERS, type Contender, type Found } from './contenders.js';
import { median } from './stats.js';
import type { PassReply, PassRequest } from './page-worker.js';

/** One contender's result over all pages. */
export interface PageResult {
  name: string;
  scored: boolean;
  msPerPage: number;
  headline: { right: number; total: number };
  publishedAt: { right: number; total: number };
  /** Pages on which the contender threw (counted as finding nothing). */
  crashes: number;
}

interface Page {
  html: string;
  headline: string | null | undefined;
  published: string | null | undefined;
}

/** The HTML fixtures that have gold values. */
export function loadPages(root = 'fixtures/html'): Page[] {
  return findFixtures(root)
    .filter((f) => f.format === 'html')
    .map((f) => ({ html: readFileSync(f.input, 'utf8'), headline: f.gold.headline, published: f.gold.published }));
}

function minute(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor(t / 60000);
}

/** A contender running in its own worker thread; `pass` runs it once over every page. */
class Runner {
  private readonly worker: Worker;

  constructor(readonly contender: Contender, pages: readonly Page[]) {
    this.worker = new Worker(new URL('./page-worker.mjs', import.meta.url), {
      workerData: { name: contender.name, pages: pages.map((p) => p.html) },
    });
  }

  pass(keep: boolean): Promise<PassReply> {
    return new Promise((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
      this.worker.postMessage({ keep } satisfies PassRequest);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

function score(c: Contender, pages: readonly Page[], found: readonly Found[], crashes: number, times: number[]): PageResult {
  const headline = { right: 0, total: 0 };
  const publishedAt = { right: 0, total: 0 };
  pages.forEach((page, i) => {
    const f = found[i] as Found;
    if (page.headline !== undefined) {
      headline.total += 1;
      if (norm(page.headline) === norm(f.headline)) headline.right += 1;
    }
    if (page.published !== undefined) {
      publishedAt.total += 1;
      if (minute(page.published) === minute(f.publishedAt)) publishedAt.right += 1;
    }
  });
  return { name: c.name, scored: c.scored, msPerPage: median(times) / pages.length, headline, publishedAt, crashes };
}

/** Times every contender over `pages`, `rounds` timed rounds after one warm-up round. */
export async function benchPages(pages: readonly Page[], rounds: number, log: (line: string) => void): Promise<PageResult[]> {
  const runners = CONTENDERS.map((c) => new Runner(c, pages));
  try {
    const found = new Map<string, Found[]>();
    const crashes = new Map<string, number>();
    for (const r of runners) {
      const reply = await r.pass(true);
      crashes.set(r.contender.name, reply.crashes);
      found.set(r.contender.name, reply.found ?? []);
    }
    const times = new Map<string, number[]>(CONTENDERS.map((c) => [c.name, []]));
    for (let round = 1; round <= rounds; round += 1) {
      for (const r of runners) times.get(r.contender.name)?.push((await r.pass(false)).ms);
      log(`  page round ${round}/${rounds} done`);
    }
    return CONTENDERS.map((c) => score(c, pages, found.get(c.name) ?? [], crashes.get(c.name) ?? 0, times.get(c.name) ?? []));
  } finally {
    await Promise.all(runners.map((r) => r.close()));
  }
}
