import { parentPort, workerData } from 'node:worker_threads';
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

const data = workerData as ImportWorkerData;
// The bytes arrive as Uint8Arrays (the copy between threads drops the Buffer class); the readers want Buffers.
const files = data.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) }));
let message: ImportWorkerMessage;
try {
  message = { result: await new ListStore(data.dataDir).importFiles(files, data.options) };
} catch (err) {
  message = { refused: refusalOf(err) };
}
parentPort!.postMessage(message);
