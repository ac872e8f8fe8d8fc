/**
 * Unit tests of the CLI's parts, run from source: argument parsing, the glob matcher,
 * the line splitter, record handling, the batch loop's order and back-pressure, the
 * worker pool's timeout and crash recovery, and the progress and summary lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args.js';
import { runBatch } from '../src/cli/batch.js';
import { compileGlobs, expandBraces, matchSegment } from '../src/cli/glob.js';
import type { Item } from '../src/cli/inputs.js';
import { isBlank, splitLines, type Line } from '../src/cli/lines.js';
import { WorkerPool } from '../src/cli/pool.js';
import { clock, renderProgress, renderSummary, zeroCounts } from '../src/cli/progress.js';
import { failLine, leadingFields, runTask, type Outcome, type RecordConfig, type Task } from '../src/cli/records.js';
import { Sink } from '../src/cli/sink.js';

const enc = new TextEncoder();
const config: RecordConfig = { options: {}, fields: ['headline'], field: 'html' };

describe('parseArgs', () => {
  it('reads every option, inline or as the next argument', () => {
    const a = parseArgs(['a.html', '--jobs=3', '--shard', '2/5', '--fields', 'headline, publishedAt', '--glob', '*.md', '--glob=*.txt', '--unordered', '--field', 'body', '--timeout', '1.5', '--no-progress', '-o', 'x.jsonl', '--', '--odd-name']);
    expect(a).toMatchObject({
      files: ['a.html', '--odd-name'],
      jobs: 3,
      shard: { index: 2, count: 5 },
      fields: ['headline', 'publishedAt'],
      globs: ['*.md', '*.txt'],
      unordered: true,
      field: 'body',
      timeoutSeconds: 1.5,
      progress: false,
      out: 'x.jsonl',
    });
  });

  it('rejects bad values with a message naming the option', () => {
    expect(() => parseArgs(['--shard', '5/5'])).toThrow('--shard must be I/N with 0 <= I < N, not 5/5');
    expect(() => parseArgs(['--shard', '-1/2'])).toThrow('--shard must be I/N');
    expect(() => parseArgs(['--shard', '1/2/3'])).toThrow('--shard must be I/N');
    expect(() => parseArgs(['--jobs', '1.5'])).toThrow('--jobs must be a whole number >= 1, not 1.5');
    expect(() => parseArgs(['--fields', 'headline,text'])).toThrow(/^--fields takes Article fields \(headline, .*\), not text$/);
    expect(() => parseArgs(['--input', 'csv'])).toThrow('--input must be auto, file, jsonl, warc, not csv');
    expect(() => parseArgs(['--glob', '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}'])).toThrow('expands to more than 256 patterns');
    expect(() => parseArgs(['--out'])).toThrow('--out needs a value');
  });
});

describe('glob', () => {
  it('matches names with *, ?, classes and escapes', () => {
    expect(matchSegment('*.html', 'a.html')).toBe(true);
    expect(matchSegment('*.html', 'a.htm')).toBe(false);
    expect(matchSegment('a?c', 'abc')).toBe(true);
    expect(matchSegment('[a-c]x', 'bx')).toBe(true);
    expect(matchSegment('[!a-c]x', 'bx')).toBe(false);
    expect(matchSegment('\\*x', '*x')).toBe(true);
    expect(matchSegment('\\*x', 'ax')).toBe(false);
    expect(matchSegment('[ab', '[ab')).toBe(true);
    expect(matchSegment('*a*b*c', 'xxaxxbxxc')).toBe(true);
  });

  it('expands braces in order, nested too', () => {
    expect(expandBraces('*.{html,htm}')).toEqual(['*.html', '*.htm']);
    expect(expandBraces('{a,b{c,d}}x')).toEqual(['ax', 'bcx', 'bdx']);
    expect(expandBraces('{single}')).toEqual(['{single}']);
  });

  it('matches a name at any depth, or a path with ** spanning directories', () => {
    const byName = compileGlobs(['*.txt']);
    expect(['x.txt', 'a/b/x.txt', 'a/x.md'].map(byName)).toEqual([true, true, false]);
    const byPath = compileGlobs(['2024/**/*.html']);
    expect(['2024/a.html', '2024/06/13/a.html', '2023/a.html', 'x/2024/a.html'].map(byPath)).toEqual([true, true, false, false]);
  });

  it('stays fast on a pattern that makes regex engines backtrack', () => {
    // 30 stars against 5,000 a's without the final b: quadratic at worst, never exponential.
    expect(matchSegment(`${'*a'.repeat(30)}b`, 'a'.repeat(5000))).toBe(false);
  });
});

async function lines(chunks: string[], max = 100): Promise<Array<[number, string | null]>> {
  async function* source() {
    for (const c of chunks) yield enc.encode(c);
  }
  const out: Line[] = [];
  for await (const line of splitLines(source(), max)) out.push(line);
  return out.map((l) => [l.number, l.bytes ? new TextDecoder().decode(l.bytes) : null]);
}

describe('splitLines', () => {
  it('splits across chunk borders, strips \\r, keeps a last line without newline', async () => {
    expect(await lines(['ab', 'c\r\nd', 'e\n\nf'])).toEqual([
      [1, 'abc'],
      [2, 'de'],
      [3, ''],
      [4, 'f'],
    ]);
  });

  it('drops a line longer than the limit as it streams, and goes on', async () => {
    expect(await lines(['12345', '67890', '1\nok\n', 'x'.repeat(20)], 10)).toEqual([
      [1, null],
      [2, 'ok'],
      [3, null],
    ]);
  });

  it('gives each line its own buffer, so it can be transferred', async () => {
    async function* source() {
      yield enc.encode('a\nbb\n');
    }
    for await (const line of splitLines(source(), 10)) expect(line.bytes?.buffer.byteLength).toBe(line.bytes?.byteLength);
  });

  it('tells blank lines', () => {
    expect([' \t\r', '', ' {}'].map((s) => isBlank(enc.encode(s)))).toEqual([true, true, false]);
  });
});

describe('leadingFields', () => {
  it('names a record by the scalar fields before its content', () => {
    expect({ ...leadingFields('{"id": 7, "url": "https://x/\\"7", "ok": true, "html": "<html>… cut', 'html') }).toEqual({ id: 7, url: 'https://x/"7', ok: true });
    expect({ ...leadingFields('{"meta": {"a": 1}, "id": 2', 'html') }).toEqual({});
    expect({ ...leadingFields('[1, 2', 'html') }).toEqual({});
  });
});

describe('runTask', () => {
  const line = (text: string, n = 1): Task => ({ kind: 'line', file: 'in.jsonl', line: n, bytes: enc.encode(text) });

  it('puts the article where the content field was', () => {
    const out = runTask(line(JSON.stringify({ a: 1, html: '서울시, 새 버스 노선 발표\n\n본문이다.', z: 2 })), config);
    expect(out).toEqual({ ok: true, out: '{"a":1,"article":{"headline":"서울시, 새 버스 노선 발표"},"z":2}' });
  });

  it('lets its own article or error key win over a record key of that name', () => {
    const out = runTask(line(JSON.stringify({ error: 'old', html: '' })), config);
    expect(JSON.parse(out.out)).toEqual({ error: { code: 'EMPTY_INPUT', message: expect.any(String) } });
  });

  it('reports the line of a line that is not a JSON object', () => {
    expect(runTask(line('null', 9), config)).toEqual({
      ok: false,
      out: '{"file":"in.jsonl","line":9,"error":{"code":"INVALID_RECORD","message":"line 9 is JSON but not an object"}}',
    });
  });

  it('tells the record\'s identifying fields, without its content, before parsing it', () => {
    const heard: Array<Record<string, unknown>> = [];
    runTask(line(JSON.stringify({ id: 7, url: 'https://x/7', html: '제목\n\n본문.', tags: ['a'], note: 'n'.repeat(3000) })), config, (f) => heard.push({ ...f }));
    expect(heard).toEqual([{ id: 7, url: 'https://x/7' }]);
  });

  it('drops a header charset the runtime cannot decode instead of failing the record', () => {
    const task: Task = { kind: 'doc', meta: { url: 'u' }, bytes: enc.encode('제목\n\n본문.'), url: 'https://x/1', charset: 'x-no-such' };
    expect(runTask(task, config)).toEqual({ ok: true, out: '{"url":"u","article":{"headline":"제목"}}' });
  });

  it('keeps a record key named __proto__ as a plain key', () => {
    const out = runTask(line('{"__proto__":{"x":1},"id":7,"html":""}'), config);
    expect(JSON.parse(out.out)).toEqual({ ['__proto__']: { x: 1 }, id: 7, error: { code: 'EMPTY_INPUT', message: expect.any(String) } });
    expect(Object.keys(JSON.parse(out.out))).toEqual(['__proto__', 'id', 'error']);
  });
});

function collect(): { sink: Sink; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { sink: new Sink(stream), text: () => text };
}

describe('runBatch', () => {
  const task = (n: number): Task => ({ kind: 'line', file: 'in.jsonl', line: n, bytes: new Uint8Array(10) });

  it('writes in input order even when later records finish first', async () => {
    async function* items(): AsyncGenerator<Item> {
      for (let n = 0; n < 20; n += 1) yield n === 7 ? { outcome: { ok: false, out: 'bad 7' } } : { task: task(n) };
    }
    // Earlier records take longer, so they finish last.
    const pool = { run: (t: Task) => new Promise<Outcome>((r) => setTimeout(() => r({ ok: true, out: `ok ${t.kind === 'line' ? t.line : ''}` }), 40 - 2 * (t as { line: number }).line)) };
    const { sink, text } = collect();
    const counts = zeroCounts(null);
    await runBatch(items(), pool, sink, counts, { ordered: true, maxInFlight: 8, maxInFlightBytes: 1e9 });
    expect(text().trim().split('\n')).toEqual(Array.from({ length: 20 }, (_, n) => (n === 7 ? 'bad 7' : `ok ${n}`)));
    expect(counts).toMatchObject({ records: 20, ok: 19, failed: 1 });
  });

  it('counts progress by the records written, not the bytes read ahead', async () => {
    const counts = zeroCounts(1000);
    async function* items(): AsyncGenerator<Item> {
      for (let n = 0; n < 10; n += 1) {
        counts.bytesRead += 100;
        yield { task: task(n) };
      }
    }
    const held: Array<() => void> = [];
    const pool = { run: () => new Promise<Outcome>((r) => held.push(() => r({ ok: true, out: 'x' }))) };
    const { sink } = collect();
    const run = runBatch(items(), pool, sink, counts, { ordered: true, maxInFlight: 10, maxInFlightBytes: 1e9 });
    await new Promise((r) => setTimeout(r, 30));
    expect([counts.bytesRead, counts.bytesDone]).toEqual([1000, 0]);
    held.splice(0, 3).forEach((release) => release());
    await new Promise((r) => setTimeout(r, 30));
    expect([counts.records, counts.bytesDone]).toEqual([3, 300]);
    held.splice(0).forEach((release) => release());
    await run;
    expect([counts.records, counts.bytesDone]).toEqual([10, 1000]);
  });

  it('reads no further than the window while records are in flight (back-pressure)', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Item> {
      for (let n = 0; n < 1e9; n += 1) {
        pulled += 1;
        yield { task: task(n) };
      }
    }
    const held: Array<() => void> = [];
    const pool = { run: () => new Promise<Outcome>((r) => held.push(() => r({ ok: true, out: 'x' }))) };
    const { sink } = collect();
    const it = endless();
    const run = runBatch(it, pool, sink, zeroCounts(null), { ordered: true, maxInFlight: 5, maxInFlightBytes: 1e9 });
    await new Promise((r) => setTimeout(r, 30));
    expect([pulled, held.length]).toEqual([5, 5]);
    held.splice(0, 2).forEach((release) => release());
    await new Promise((r) => setTimeout(r, 30));
    expect([pulled, held.length]).toEqual([7, 5]);
    // Stop the endless source so the loop can finish.
    await it.return(undefined);
    held.forEach((release) => release());
    await run;
  });

  it('bounds the bytes in flight too, but always lets one record through', async () => {
    let pulled = 0;
    async function* big(): AsyncGenerator<Item> {
      for (let n = 0; n < 3; n += 1) {
        pulled += 1;
        yield { task: { kind: 'line', file: 'in.jsonl', line: n, bytes: new Uint8Array(100) } };
      }
    }
    const held: Array<() => void> = [];
    const pool = { run: () => new Promise<Outcome>((r) => held.push(() => r({ ok: true, out: 'x' }))) };
    const run = runBatch(big(), pool, collect().sink, zeroCounts(null), { ordered: false, maxInFlight: 10, maxInFlightBytes: 50 });
    await new Promise((r) => setTimeout(r, 20));
    expect(pulled).toBe(1);
    for (let i = 0; i < 3; i += 1) {
      held.shift()?.();
      await new Promise((r) => setTimeout(r, 10));
    }
    await run;
    expect(pulled).toBe(3);
  });
});

describe('WorkerPool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gisa-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // A stand-in worker: line 2 never finishes, line 3 kills its thread, others echo.
  const script = join(dir, 'worker.mjs');
  writeFileSync(
    script,
    `import { parentPort } from 'node:worker_threads';
     parentPort.on('message', (t) => {
       parentPort.postMessage({ fields: { id: 'record-' + t.line } });
       if (t.line === 2) for (;;) {}
       if (t.line === 3) process.exit(3);
       parentPort.postMessage({ ok: true, out: 'line ' + t.line + ' of ' + t.bytes.byteLength });
     });`,
  );

  it('answers every task: a hung one with TIMEOUT, a crashed one with WORKER_CRASHED, the rest normally', async () => {
    const pool = new WorkerPool({
      size: 2,
      workerUrl: pathToFileURL(script),
      config,
      timeoutMs: 300,
      fail: (t, code, message, fields) => failLine(t.kind === 'line' ? t.file : '', t.kind === 'line' ? t.line : 0, { code, message }, fields),
    });
    const results = await Promise.all([1, 2, 3, 4, 5].map((line) => pool.run({ kind: 'line', file: 'in.jsonl', line, bytes: new Uint8Array(line) })));
    await pool.close();
    // A real worker answers in bytes; the pool's own failures are text.
    const text = (o: Outcome | undefined) => (o === undefined ? '' : typeof o.out === 'string' ? o.out : new TextDecoder().decode(o.out));
    expect(results.map((r) => (r.ok ? text(r) : JSON.parse(text(r)).error.code))).toEqual(['line 1 of 1', 'TIMEOUT', 'WORKER_CRASHED', 'line 4 of 4', 'line 5 of 5']);
    expect(JSON.parse(text(results[1]))).toEqual({
      file: 'in.jsonl',
      line: 2,
      id: 'record-2',
      error: { code: 'TIMEOUT', message: 'parsing took longer than 0.3 s; the record was abandoned' },
    });
    expect(JSON.parse(text(results[2]))).toMatchObject({ file: 'in.jsonl', line: 3, id: 'record-3', error: { code: 'WORKER_CRASHED' } });
  });
});

describe('WorkerPool.close', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gisa-stuck-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Stuck in native code, where terminate() cannot reach: String.prototype.normalize on a
  // run of combining marks whose classes alternate is quadratic (a few seconds here).
  const script = join(dir, 'stuck.mjs');
  writeFileSync(
    script,
    `import { parentPort } from 'node:worker_threads';
     parentPort.on('message', () => {
       parentPort.postMessage({ fields: { id: 'stuck' } });
       ('가' + '\\u0316\\u0301'.repeat(30000)).normalize('NFC');
       parentPort.postMessage({ ok: true, out: 'done' });
     });`,
  );

  it('says when a timed-out worker stuck in native code has not ended, instead of waiting for it', async () => {
    const pool = new WorkerPool({
      size: 1,
      workerUrl: pathToFileURL(script),
      config,
      timeoutMs: 200,
      fail: (t, code, message, fields) => failLine(t.kind === 'line' ? t.file : '', 0, { code, message }, fields),
    });
    const outcome = await pool.run({ kind: 'line', file: 'in.jsonl', line: 1, bytes: new Uint8Array(1) });
    expect(JSON.parse(outcome.out as string)).toMatchObject({ id: 'stuck', error: { code: 'TIMEOUT' } });
    expect(await pool.close(100)).toBe(false);
  });
});

describe('progress and summary', () => {
  it('shows count, failures and rate, and share and ETA when the size is known', () => {
    // Read 900 bytes ahead, but records are parsed only up to byte 250: the bar shows 25%.
    const c = { ...zeroCounts(1000), records: 1234, failed: 5, bytesRead: 900, bytesDone: 250 };
    expect(renderProgress(c, 10)).toBe('[#####---------------] 25.0%  1,234 records  5 failed  123/s  ETA 0:30');
    expect(renderProgress({ ...zeroCounts(1000), records: 1, bytesRead: 1000 }, 1)).toBe('[--------------------] 0.0%  1 record  0 failed  1/s');
    expect(renderProgress({ ...c, bytesTotal: null }, 10)).toBe('1,234 records  5 failed  123/s');
  });

  it('formats durations and the summary line', () => {
    expect([clock(7), clock(125), clock(3723)]).toEqual(['0:07', '2:05', '1:02:03']);
    const c = { ...zeroCounts(null), records: 3, ok: 2, failed: 1, skipped: 4 };
    expect(renderSummary(c, 1.5, 2.25, 200 * 1024 * 1024)).toBe('gisa: 3 records, 2 ok, 1 failed, 4 skipped (not HTML 2xx WARC responses) in 1.5 s (2.0 records/s, CPU 2.3 s, peak RSS 200 MiB)');
  });
});
