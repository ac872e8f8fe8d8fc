/**
 * Worker-thread entry (`dist/cli-worker.js`): parses the tasks the pool sends, one at a
 * time, and posts back each output line. All parsing and JSON work happens here, so the
 * main thread only reads input and writes output.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type RecordConfig, type Task, type WorkerMessage } from './records.js';

const config = workerData as RecordConfig;
const port = parentPort;
if (!port) throw new Error('cli-worker.js runs only as a worker thread of the gisa CLI');
// The line goes back as UTF-8 bytes, encoded here and transferred: encoding every line
// on the one main thread would make it the bottleneck of a many-core run.
const encoder = new TextEncoder();
port.on('message', (task: Task) => {
  // The record's identifying fields go first: should this record hang, the pool names it.
  const { ok, out } = runTask(task, config, (fields) => port.postMessage({ fields } satisfies WorkerMessage));
  const bytes = encoder.encode(out);
  port.postMessage({ ok, out: bytes } satisfies WorkerMessage, [bytes.buffer as ArrayBuffer]);
});
