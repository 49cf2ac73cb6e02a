import { workerBeside } from '../util/module-worker.js';
import { ListFormatError } from './errors.js';
import type { ImportRefusal, ImportWorkerData, ImportWorkerMessage } from './import-worker.js';
import type { ListFile } from './read.js';
import type { ImportOptions, ImportResult, ListStore } from './store.js';

/**
 * A list file imported while a server keeps answering: `store.importFiles` run by a worker thread
 * (import-worker.ts) on the store's data directory. Parsing a 200,000-name list, hashing it and
 * compressing it held the server's thread for seconds in one piece; here that thread only waits.
 *
 * Everything the import guaranteed holds, because the worker runs the same import: the file is read
 * completely before anything is written, one writer at a time (`lists/.lock`, taken by the worker;
 * this process's own imports queue behind it through `store.importElsewhere`), the manifest written
 * last. A refused file is refused with the reader's own error (file and line), rebuilt here as the
 * ListFormatError it was, and the version in force stays.
 *
 * A worker that cannot start or dies without answering is reported (`report`) and the import done
 * on this thread, as before: the file is imported either way. The worker reads only what it is
 * given and writes only what the import writes, so nothing it left half-done is ever in force
 * (the manifest is written last and atomically).
 */
type Report = (line: string) => void;

function rebuilt(refusal: ImportRefusal): Error {
  if (refusal.kind === 'list-format') {
    const where = {
      ...(refusal.line !== undefined ? { line: refusal.line } : {}),
      ...(refusal.column !== undefined ? { column: refusal.column } : {}),
      ...(refusal.field !== undefined ? { field: refusal.field } : {}),
    };
    return new ListFormatError(refusal.file, refusal.reason, where);
  }
  const err = new Error(refusal.message);
  err.name = refusal.name;
  return err;
}

/** The worker's answer, or undefined when it failed without one (it could not start, or died). */
function askWorker(data: ImportWorkerData, report: Report): Promise<ImportWorkerMessage | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (m: ImportWorkerMessage | undefined): void => {
      if (settled) return;
      settled = true;
      resolve(m);
    };
    try {
      const worker = workerBeside(import.meta.url, 'import-worker', data);
      worker.on('message', (m: ImportWorkerMessage) => settle(m));
      worker.on('error', (err) => {
        if (!settled) report(`the list import's worker thread failed (${err.message}); importing on the server's thread`);
        settle(undefined);
      });
      worker.on('exit', (code) => {
        if (!settled) report(`the list import's worker thread stopped (exit code ${code}) before it answered; importing on the server's thread`);
        settle(undefined);
      });
    } catch (err) {
      report(`the list import's worker thread could not start (${err instanceof Error ? err.message : String(err)}); importing on the server's thread`);
      settle(undefined);
    }
  });
}

export async function importOffThread(store: ListStore, files: ListFile[], options: Omit<ImportOptions, 'now'>, report: Report): Promise<ImportResult> {
  const answer = await store.importElsewhere(() => askWorker({ dataDir: store.dataDir, files, options }, report));
  if (answer === undefined) return store.importFiles(files, options);
  if ('refused' in answer) throw rebuilt(answer.refused);
  return answer.result;
}
