import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Lines are gathered up to this size before one write, to keep syscalls few. */
const BATCH_BYTES = 64 * 1024;
const NEWLINE = new Uint8Array([10]);
const encoder = new TextEncoder();

/**
 * Writes output lines to a stream in batches and reports back-pressure: while the
 * stream's buffer is full, {@link Sink.ready} waits for it to drain, and the reader stops
 * taking input until then.
 */
export class Sink {
  private batch: Uint8Array[] = [];
  private batchBytes = 0;
  private scheduled = false;
  private draining: Promise<void> | null = null;

  constructor(private readonly stream: Writable) {}

  /** Queues one line (without its newline), as text or as UTF-8 bytes. */
  write(line: string | Uint8Array): void {
    const bytes = typeof line === 'string' ? encoder.encode(line) : line;
    this.batch.push(bytes, NEWLINE);
    this.batchBytes += bytes.byteLength + 1;
    if (this.batchBytes >= BATCH_BYTES) this.flush();
    else if (!this.scheduled) {
      // Lines that finish in the same turn go out in one write.
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Resolves once the stream can take more. */
  ready(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  /** Writes what is queued and waits until the stream has taken it all. */
  async finish(): Promise<void> {
    this.flush();
    await this.ready();
  }

  private flush(): void {
    this.scheduled = false;
    if (this.batch.length === 0) return;
    const chunk = Buffer.concat(this.batch, this.batchBytes);
    this.batch = [];
    this.batchBytes = 0;
    if (!this.stream.write(chunk) && !this.draining) {
      this.draining = once(this.stream, 'drain').then(
        () => {
          this.draining = null;
        },
        () => {
          this.draining = null;
        },
      );
    }
  }
}
