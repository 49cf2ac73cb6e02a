import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds a lock, precisely enough to tell a live holder from a dead one even when its pid has been
 * reused. A pid alone is not enough: in a container the same pid (often 1 or 7) comes back after every
 * restart, so a lock left by a crashed run would look alive forever. On Linux the kernel's boot id and
 * the process's start time (field 22 of /proc/<pid>/stat) pin down one process; elsewhere only the pid
 * is compared.
 */
export interface ProcessIdentity {
  pid: number;
  host: string;
  /** /proc/sys/kernel/random/boot_id, when readable. */
  bootId?: string;
  /** Start time of the process in clock ticks since boot, when readable. */
  startTicks?: string;
}

function readTrimmed(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Field 22 (starttime) of /proc/<pid>/stat. The command name (field 2) may hold spaces and parentheses,
 * so fields are counted from the last ")". */
function startTicks(pid: number): string | undefined {
  const stat = readTrimmed(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the ")" come field 3 (state) onwards, so field 22 is at index 22 - 3.
  return fields[19];
}

export function currentProcess(): ProcessIdentity {
  const bootId = readTrimmed('/proc/sys/kernel/random/boot_id');
  const ticks = startTicks(process.pid);
  return { pid: process.pid, host: hostname(), ...(bootId ? { bootId } : {}), ...(ticks ? { startTicks: ticks } : {}) };
}

export type Liveness = 'alive' | 'dead' | 'unknown';

/**
 * Is the process that wrote `holder` still running? `unknown` when it ran on another host (a shared
 * filesystem): then nobody here can tell, and the lock must be treated as held.
 */
export function liveness(holder: ProcessIdentity): Liveness {
  if (holder.host !== hostname()) return 'unknown';
  const bootId = readTrimmed('/proc/sys/kernel/random/boot_id');
  if (holder.bootId && bootId && holder.bootId !== bootId) return 'dead'; // the machine rebooted since
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return 'dead';
  }
  if (holder.startTicks) {
    const now = startTicks(holder.pid);
    if (now !== undefined && now !== holder.startTicks) return 'dead'; // the pid was reused
  }
  return 'alive';
}
