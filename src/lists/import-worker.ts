import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { acquireDataDirLock } from '../store/data-dir-lock.js';
import { ListFormatError } from './errors.js';
import { ListStore, type ImportOptions, type ImportResult } from './store.js';

/**
 * The worker thread of import-off-thread.ts: the whole import of a list file sent to a server (the
 * format's reader, the SHA-256, the original's and the snapshot's compression and writes, the
 * manifest), done by a ListStore of its own on the same data directory, so the server's thread is
 * not held for the seconds a large file takes. It takes `lists/.lock` like any import, so the
 * one-writer rule holds as before. Answers the ImportResult, or the refusal: a ListFormatError
 * travels as its parts (a thrown class does not survive the copy between threads) so the server
 * refuses the file with the same message, naming file and line.
 */
export interface ImportWorkerData {
  dataDir: string;
  files: { name: string; bytes: Uint8Array }[];
  options: Omit<ImportOptions, 'now'>;
}

/** A refused import as it crosses to the server's thread. */
export type ImportRefusal =
  | { kind: 'list-format'; file: string; reason: string; line?: number; column?: number; field?: string }
  | { kind: 'other'; name: string; message: string };

export type ImportWorkerMessage = { result: ImportResult } | { refused: ImportRefusal };

function refusalOf(err: unknown): ImportRefusal {
  if (err instanceof ListFormatError) {
    return {
      kind: 'list-format',
      file: err.file,
      reason: err.reason,
      ...(err.line !== undefined ? { line: err.line } : {}),
      ...(err.column !== undefined ? { column: err.column } : {}),
      ...(err.field !== undefined ? { field: err.field } : {}),
    };
  }
  return { kind: 'other', name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) };
}

/**
 * A test hook, honoured only when the environment says so (tests set it; nothing else should): the
 * worker takes `lists/.lock` as an import does and then blocks for good, neither answering nor
 * exiting, as a worker stuck in a reader or on a disk would. The import's timeout must stop it and
 * free the lock (test/lists/import-off-thread.test.ts, test/server/list-import-off-thread.test.ts).
 */
const HANG_FOR_TESTS = 'INTERDICT_TEST_IMPORT_WORKER_HANGS';

const data = workerData as ImportWorkerData;
if (process.env[HANG_FOR_TESTS] === '1') {
  acquireDataDirLock(join(data.dataDir, 'lists'), '.lock');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
// The bytes arrive as Uint8Arrays (the copy between threads drops the Buffer class); the readers want Buffers.
const files = data.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) }));
let message: ImportWorkerMessage;
try {
  message = { result: await new ListStore(data.dataDir).importFiles(files, data.options) };
} catch (err) {
  message = { refused: refusalOf(err) };
}
parentPort!.postMessage(message);
