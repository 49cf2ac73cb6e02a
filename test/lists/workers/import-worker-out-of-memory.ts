import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { acquireDataDirLock } from '../../../src/store/data-dir-lock.js';
import type { ImportWorkerData } from '../../../src/lists/import-worker.js';

/**
 * An import worker that runs out of memory while it holds `lists/.lock`, as the real one (started
 * with a heap limit) would on a list too large for it: it takes the lock exactly as an import does,
 * then grows its heap until the limit stops the thread. A thread stopped that way runs no exit
 * hook, so the lock file is left behind naming this process.
 */
const { dataDir } = workerData as ImportWorkerData;
acquireDataDirLock(join(dataDir, 'lists'), '.lock');
const kept: string[][] = [];
for (;;) kept.push(new Array<string>(100_000).fill(`party ${kept.length}`));
