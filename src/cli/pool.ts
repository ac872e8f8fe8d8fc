import { Worker } from 'node:worker_threads';
import { CLI_ERROR, type Outcome, type RecordConfig, type Task, type TextOutcome, type WorkerMessage } from './records.js';

/** Builds the output line for a task that never came back from its worker. */
export type FailTask = (task: Task, code: string, message: string, fields?: Record<string, unknown>) => TextOutcome;

interface Job {
  task: Task;
  resolve: (outcome: Outcome) => void;
  /** The record's identifying fields, once its worker has read them. */
  fields?: Record<string, unknown>;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** When the current job was posted; the watchdog compares it with the timeout. */
  since: number;
  /** Set once the slot's worker is being replaced, so its exit is not handled twice. */
  retired: boolean;
  /** Whether the worker thread has started; its start-up time is not the record's. */
  online: boolean;
}

/** Settings of a {@link WorkerPool}. */
export interface PoolOptions {
  size: number;
  workerUrl: URL;
  config: RecordConfig;
  /** Milliseconds one task may take before its worker is replaced; 0 for no limit. */
  timeoutMs: number;
  fail: FailTask;
}

/**
 * A fixed number of worker threads, each given one task at a time (a task's bytes are
 * transferred, not copied, so they cannot be re-sent: one in flight per worker means a
 * crash or timeout costs exactly that record). Every task resolves, never rejects: a
 * worker that crashes or exceeds the timeout resolves its task as a `WORKER_CRASHED` /
 * `TIMEOUT` error and is replaced. Workers start on demand, so a worker that cannot
 * start fails the tasks given to it instead of restarting forever.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly backlog: Job[] = [];
  /** Workers told to terminate that have not exited yet (stuck in native code, maybe). */
  private readonly ending = new Set<Promise<unknown>>();
  private readonly watchdog: NodeJS.Timeout | null;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    const { timeoutMs } = options;
    this.watchdog = timeoutMs > 0 ? setInterval(() => this.checkTimeouts(), Math.min(1000, timeoutMs)) : null;
    this.watchdog?.unref();
  }

  /** Runs one task on the next free worker. Transfers `task.bytes`. */
  run(task: Task): Promise<Outcome> {
    return new Promise((resolve) => {
      this.backlog.push({ task, resolve });
      this.dispatch();
    });
  }

  /**
   * Stops all workers, those replaced earlier included. Pending tasks are not run.
   * Resolves true when every worker thread has ended, false when some are still running
   * after `graceMs`: a thread stuck in native code (V8 cannot interrupt a long
   * `String.prototype.normalize`, say) ignores `terminate()`, and Node then cannot exit
   * normally either, so the caller must end the process itself.
   */
  async close(graceMs = 2000): Promise<boolean> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.retired = true;
      this.terminate(slot.worker);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
    const ended = await Promise.race([Promise.all([...this.ending]).then(() => true), late]);
    clearTimeout(timer);
    return ended;
  }

  /** Asks a worker to end and tracks it until it has. */
  private terminate(worker: Worker): void {
    const ending: Promise<unknown> = worker.terminate().finally(() => this.ending.delete(ending));
    this.ending.add(ending);
  }

  private dispatch(): void {
    while (this.backlog.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => !s.job) ?? (this.slots.length < this.options.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.backlog.shift() as Job;
      slot.job = job;
      slot.since = Date.now();
      const { bytes } = job.task;
      slot.worker.postMessage(job.task, [bytes.buffer as ArrayBuffer]);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl, { workerData: this.options.config });
    const slot: Slot = { worker, job: null, since: 0, retired: false, online: false };
    worker.on('online', () => {
      slot.online = true;
      // A loaded machine can take seconds to start a thread: the record's clock starts now.
      slot.since = Date.now();
    });
    worker.on('message', (message: WorkerMessage) => {
      if ('fields' in message) {
        if (slot.job) slot.job.fields = message.fields;
        return;
      }
      const outcome = message;
      const job = slot.job;
      slot.job = null;
      job?.resolve(outcome);
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(slot, CLI_ERROR.workerCrashed, `the worker thread failed: ${error.message}`));
    worker.on('exit', (code) => this.replace(slot, CLI_ERROR.workerCrashed, `the worker thread exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** Fails the slot's current task, drops the slot and lets a new worker take the backlog. */
  private replace(slot: Slot, code: string, message: string): void {
    if (slot.retired) return;
    slot.retired = true;
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots.splice(index, 1);
    const job = slot.job;
    slot.job = null;
    if (job) job.resolve(this.options.fail(job.task, code, message, job.fields));
    this.terminate(slot.worker);
    this.dispatch();
  }

  private checkTimeouts(): void {
    const now = Date.now();
    const limit = this.options.timeoutMs;
    for (const slot of [...this.slots]) {
      if (slot.job && slot.online && now - slot.since > limit) {
        this.replace(slot, CLI_ERROR.timeout, `parsing took longer than ${limit / 1000} s; the record was abandoned`);
      }
    }
  }
}
