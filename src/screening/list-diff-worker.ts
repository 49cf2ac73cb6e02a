import { parentPort, workerData } from 'node:worker_threads';
import { diffLists } from '../lists/diff.js';
import { ListStore } from '../lists/store.js';
import type { ListVersion } from '../lists/version.js';

/**
 * The worker thread of list-diff-off-thread.ts: reads both versions' parties from the list store itself
 * (cheaper than copying 100,000 parties over from the server's thread) and answers their diff, which
 * is small: references added and removed, and the amended parties with their changes.
 */
export interface ListDiffWorkerData {
  dataDir: string;
  previous: ListVersion;
  current: ListVersion;
}

const data = workerData as ListDiffWorkerData;
const store = new ListStore(data.dataDir);
const before = (await store.load(data.previous)).parties;
const after = (await store.load(data.current)).parties;
parentPort!.postMessage({ diff: diffLists(before, after) });
