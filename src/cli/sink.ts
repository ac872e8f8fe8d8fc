import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Lines are gathered up to this size before one write, to keep syscalls few. */
const BATCH_CHARS = 64 * 1024;

/**
 * Writes output lines to a stream in batches and reports back-pressure: while the
 * stream's buffer is full, {@link Sink.ready} waits for it to drain, and the reader stops
 * taking input until then.
 */
export class Sink {
  private batch: string[] = [];
  private batchChars = 0;
  private scheduled = false;
  private draining: Promise<void> | null = null;

  constructor(private readonly stream: Writable) {}

  /** Queues one line (without its newline). */
  write(line: string): void {
    this.batch.push(line, '\n');
    this.batchChars += line.length + 1;
    if (this.batchChars >= BATCH_CHARS) this.flush();
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
    const text = this.batch.join('');
    this.batch = [];
    this.batchChars = 0;
    if (!this.stream.write(text) && !this.draining) {
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
