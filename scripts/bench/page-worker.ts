/**
 * One contender of the page bench, in a worker thread of its own: its own V8 heap, so
 * jsdom's large retained heap and its garbage cannot slow the others' allocations (in a
 * shared heap they made htmlparser2's bare parse several times slower). The main thread
 * asks for one pass at a time, so rounds stay interleaved across contenders.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CONTENDERS, type Found } from './contenders.js';

/** What the main thread asks: one pass over the pages, keeping what was found or not. */
export interface PassRequest {
  keep: boolean;
}

/** One pass's answer. */
export interface PassReply {
  ms: number;
  crashes: number;
  found: Found[] | null;
}

const { name, pages } = workerData as { name: string; pages: string[] };
const contender = CONTENDERS.find((c) => c.name === name);
const port = parentPort;
if (!contender || !port) throw new Error(`page-worker: no contender named ${name}`);

port.on('message', async ({ keep }: PassRequest) => {
  const found: Found[] = [];
  let crashes = 0;
  const start = performance.now();
  for (const html of pages) {
    let r: Found = { headline: null, publishedAt: null };
    try {
      r = await contender.run(html);
    } catch {
      crashes += 1;
    }
    if (keep) found.push(r);
  }
  const reply: PassReply = { ms: performance.now() - start, crashes, found: keep ? found : null };
  port.postMessage(reply);
});
