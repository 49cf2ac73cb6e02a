import type { Worker } from 'node:worker_threads';
import { diffLists, type ListDiff } from '../lists/diff.js';
import type { ListStore } from '../lists/store.js';
import type { ListVersion } from '../lists/version.js';
import type { ListDiffWorkerData } from './list-diff-worker.js';
import { moduleWorker } from './worker-thread.js';

/**
 * The diff of two versions of a list for the re-screen after an import, made by a worker thread
 * (list-diff-worker.ts) for a large list: on 100,000 parties diffLists held a server's thread for 1-3 s in one piece.
 * The same function on the same stored parties, so the same diff. A worker that fails is reported
 * and the diff made on this thread, as before.
 */
/**
 * Below this many parties (in the larger version) the diff is made on this thread: the UN list's
 * takes ~0.1 s, less than starting a worker.
 */
export const DIFF_OFF_THREAD_MIN_PARTIES = 20_000;

export interface DiffOffThreadOptions {
  /** Starts the diff's worker thread; the default runs list-diff-worker.ts. Tests hand in one that fails. */
  start?: (data: ListDiffWorkerData) => Worker;
  /** Default DIFF_OFF_THREAD_MIN_PARTIES. */
  minParties?: number;
}

export async function diffOffThread(
  store: ListStore,
  previous: ListVersion,
  current: ListVersion,
  report: (line: string) => void,
  options: DiffOffThreadOptions = {},
): Promise<ListDiff> {
  if (Math.max(previous.counts.parties, current.counts.parties) < (options.minParties ?? DIFF_OFF_THREAD_MIN_PARTIES)) {
    return diffLists((await store.load(previous)).parties, (await store.load(current)).parties);
  }
  const data: ListDiffWorkerData = { dataDir: store.dataDir, previous, current };
  const answer = await new Promise<ListDiff | undefined>((resolve) => {
    let settled = false;
    const fail = (why: string): void => {
      if (settled) return;
      settled = true;
      report(`the list diff's worker thread failed (${why}); diffing on the server's thread`);
      resolve(undefined);
    };
    try {
      const worker = options.start ? options.start(data) : moduleWorker('list-diff-worker', data);
      worker.on('message', (m: { diff: ListDiff }) => {
        settled = true;
        resolve(m.diff);
      });
      worker.on('error', (err) => fail(err.message));
      worker.on('exit', (code) => fail(`exit code ${code} before it answered`));
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    }
  });
  if (answer) return answer;
  return diffLists((await store.load(previous)).parties, (await store.load(current)).parties);
}
