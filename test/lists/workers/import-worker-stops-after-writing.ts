import { workerData } from 'node:worker_threads';
import { ListStore } from '../../../src/lists/store.js';
import type { ImportWorkerData } from '../../../src/lists/import-worker.js';

/**
 * An import worker that completes the whole import (manifest written last, lock released) and then
 * stops before it answers: the narrowest failure, after the version is already in force.
 */
const data = workerData as ImportWorkerData;
const files = data.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) }));
await new ListStore(data.dataDir).importFiles(files, data.options);
process.exit(1);
