/**
 * Worker-thread entry (`dist/cli-worker.js`): parses the tasks the pool sends, one at a
 * time, and posts back each output line. All parsing and JSON work happens here, so the
 * main thread only reads input and writes output.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type RecordConfig, type Task } from './records.js';

const config = workerData as RecordConfig;
const port = parentPort;
if (!port) throw new Error('cli-worker.js runs only as a worker thread of the gisa CLI');
port.on('message', (task: Task) => {
  port.postMessage(runTask(task, config));
});
