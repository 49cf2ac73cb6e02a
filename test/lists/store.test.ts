import { hostname } from 'node:os';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { BUNDLED_UN_SHA256 } from '../../src/lists/bundled.js';
import { ListStore } from '../../src/lists/store.js';
import { SANCTIONS, tempDir, UN_2017, UN_2025, UN_2026 } from '../helpers/paths.js';

let home: { dir: string; cleanup: () => void };
beforeEach(() => {
  home = tempDir();
});
afterEach(() => home.cleanup());

test('a fresh data directory gets the bundled UN list in force', async () => {
  const store = new ListStore(home.dir);
  const v = await store.ensureBundledUn();
  assert.equal(v.hash, BUNDLED_UN_SHA256);
  assert.equal(v.source, 'un');
  assert.equal(v.generatedAt, '2026-01-28T00:00:11.197Z');
  assert.equal(v.counts.parties, 999);
  assert.deepEqual(v.counts.byKind, { person: 726, organization: 273 });
  assert.equal(v.counts.byListType['Al-Qaida'], 341);
  // A second call creates nothing new.
  await store.ensureBundledUn();
  assert.equal((await new ListStore(home.dir).versions()).length, 1);
});

test('importing the same file twice creates nothing new', async () => {
  const store = new ListStore(home.dir);
  const first = await store.importFile(UN_2025);
  assert.equal(first.created, true);
  const again = await new ListStore(home.dir).importFile(UN_2025);
  assert.equal(again.created, false);
  assert.equal(again.version.hash, first.version.hash);
  assert.equal((await new ListStore(home.dir).versions()).length, 1);
});

test('the version in force is the newest publisher date, whatever the import order', async () => {
  const store = new ListStore(home.dir);
  const newest = await store.importFile(UN_2026);
  assert.equal(newest.inForce, true);
  const older = await store.importFile(UN_2017);
  assert.equal(older.created, true);
  assert.equal(older.inForce, false, 'an older file is kept for history, not put in force');
  const reopened = new ListStore(home.dir);
  assert.equal((await reopened.inForce('un'))?.hash, newest.version.hash);
  assert.equal((await reopened.versions()).length, 2);
  // The older version is still there for diffs, with its own parties.
  const old = await reopened.load(older.version);
  assert.equal(old.parties.length, 1021);
  // A newer one put in later takes over.
  const store2 = new ListStore(tempDir().dir);
  await store2.importFile(UN_2017);
  const r = await store2.importFile(UN_2025);
  assert.equal(r.inForce, true);
  assert.equal(r.previousInForce?.generatedAt, '2017-07-03T20:27:45.483-04:00');
});

test('a failed import changes nothing: the previous version stays in force and no file is left', async () => {
  const store = new ListStore(home.dir);
  await store.importFile(UN_2025);
  const manifestBefore = readFileSync(join(home.dir, 'lists', 'versions.json'), 'utf8');
  const filesBefore = readdirSync(join(home.dir, 'lists', 'snapshots')).sort();
  // A truncated copy of the real list.
  const bad = join(home.dir, 'truncated.xml');
  writeFileSync(bad, readFileSync(UN_2026).subarray(0, 500_000));
  await assert.rejects(store.importFile(bad), /truncated\.xml/);
  assert.equal(readFileSync(join(home.dir, 'lists', 'versions.json'), 'utf8'), manifestBefore);
  assert.deepEqual(readdirSync(join(home.dir, 'lists', 'snapshots')).sort(), filesBefore);
  assert.equal((await new ListStore(home.dir).inForce('un'))?.generatedAt, '2025-11-20T23:00:09.067Z');
});

test('a second process holding the lock gets a clear error, not silent loss', async () => {
  const store = new ListStore(home.dir);
  await store.ensureBundledUn();
  // Simulate another live process holding the lock (same format as src/store/data-dir-lock.ts writes):
  // our parent process's pid is alive.
  const holder = (pid: number) => JSON.stringify({ pid, host: hostname(), token: `t${pid}`, acquiredAt: new Date().toISOString() });
  writeFileSync(join(home.dir, 'lists', '.lock'), holder(process.ppid));
  await assert.rejects(store.importFile(UN_2025), /in use by process/);
  // A stale lock (a pid that cannot exist) is taken over.
  writeFileSync(join(home.dir, 'lists', '.lock'), holder(999999999));
  const r = await store.importFile(UN_2025);
  assert.equal(r.created, true);
});

test('imports started together in one process run one after the other and both land', async () => {
  const store = new ListStore(home.dir);
  const [a, b] = await Promise.all([store.importFile(UN_2025), store.importFile(UN_2026)]);
  assert.equal(a.created || b.created, true);
  const hashes = (await new ListStore(home.dir).versions()).map((v) => v.hash);
  assert.ok(hashes.includes(a.version.hash) && hashes.includes(b.version.hash), 'both versions are in the manifest');
  assert.equal((await new ListStore(home.dir).inForce('un'))?.hash, b.version.hash, 'the newer publisher date is in force');
});

test('versions resolve by hash prefix or list name, and the snapshot reloads identically', async () => {
  const store = new ListStore(home.dir);
  const copy = join(home.dir, 'copy.xml');
  copyFileSync(UN_2026, copy);
  const { version } = await store.importFile(copy);
  assert.equal((await store.resolve(version.hash.slice(0, 8)))?.hash, version.hash);
  assert.equal((await store.resolve('un'))?.hash, version.hash);
  assert.equal(await store.resolve('nosuchlist'), undefined);
  const a = await new ListStore(home.dir).load(version);
  const b = await new ListStore(home.dir).load(version);
  assert.deepEqual(a.parties, b.parties);
  assert.equal(a.parties.find((p) => p.referenceNumber === 'QDi.001')?.caption, 'MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE');
});

test('a list with no parties is refused, so it can never release every party', async () => {
  const store = new ListStore(home.dir);
  await store.importFile(UN_2025);
  const empty = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2027-01-01T00:00:00Z"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>\n');
  await assert.rejects(store.importBytes(empty, 'empty.xml'), /empty\.xml: the list holds no parties/);
  assert.equal((await new ListStore(home.dir).inForce('un'))?.generatedAt, '2025-11-20T23:00:09.067Z');
});

test('an OFAC sdn.csv brings its alt.csv and add.csv: one version of three files, reloadable', async () => {
  const store = new ListStore(home.dir);
  const sdn = join(SANCTIONS, 'ofac-sdn-2021-04-sdn.csv');
  const r = await store.importFile(sdn);
  assert.equal(r.created, true);
  assert.equal(r.version.source, 'ofac-sdn');
  assert.deepEqual(r.version.fileNames, ['ofac-sdn-2021-04-sdn.csv', 'ofac-sdn-2021-04-alt.csv', 'ofac-sdn-2021-04-add.csv']);
  assert.equal(r.version.counts.parties, 8890);
  // The alt.csv aliases are in: strong a.k.a.s from alt.csv are more than the weak ones in remarks alone.
  const alone = await new ListStore(tempDir().dir).importBytes(readFileSync(sdn), 'sdn-alone.csv');
  assert.ok(r.version.counts.aliases > alone.version.counts.aliases + 10_000, `${r.version.counts.aliases} vs ${alone.version.counts.aliases}`);
  assert.notEqual(r.version.hash, alone.version.hash);
  // The same set again creates nothing; the originals come back byte for byte.
  assert.equal((await new ListStore(home.dir).importFile(sdn)).created, false);
  const originals = await new ListStore(home.dir).originals(r.version);
  assert.deepEqual(originals.map((f) => f.bytes.length), [readFileSync(sdn).length, readFileSync(join(SANCTIONS, 'ofac-sdn-2021-04-alt.csv')).length, readFileSync(join(SANCTIONS, 'ofac-sdn-2021-04-add.csv')).length]);
  // Both lists are in force side by side.
  assert.equal((await store.inForce('ofac-sdn'))?.hash, r.version.hash);
});
