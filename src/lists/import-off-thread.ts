import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { DEFAULT_IMPORT_TIMEOUT_MS } from '../config/settings.js';
import { releaseLockOfStoppedThread } from '../store/data-dir-lock.js';
import { workerBeside } from '../util/module-worker.js';
import { ListFormatError, ListImportTimeoutError } from './errors.js';
import type { ImportRefusal, ImportWorkerData, ImportWorkerMessage } from './import-worker.js';
import type { ListFile } from './read.js';
import type { ImportOptions, ImportResult, ListStore } from './store.js';
import { versionInForce, type ListVersion } from './version.js';

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
 * (the manifest is written last and atomically). A worker stopped while it held `lists/.lock`
 * (terminated, or out of memory: its exit hooks do not run) leaves the lock file naming this process,
 * which looks alive to every later import; so once its exit is seen, the lock of that thread is freed
 * before the import is done here (one writer at a time still: the stopped thread writes nothing more).
 *
 * A worker that neither answers nor stops (a reader caught in a loop, a stuck disk) is stopped after
 * `timeoutMs` and its lock freed, and the import refused (ListImportTimeoutError, naming the file):
 * doing it again on this thread could hang the server itself. Nothing is put in force, unless the
 * worker had already written the manifest (its last write); then the import is finished here as for a
 * worker that stopped (it finds the version imported, and answers it as new).
 */
type Report = (line: string) => void;

export interface ImportOffThreadOptions {
  /** Starts the worker; the default runs import-worker.ts. Tests hand in a worker that fails. */
  start?: StartImportWorker;
  /** The worker is stopped, and the import refused, after this long (default DEFAULT_IMPORT_TIMEOUT_MS). */
  timeoutMs?: number;
}

/** Starts the import's worker thread; the default runs import-worker.ts. Tests hand in a worker that fails. */
export type StartImportWorker = (data: ImportWorkerData) => Worker;

const startImportWorker: StartImportWorker = (data) => workerBeside(import.meta.url, 'import-worker', data);

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

/** The longest delay setTimeout takes (about 24.8 days); a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What became of the worker: its answer, 'failed' (it could not start, or stopped) or 'timed-out' (stopped here). */
type WorkerOutcome = ImportWorkerMessage | 'failed' | 'timed-out';

/**
 * Asks the worker. A failure is settled on the worker's 'exit' (after its 'error', if any), when it
 * can no longer write; so is a timeout, after the worker has been told to stop.
 */
function askWorker(data: ImportWorkerData, start: StartImportWorker, timeoutMs: number, report: Report): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let failure: string | undefined;
    let timedOut = false;
    try {
      const worker = start(data);
      const thread = worker.threadId; // read now: it no longer names the thread once it has exited
      const timer = setTimeout(() => {
        if (settled) return;
        timedOut = true;
        void worker.terminate();
      }, Math.min(timeoutMs, MAX_TIMER_MS));
      worker.on('message', (m: ImportWorkerMessage) => {
        // An answer that arrives after the worker was told to stop is not taken: 'exit' settles it.
        if (settled || timedOut) return;
        settled = true;
        clearTimeout(timer);
        resolve(m);
      });
      worker.on('error', (err) => {
        failure ??= `failed (${err.message})`;
      });
      worker.on('exit', (code) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        const freed = releaseLockOfStoppedThread(join(data.dataDir, 'lists'), '.lock', thread) ? '; freed lists/.lock, which it held' : '';
        if (timedOut) {
          report(`the list import's worker thread did not answer within ${timeoutMs} ms and was stopped${freed}`);
          resolve('timed-out');
          return;
        }
        report(`the list import's worker thread ${failure ?? `stopped (exit code ${code})`} before it answered${freed}; importing on the server's thread`);
        resolve('failed');
      });
    } catch (err) {
      report(`the list import's worker thread could not start (${err instanceof Error ? err.message : String(err)}); importing on the server's thread`);
      settled = true;
      resolve('failed');
    }
  });
}

export async function importOffThread(
  store: ListStore,
  files: ListFile[],
  options: Omit<ImportOptions, 'now'>,
  report: Report,
  worker: ImportOffThreadOptions = {},
): Promise<ImportResult> {
  const timeoutMs = worker.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS;
  let before: ListVersion[] = [];
  const answer = await store.importElsewhere(async () => {
    before = await store.versions();
    return askWorker({ dataDir: store.dataDir, files, options }, worker.start ?? startImportWorker, timeoutMs, report);
  });
  if (answer === 'timed-out') {
    if (!(await wroteAVersion(store, before))) throw new ListImportTimeoutError(files[0]?.name ?? 'the list file', timeoutMs);
    report("the stopped list import's worker had written the new version; finishing the import on the server's thread");
  }
  if (answer === 'failed' || answer === 'timed-out') return asNewIfTheWorkerWroteIt(await store.importFiles(files, options), before);
  if ('refused' in answer) throw rebuilt(answer.refused);
  return answer.result;
}

/** True when the store holds a version it did not hold `before` (a stopped worker got as far as the manifest). */
async function wroteAVersion(store: ListStore, before: readonly ListVersion[]): Promise<boolean> {
  return (await store.versions()).some((v) => !before.some((b) => b.hash === v.hash && b.source === v.source));
}

/**
 * The import done again on this thread after a worker that stopped without answering. If the worker
 * had got as far as the manifest (written last), this import finds the version "imported before";
 * but for the caller it is new (created, and put in force over the version before the worker), and
 * answered as "nothing new to screen" it would never be re-screened.
 */
function asNewIfTheWorkerWroteIt(result: ImportResult, before: ListVersion[]): ImportResult {
  const { hash, source } = result.version;
  if (result.created || before.some((v) => v.hash === hash && v.source === source)) return result;
  const { previousInForce: _afterTheWorker, ...rest } = result;
  const previousInForce = versionInForce(before, source);
  return { ...rest, created: true, ...(previousInForce ? { previousInForce } : {}) };
}
