import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { acquireDataDirLock, DataDirLockedError, releaseLockOfStoppedThread, type LockHolder } from '../../src/store/data-dir-lock.js';
import { currentProcess } from '../../src/store/process-identity.js';
import { ROOT } from '../helpers/paths.js';
import { seedEmbeddedDataDir } from './backends.js';

/**
 * The data-directory lock, with real processes: a second process is refused and told who holds the
 * directory; a dead holder's lock is taken over; of several processes racing for a stale lock exactly
 * one wins.
 */
const dirs: string[] = [];
function fresh(): string {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-lock-test-'));
  dirs.push(dir);
  return dir;
}
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A pid that certainly belongs to no running process: one that just exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function writeLock(dir: string, holder: Partial<LockHolder>): void {
  const full: LockHolder = { ...currentProcess(), token: 'f'.repeat(32), acquiredAt: '2026-01-01T00:00:00.000Z', ...holder };
  writeFileSync(join(dir, 'db.lock'), JSON.stringify(full));
}

test('one holder at a time within a process; release frees the directory', () => {
  const dir = fresh();
  const lock = acquireDataDirLock(dir, 'db.lock');
  assert.throws(
    () => acquireDataDirLock(dir, 'db.lock'),
    (err: unknown) => err instanceof DataDirLockedError && err.holder?.pid === process.pid && err.message.includes(`process ${process.pid}`),
  );
  lock.release();
  assert.equal(existsSync(join(dir, 'db.lock')), false);
  lock.release(); // twice is harmless
  acquireDataDirLock(dir, 'db.lock').release();
});

test('a lock left by a process that has died is taken over', () => {
  const dir = fresh();
  writeLock(dir, { pid: deadPid() });
  const lock = acquireDataDirLock(dir, 'db.lock');
  const onDisk = JSON.parse(readFileSync(join(dir, 'db.lock'), 'utf8')) as LockHolder;
  assert.equal(onDisk.pid, process.pid);
  assert.equal(onDisk.token, lock.holder.token);
  lock.release();
});

test('a recycled pid is not mistaken for the holder (Linux: process start time differs)', { skip: !existsSync('/proc/self/stat') && 'no /proc here' }, () => {
  const dir = fresh();
  // Our own pid, as after a container restart, but a start time that is not ours.
  writeLock(dir, { pid: process.pid, startTicks: '1' });
  acquireDataDirLock(dir, 'db.lock').release();
});

test('a lock held on another host is respected: nobody here can tell whether it is alive', () => {
  const dir = fresh();
  writeLock(dir, { pid: deadPid(), host: `not-${hostname()}` });
  assert.throws(() => acquireDataDirLock(dir, 'db.lock'), (err: unknown) => err instanceof DataDirLockedError && /on not-/.test(err.message));
});

test('an unreadable lock file is respected while fresh and cleared once old', () => {
  const dir = fresh();
  writeFileSync(join(dir, 'db.lock'), 'garbage');
  assert.throws(() => acquireDataDirLock(dir, 'db.lock'), DataDirLockedError);
  const old = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'db.lock'), old, old);
  acquireDataDirLock(dir, 'db.lock').release();
});

/** Start a node process running `code` (TypeScript, via tsx) in the repository; resolves on its first output line. */
function child(code: string): Promise<{ line: string; proc: ReturnType<typeof spawn>; done: Promise<{ out: string; status: number | null }> }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ out: string; status: number | null }>((resolve) => proc.on('close', (status) => resolve({ out, status })));
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      const before = out;
      out += d.toString();
      if (!before.includes('\n') && out.includes('\n')) resolve({ line: out.split('\n')[0]!, proc, done });
    });
    proc.on('close', (status) => {
      if (!out.includes('\n')) reject(new Error(`child exited ${status} before answering: ${err}`));
    });
  });
}

test('a second process opening the embedded database gets a clear error naming the holder; after the holder dies, its data is there', async () => {
  const dir = fresh();
  await seedEmbeddedDataDir(dir); // a copy of a migrated database: creating one takes seconds
  const holder = await child(`
    import { openDatabase } from './src/store/database.ts';
    import { createApiKey } from './src/auth/keys-repo.ts';
    const d = await openDatabase({ dataDir: ${JSON.stringify(dir)} });
    await createApiKey(d.db, { username: 'holder', name: 'written before the crash', role: 'analyst', actor: 'cli:test' });
    console.log('ready ' + process.pid);
    setInterval(() => {}, 1000);
  `);
  try {
    assert.match(holder.line, /^ready \d+$/);
    const holderPid = Number(holder.line.split(' ')[1]);
    const second = await child(`
      import { openDatabase } from './src/store/database.ts';
      try { await openDatabase({ dataDir: ${JSON.stringify(dir)} }); console.log('opened'); }
      catch (e) { console.log(e.name + ': ' + e.message); }
    `);
    assert.match(second.line, new RegExp(`^DataDirLockedError: the data directory is in use by process ${holderPid} `));
    await second.done;
  } finally {
    holder.proc.kill('SIGKILL');
    await holder.done;
  }
  // The holder died without closing: its lock is stale, and what it committed survived.
  const reopened = await child(`
    import { openDatabase } from './src/store/database.ts';
    import { listApiKeys } from './src/auth/keys-repo.ts';
    const d = await openDatabase({ dataDir: ${JSON.stringify(dir)} });
    console.log(JSON.stringify((await listApiKeys(d.db)).map((k) => k.name)));
    await d.close();
  `);
  assert.deepEqual(JSON.parse(reopened.line), ['written before the crash']);
  assert.equal((await reopened.done).status, 0);
  assert.equal(existsSync(join(dir, 'db.lock')), false, 'a clean close releases the lock');
});

test('of several processes racing for one stale lock, exactly one wins', async () => {
  const dir = fresh();
  writeLock(dir, { pid: deadPid() });
  const racers = await Promise.all(
    Array.from({ length: 4 }, () =>
      child(`
        import { acquireDataDirLock } from './src/store/data-dir-lock.ts';
        await new Promise((r) => setTimeout(r, ${Date.now() + 1500} - Date.now()));
        try { acquireDataDirLock(${JSON.stringify(dir)}, 'db.lock'); console.log('won'); setTimeout(() => process.exit(0), 1500); }
        catch (e) { console.log('lost ' + e.name); }
      `),
    ),
  );
  const lines = racers.map((r) => r.line).sort();
  await Promise.all(racers.map((r) => r.done));
  assert.deepEqual(lines, ['lost DataDirLockedError', 'lost DataDirLockedError', 'lost DataDirLockedError', 'won']);
});

test('releaseLockOfStoppedThread frees only the lock of that thread of this process', () => {
  const dir = fresh();
  const read = () => JSON.parse(readFileSync(join(dir, 'db.lock'), 'utf8')) as LockHolder;
  // Taken by the main thread: no thread id recorded, so no stopped worker's id matches it.
  const lock = acquireDataDirLock(dir, 'db.lock');
  assert.equal(read().threadId, undefined);
  assert.equal(releaseLockOfStoppedThread(dir, 'db.lock', 0), false);
  assert.equal(read().token, lock.holder.token);
  lock.release();
  // A worker's lock: another thread id does not match; the same id of another process does not either.
  writeLock(dir, { threadId: 7 });
  assert.equal(releaseLockOfStoppedThread(dir, 'db.lock', 8), false);
  writeLock(dir, { threadId: 7, pid: deadPid(), startTicks: '1' });
  assert.equal(releaseLockOfStoppedThread(dir, 'db.lock', 7), false);
  assert.equal(existsSync(join(dir, 'db.lock')), true);
  // This process's thread 7: freed.
  writeLock(dir, { threadId: 7 });
  assert.equal(releaseLockOfStoppedThread(dir, 'db.lock', 7), true);
  assert.equal(existsSync(join(dir, 'db.lock')), false);
  assert.equal(releaseLockOfStoppedThread(dir, 'db.lock', 7), false);
});
