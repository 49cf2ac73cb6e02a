/**
 * The fallbacks of an import done by a worker thread (src/lists/import-off-thread.ts), with real
 * worker threads on a real data directory: a worker that cannot start, and one stopped while it
 * holds `lists/.lock`, each leave the import done on the calling thread (and reported); the stopped
 * one's lock does not lock this process out of every later import; one that wrote the version and
 * stopped before answering still has it answered as new; one that hangs is stopped after the timeout
 * and the import refused. And the store's cached manifest
 * is read again after a worker wrote it, even by a read that was under way meanwhile.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { syntheticListJsonl } from '../../bench/synthetic-list.js';
import { importOffThread, type StartImportWorker } from '../../src/lists/import-off-thread.js';
import { ListStore } from '../../src/lists/store.js';
import { acquireDataDirLock } from '../../src/store/data-dir-lock.js';
import { workerBeside } from '../../src/util/module-worker.js';
import { tempDir } from '../helpers/paths.js';

const homes: { cleanup: () => void }[] = [];
after(() => {
  for (const h of homes) h.cleanup();
});

const listText = syntheticListJsonl(60, 'import-off-thread-fallbacks');
const withParty = (id: string) => Buffer.from(`${listText}${JSON.stringify({ id, schema: 'Person', name: ['Ottoline Verbruggen'] })}\n`);

/** A data directory holding one version of an own list ("watch"), and its store with the manifest cached. */
async function storeWithList(): Promise<{ store: ListStore; dir: string; first: string }> {
  const home = tempDir('interdict-import-off-thread-');
  homes.push(home);
  const store = new ListStore(home.dir);
  const first = (await store.importBytes(Buffer.from(listText), 'watch.jsonl')).version.hash;
  assert.equal((await store.inForce('watch'))?.hash, first); // now cached
  return { store, dir: home.dir, first };
}

const lockPath = (dir: string) => join(dir, 'lists', '.lock');

test('the import through the real worker is in force, and the store that cached the manifest before sees it', async () => {
  const { store, first } = await storeWithList();
  const reports: string[] = [];
  const result = await importOffThread(store, [{ name: 'watch.jsonl', bytes: withParty('REAL.1') }], {}, (l) => reports.push(l));
  assert.deepEqual(reports, []);
  assert.equal(result.created, true);
  assert.equal(result.previousInForce?.hash, first);
  assert.equal((await store.inForce('watch'))?.hash, result.version.hash);
  assert.equal((await store.versions()).length, 2);
});

test('a worker that cannot start is reported and the import done on this thread', async () => {
  const { store, dir } = await storeWithList();
  const missing: StartImportWorker = (data) => workerBeside(import.meta.url, 'workers/no-such-import-worker', data);
  const reports: string[] = [];
  const result = await importOffThread(store, [{ name: 'watch.jsonl', bytes: withParty('NOSTART.1') }], {}, (l) => reports.push(l), { start: missing });
  assert.equal(reports.length, 1);
  assert.match(reports[0]!, /^the list import's worker thread failed \(.*no-such-import-worker.*\) before it answered; importing on the server's thread$/);
  assert.equal(result.created, true);
  assert.equal((await store.inForce('watch'))?.hash, result.version.hash);
  assert.equal(existsSync(lockPath(dir)), false);
});

test('a worker stopped while holding lists/.lock: its lock is freed, the import done on this thread, later imports not locked out', { timeout: 120_000 }, async () => {
  const { store, dir } = await storeWithList();
  const outOfMemory: StartImportWorker = (data) => workerBeside(import.meta.url, 'workers/import-worker-out-of-memory', data, { resourceLimits: { maxOldGenerationSizeMb: 64 } });
  const reports: string[] = [];
  const result = await importOffThread(store, [{ name: 'watch.jsonl', bytes: withParty('OOM.1') }], {}, (l) => reports.push(l), { start: outOfMemory });
  assert.equal(reports.length, 1);
  assert.match(reports[0]!, /^the list import's worker thread failed \(.*memory limit.*\) before it answered; freed lists\/\.lock, which it held; importing on the server's thread$/);
  assert.equal(result.created, true);
  assert.equal((await store.inForce('watch'))?.hash, result.version.hash);
  assert.equal(existsSync(lockPath(dir)), false);
  // Neither this process nor a later import through a worker finds the directory locked.
  const next = await importOffThread(store, [{ name: 'watch.jsonl', bytes: withParty('AFTER.1') }], {}, () => undefined);
  assert.equal((await store.inForce('watch'))?.hash, next.version.hash);
});

test('a worker that wrote the version and stopped before answering: the import is still answered as new, over the version before', async () => {
  const { store, first } = await storeWithList();
  const stops: StartImportWorker = (data) => workerBeside(import.meta.url, 'workers/import-worker-stops-after-writing', data);
  const reports: string[] = [];
  const result = await importOffThread(store, [{ name: 'watch.jsonl', bytes: withParty('WROTE.1') }], {}, (l) => reports.push(l), { start: stops });
  assert.match(reports.join('\n'), /stopped \(exit code 1\) before it answered; importing on the server's thread/);
  // Answered "imported before", the route would report nothing new to screen and never re-screen it.
  assert.equal(result.created, true);
  assert.equal(result.inForce, true);
  assert.equal(result.previousInForce?.hash, first);
  assert.equal((await store.inForce('watch'))?.hash, result.version.hash);
  assert.equal((await store.versions()).length, 2);
});

test('a worker that hangs holding lists/.lock is stopped after the timeout: the import refused naming the file, the lock freed, the version in force kept', { timeout: 60_000 }, async () => {
  const { store, dir, first } = await storeWithList();
  const reports: string[] = [];
  const started = performance.now();
  // The real worker, told by the test hook to take the lock and then block for good. The timeout
  // leaves the worker time to start and take the lock on a loaded machine: at 1.5 s it sometimes
  // had not yet (its modules still loading beside a test suite and an evaluation), and the report
  // said no lock was freed.
  process.env.INTERDICT_TEST_IMPORT_WORKER_HANGS = '1';
  try {
    await assert.rejects(importOffThread(store, [{ name: 'watch.jsonl', bytes: withParty('HANG.1') }], {}, (l) => reports.push(l), { timeoutMs: 6000 }), (err: Error) => {
      assert.equal(err.name, 'ListImportTimeoutError');
      assert.equal(err.message, 'watch.jsonl: the import did not finish within 6 s; it was stopped and the version in force is unchanged');
      return true;
    });
  } finally {
    delete process.env.INTERDICT_TEST_IMPORT_WORKER_HANGS;
  }
  assert.ok(performance.now() - started >= 6000, 'refused before the timeout');
  assert.deepEqual(reports, ["the list import's worker thread did not answer within 6000 ms and was stopped; freed lists/.lock, which it held"]);
  assert.equal(existsSync(lockPath(dir)), false);
  assert.equal((await store.inForce('watch'))?.hash, first);
  assert.equal((await store.versions()).length, 1);
  // The next import (a worker that does not hang) is not locked out.
  const next = await importOffThread(store, [{ name: 'watch.jsonl', bytes: withParty('AFTER.2') }], {}, () => undefined);
  assert.equal((await store.inForce('watch'))?.hash, next.version.hash);
});

test('one writer still: a failed worker frees only its own lock, never one another writer holds', async () => {
  const { store, dir, first } = await storeWithList();
  const held = acquireDataDirLock(join(dir, 'lists'), '.lock'); // this thread's own, as another import's
  try {
    const missing: StartImportWorker = (data) => workerBeside(import.meta.url, 'workers/no-such-import-worker', data);
    const reports: string[] = [];
    await assert.rejects(importOffThread(store, [{ name: 'watch.jsonl', bytes: withParty('HELD.1') }], {}, (l) => reports.push(l), { start: missing }), { name: 'DataDirLockedError' });
    assert.doesNotMatch(reports.join('\n'), /freed/);
    assert.equal(JSON.parse(readFileSync(lockPath(dir), 'utf8')).token, held.holder.token);
  } finally {
    held.release();
  }
  assert.equal((await store.inForce('watch'))?.hash, first);
});

test('a manifest read under way while another thread imports does not keep the manifest from before', async () => {
  const { store, dir } = await storeWithList();
  const manifestPath = join(dir, 'lists', 'versions.json');
  const before = readFileSync(manifestPath, 'utf8');
  // Empty the cache, then start a read and, before it completes, an import elsewhere that ends at once.
  await store.importElsewhere(async () => undefined);
  const reading = store.versions();
  await store.importElsewhere(async () => undefined);
  assert.equal((await reading).length, 1);
  // Another thread's write, seen by the next read: the read above did not refill the cache.
  const manifest = JSON.parse(before) as { versions: { hash: string }[] };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, versions: [] }));
  assert.equal((await store.versions()).length, 0);
});
