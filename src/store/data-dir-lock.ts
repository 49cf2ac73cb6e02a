import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { currentProcess, liveness, type ProcessIdentity } from './process-identity.js';

/**
 * The exclusive lock on an embedded database directory, held from open to close.
 *
 * PGlite has no lock between processes: two processes on one data directory each believe they own it
 * and silently lose each other's writes. So one process owns the directory, proven by a lock file that
 * names it; a second process gets DataDirLockedError naming the holder. A lock whose holder has died is
 * taken over (see process-identity.ts for how death is told from pid reuse).
 *
 * The lock file appears with its content already complete: it is written under a temporary name and
 * hard-linked into place, and link() fails if the name exists. That is the atomic "create if absent".
 * Taking over a stale lock renames it away first, so of two processes racing for the same stale lock
 * only one succeeds in moving it, and only the one that then links its own file in holds the lock.
 */
export interface LockHolder extends ProcessIdentity {
  /** Random, so a lock is only ever released by the open() that took it. */
  token: string;
  acquiredAt: string;
  /**
   * The worker thread that took the lock (worker_threads' threadId; absent for the main thread). A
   * worker shares its process's pid, so when a worker is stopped while holding a lock (terminated, or
   * out of memory: its exit hooks do not run) the pid still looks alive; the thread that started it
   * sees it stop and frees the lock by this id (releaseLockOfStoppedThread).
   */
  threadId?: number;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(
      holder
        ? `the data directory is in use by process ${holder.pid} on ${holder.host} since ${holder.acquiredAt} ` +
            `(lock file ${lockPath}). The embedded database serves one process: stop that one, send the work ` +
            `through it, or use PostgreSQL (DATABASE_URL) to share the data between processes. If you are ` +
            `sure no such process runs, delete the lock file.`
        : `the data directory is locked (lock file ${lockPath}, unreadable); if you are sure no Interdict ` +
            `process uses it, delete the lock file.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  readonly holder: LockHolder;
  release(): void;
}

/** Locks held by this process, released on exit even when close() was never called. */
const heldLocks = new Set<DataDirLock>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const lock of heldLocks) lock.release();
  });
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.token !== 'string' || typeof parsed.host !== 'string') return undefined;
    return parsed as LockHolder;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
    return undefined;
  }
}

/** A lock file that exists but cannot be parsed and is older than this is the remains of a crash. */
const UNREADABLE_GRACE_MS = 10_000;

function tryLink(tmp: string, path: string): boolean {
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/**
 * Take the lock file at `<dir>/<name>`, or throw DataDirLockedError. Synchronous on purpose: the whole
 * check-and-take happens without yielding, so two opens in one process cannot interleave either.
 */
export function acquireDataDirLock(dir: string, name = 'interdict.lock'): DataDirLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const holder: LockHolder = {
    ...currentProcess(),
    token: randomBytes(16).toString('hex'),
    acquiredAt: new Date().toISOString(),
    ...(threadId !== 0 ? { threadId } : {}),
  };
  const tmp = join(dir, `.${name}.${holder.token}`);
  writeFileSync(tmp, JSON.stringify(holder) + '\n', { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (tryLink(tmp, path)) {
        const lock: DataDirLock = {
          path,
          holder,
          release() {
            if (!heldLocks.delete(lock)) return;
            // Remove the file only if it is still ours (it always should be; never remove another's).
            try {
              if (readHolder(path)?.token === holder.token) unlinkSync(path);
            } catch {
              // Already gone: nothing to release.
            }
          },
        };
        heldLocks.add(lock);
        installExitHook();
        return lock;
      }
      let current: LockHolder | undefined;
      try {
        current = readHolder(path);
      } catch {
        continue; // removed between link() and read: try again
      }
      if (current === undefined) {
        let age = 0;
        try {
          age = Date.now() - statSync(path).mtimeMs;
        } catch {
          continue;
        }
        if (age < UNREADABLE_GRACE_MS) throw new DataDirLockedError(path, undefined);
      } else if (liveness(current) !== 'dead') {
        throw new DataDirLockedError(path, current);
      }
      // Stale: move it aside (atomic; only one racer wins), check that what we moved is the stale lock we
      // judged, and try to link ours in on the next turn.
      const aside = `${path}.stale.${holder.token}`;
      try {
        renameSync(path, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      const moved = (() => {
        try {
          return readHolder(aside);
        } catch {
          return undefined;
        }
      })();
      if (current && moved && moved.token !== current.token) {
        // We moved a fresh lock another process had just taken: put it back and report it.
        const restored = tryLink(aside, path);
        rmSync(aside, { force: true });
        throw new DataDirLockedError(path, restored ? moved : readHolderQuietly(path));
      }
      rmSync(aside, { force: true });
    }
    throw new DataDirLockedError(path, readHolderQuietly(path));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Frees `<dir>/<name>` when it is held by worker thread `stoppedThreadId` of this very process, a thread
 * the caller has seen exit: a stopped worker writes nothing more, so the lock guards nothing. Thread ids
 * are never reused within a process, so no live holder (another thread, the main thread, another
 * process) is ever matched. True when a lock was freed.
 */
export function releaseLockOfStoppedThread(dir: string, name: string, stoppedThreadId: number): boolean {
  const path = join(dir, name);
  const holder = readHolderQuietly(path);
  if (!holder || holder.threadId !== stoppedThreadId) return false;
  const me = currentProcess();
  if (holder.pid !== me.pid || holder.host !== me.host || holder.startTicks !== me.startTicks || holder.bootId !== me.bootId) return false;
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false; // already gone
  }
}

function readHolderQuietly(path: string): LockHolder | undefined {
  try {
    return readHolder(path);
  } catch {
    return undefined;
  }
}
