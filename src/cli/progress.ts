/** Counts of a batch run, updated as records finish. */
export interface Counts {
  records: number;
  ok: number;
  failed: number;
  /** WARC records passed over because they are not HTML 2xx responses. */
  skipped: number;
  /** Input bytes read so far, and in all (null when unknown, e.g. a pipe or a directory). */
  bytesRead: number;
  bytesTotal: number | null;
  /** Input bytes up to the end of the last record parsed and written: what the bar shows. */
  bytesDone: number;
}

/** A fresh set of zero counts. */
export function zeroCounts(bytesTotal: number | null): Counts {
  return { records: 0, ok: 0, failed: 0, skipped: 0, bytesRead: 0, bytesTotal, bytesDone: 0 };
}

const thousands = new Intl.NumberFormat('en-US');

/** `1 record`, `2 records`, `20,000 records`. */
export function records(n: number): string {
  return `${thousands.format(n)} ${n === 1 ? 'record' : 'records'}`;
}

/** `1:02:03`, `2:05` or `0:07` for a duration in seconds. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/**
 * The progress line: records done, failures, rate, and where the input size is known
 * the share read and the time left, extrapolated from bytes (records vary in size, bytes
 * are what the total is known in).
 */
export function renderProgress(c: Counts, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? c.records / elapsedSeconds : 0;
  const parts = [records(c.records), `${thousands.format(c.failed)} failed`, `${thousands.format(Math.round(rate))}/s`];
  if (c.bytesTotal && c.bytesTotal > 0) {
    // Records parsed, not bytes read: reading runs ahead of parsing by the in-flight window.
    const share = Math.min(1, c.bytesDone / c.bytesTotal);
    const width = 20;
    const filled = Math.round(share * width);
    parts.unshift(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(1)}%`);
    if (share > 0 && share < 1) parts.push(`ETA ${clock((elapsedSeconds * (1 - share)) / share)}`);
  }
  return parts.join('  ');
}

/** The end-of-run line on stderr; CPU time is that of all threads, so CPU / wall time is how many CPUs the run kept busy. */
export function renderSummary(c: Counts, elapsedSeconds: number, cpuSeconds: number, peakRssBytes: number): string {
  const rate = elapsedSeconds > 0 ? c.records / elapsedSeconds : 0;
  const skipped = c.skipped ? `, ${c.skipped} skipped (not HTML 2xx WARC responses)` : '';
  const mib = Math.round(peakRssBytes / (1024 * 1024));
  return `gisa: ${records(c.records)}, ${c.ok} ok, ${c.failed} failed${skipped} in ${elapsedSeconds.toFixed(1)} s (${rate.toFixed(1)} records/s, CPU ${cpuSeconds.toFixed(1)} s, peak RSS ${mib} MiB)`;
}

/** Redraws the progress line on a terminal at most ten times a second. */
export class ProgressBar {
  private readonly timer: NodeJS.Timeout;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly counts: Counts,
    private readonly started: number,
  ) {
    this.timer = setInterval(() => this.draw(), 100);
    this.timer.unref();
    this.draw();
  }

  /** Removes the bar so the summary starts on a clean line. */
  stop(): void {
    clearInterval(this.timer);
    if (this.shown) this.stream.write('\r\x1b[K');
  }

  private draw(): void {
    const line = renderProgress(this.counts, (Date.now() - this.started) / 1000);
    this.stream.write(`\r\x1b[K${line.slice(0, Math.max(20, (this.stream.columns || 80) - 1))}`);
    this.shown = true;
  }
}
