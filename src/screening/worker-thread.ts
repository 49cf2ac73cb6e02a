import type { Worker } from 'node:worker_threads';
import { workerBeside } from '../util/module-worker.js';

/** A worker thread running one of this directory's worker modules (`name` without extension, e.g. 'diff-worker'). */
export function moduleWorker(name: string, workerData: unknown): Worker {
  return workerBeside(import.meta.url, name, workerData);
}
