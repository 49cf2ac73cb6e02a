import { open, readFile, rm, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * An exclusive lock held through a lock file created with O_EXCL, so two processes writing one data
 * directory never interleave (the second gets a clear error instead of silently losing writes).
 * A lock left by a process that no longer exists is taken over.
 */
export class DirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holderPid: number,
  ) {
    super(`the data directory is in use by process ${holderPid} (lock file ${lockPath}); wait for it to finish or stop it`);
    this.name = 'DirLockedError';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM means the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function withDirLock<T>(lockPath: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lockPath), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
          const pid = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => '0'), 10) || 0;
          throw new DirLockedError(lockPath, pid);
        }
        throw err;
      }
      const pid = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => '0'), 10) || 0;
      if (pid > 0 && pid !== process.pid && processAlive(pid)) throw new DirLockedError(lockPath, pid);
      // Stale lock from a process that died: remove it and try once more.
      await rm(lockPath, { force: true });
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}
