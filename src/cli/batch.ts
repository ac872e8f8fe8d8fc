/**
 * The batch loop: pulls records from the inputs, runs them on the worker pool, and
 * writes one output line per record, in input order unless `unordered`.
 *
 * Memory stays bounded however large the input: a record counts as in flight from the
 * moment it is read until its line is handed to the output, and no new record is read
 * while `maxInFlight` records or `maxInFlightBytes` bytes are in flight or while the
 * output is not draining.
 */
import type { Item } from './inputs.js';
import type { WorkerPool } from './pool.js';
import type { Counts } from './progress.js';
import type { Outcome } from './records.js';
import type { Sink } from './sink.js';

/** Limits and order of a {@link runBatch} call. */
export interface BatchOptions {
  ordered: boolean;
  maxInFlight: number;
  maxInFlightBytes: number;
}

/** Runs every item to one line in `sink`, tallying `counts`. Resolves when all lines are written. */
export async function runBatch(items: AsyncIterator<Item>, pool: Pick<WorkerPool, 'run'>, sink: Sink, counts: Counts, options: BatchOptions): Promise<void> {
  const done = new Map<number, Outcome & { size: number; readTo: number }>();
  let nextRead = 0;
  let nextWrite = 0;
  let inFlight = 0;
  let inFlightBytes = 0;
  let wake: (() => void) | null = null;

  const emit = (outcome: Outcome, size: number, readTo: number) => {
    sink.write(outcome.out);
    counts.records += 1;
    // The progress bar's share: input bytes up to the end of the last record written.
    counts.bytesDone = Math.max(counts.bytesDone, readTo);
    if (outcome.ok) counts.ok += 1;
    else counts.failed += 1;
    inFlight -= 1;
    inFlightBytes -= size;
  };
  const finish = (seq: number, outcome: Outcome, size: number, readTo: number) => {
    if (!options.ordered) emit(outcome, size, readTo);
    else {
      done.set(seq, { ...outcome, size, readTo });
      // Bounded by the window: at most maxInFlight entries wait here.
      for (let head = done.get(nextWrite); head; head = done.get(nextWrite)) {
        done.delete(nextWrite);
        nextWrite += 1;
        emit(head, head.size, head.readTo);
      }
    }
    wake?.();
  };
  const roomLeft = () => inFlight === 0 || (inFlight < options.maxInFlight && inFlightBytes < options.maxInFlightBytes);

  for (;;) {
    while (!roomLeft()) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    await sink.ready();
    const next = await items.next();
    if (next.done) break;
    const item = next.value;
    const seq = nextRead++;
    const size = item.task?.bytes.byteLength ?? 0;
    const readTo = counts.bytesRead;
    inFlight += 1;
    inFlightBytes += size;
    if (item.outcome) finish(seq, item.outcome, size, readTo);
    else void pool.run(item.task).then((outcome) => finish(seq, outcome, size, readTo));
  }
  while (inFlight > 0) await new Promise<void>((resolve) => (wake = resolve));
  await sink.finish();
}
