/**
 * `POST /lists/import` on a real server with a large own watch list (bench's synthetic list, 40,000
 * names): the file is read and stored by a worker thread (src/lists/import-off-thread.ts), the
 * database insert and the re-screen give the event loop turns, so /health is answered throughout the
 * import; and the import's guarantees hold through the worker: a malformed file is refused with the
 * reader's error naming file and line, the version in force unchanged; the lock keeps a second writer
 * out; an import whose worker hangs is stopped after the timeout (503 naming the file); a good import is audited, answered with its re-screen report, and screening then names the new
 * version.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { syntheticListJsonl } from '../../bench/synthetic-list.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { ListStore } from '../../src/lists/store.js';
import { acquireDataDirLock } from '../../src/store/data-dir-lock.js';
import { tempDir } from '../helpers/paths.js';
import { call, sendFile, startTestServer, type TestServer } from '../helpers/server.js';
import { seedEmbeddedDataDir } from '../store/backends.js';

const home = tempDir();
let server: TestServer;
let admin: string;
const listText = syntheticListJsonl(40_000, 'list-import-off-thread-test');
/** The next version's one added party, the one screening must then find. */
const added = { id: 'IMPORT.1', schema: 'Person', name: ['Ottoline Verbruggen Achterberg'] };

const settings = { ...DEFAULT_SETTINGS, server: { ...DEFAULT_SETTINGS.server, rateLimitMax: 1_000_000 }, lists: { ...DEFAULT_SETTINGS.lists } };
const importUrl = () => `${server.url}/lists/import?name=watch.jsonl`;
const inForce = async () => (await server.server.store.inForce('watch'))?.hash;

before(async () => {
  const store = new ListStore(home.dir);
  await store.importBytes(Buffer.from(listText), 'watch.jsonl');
  await seedEmbeddedDataDir(home.dir);
  // /health is asked every 10 ms for as long as the import takes: no rate limit in the way.
  server = await startTestServer({ dataDir: home.dir, bundledList: false, settings });
  admin = await server.key('admin');
});
after(async () => {
  await server?.close();
  home.cleanup();
});

test('a malformed file is refused with its error (file and line), and the version in force stays', async () => {
  const previous = await inForce();
  const bad = `${listText.split('\n').slice(0, 2).join('\n')}\n{"id":"BAD.1","schema":"Starship","name":["No Such Kind"]}\n`;
  const res = await sendFile(importUrl(), admin, bad, 'application/x-ndjson');
  assert.equal(res.status, 422, JSON.stringify(res.json));
  assert.match(res.json.message, /^watch\.jsonl:3: schema "Starship" is not one of /);
  assert.equal(await inForce(), previous);
});

test('while another writer holds lists/.lock, the import is refused and the version in force stays', async () => {
  const previous = await inForce();
  const lock = acquireDataDirLock(join(home.dir, 'lists'), '.lock');
  try {
    const res = await sendFile(importUrl(), admin, `${listText}${JSON.stringify({ id: 'LOCKED.1', schema: 'Person', name: ['Locked Out'] })}\n`, 'application/x-ndjson');
    assert.notEqual(res.status, 200);
  } finally {
    lock.release();
  }
  assert.equal(await inForce(), previous);
});

test('an import whose worker hangs is stopped after the timeout: 503 naming the file, the lock freed, the version in force kept', { timeout: 120_000 }, async () => {
  const previous = await inForce();
  // The real worker, told by the test hook to take the lock and then block for good; the server's
  // timeout (a setting, read per request) shortened for this test.
  settings.lists.importTimeoutMs = 2000;
  process.env.INTERDICT_TEST_IMPORT_WORKER_HANGS = '1';
  let res: Awaited<ReturnType<typeof sendFile>>;
  try {
    res = await sendFile(importUrl(), admin, `${listText}${JSON.stringify({ id: 'HANG.1', schema: 'Person', name: ['Never Imported'] })}\n`, 'application/x-ndjson');
  } finally {
    delete process.env.INTERDICT_TEST_IMPORT_WORKER_HANGS;
    settings.lists.importTimeoutMs = DEFAULT_SETTINGS.lists.importTimeoutMs;
  }
  assert.equal(res.status, 503, JSON.stringify(res.json));
  assert.equal(res.json.message, 'watch.jsonl: the import did not finish within 2 s; it was stopped and the version in force is unchanged');
  assert.equal(await inForce(), previous);
  assert.equal(existsSync(join(home.dir, 'lists', '.lock')), false);
  // The next test's import, through a worker that does not hang, shows the lock is not left behind.
});

test('/health is answered all through a large import; the answer carries the re-screen; screening names the new version', { timeout: 600_000 }, async () => {
  const previous = await inForce();
  const started = performance.now();
  let done = false;
  const importing = sendFile(importUrl(), admin, `${listText}${JSON.stringify(added)}\n`, 'application/x-ndjson').finally(() => {
    done = true;
  });
  const answers: number[] = [];
  while (!done) {
    const health = await call(`${server.url}/health`, 'GET');
    assert.equal(health.status, 200);
    if (!done) answers.push(performance.now());
    await new Promise((r) => setTimeout(r, 10));
  }
  const res = await importing;
  const importMs = performance.now() - started;
  assert.equal(res.status, 200, JSON.stringify(res.json));

  // The answer: a new version, in force, re-screened against its diff to the previous one.
  const hash = res.json.version.hash as string;
  assert.notEqual(hash, previous);
  assert.equal(await inForce(), hash);
  assert.equal(res.json.created, true);
  assert.equal(res.json.rescreen.version.hash, hash);
  assert.equal(res.json.rescreen.previous.hash, previous);
  assert.deepStrictEqual(res.json.rescreen.diff, { added: 1, removed: 0, amended: 0, identifying: 0 });

  // Audited as before: a list.import entry for the new version.
  const audit = await call(`${server.url}/audit?action=list.import`, 'GET', undefined, { 'x-api-key': admin });
  assert.ok(
    (audit.json as { subjectId: string }[]).some((e) => e.subjectId === `watch:${hash}`),
    'no list.import audit entry for the new version',
  );

  // Screening uses the new version: the added party is found, explained with the new hash.
  const screened = await call(`${server.url}/screen`, 'POST', { query: { schema: 'Person', name: added.name[0] } }, { 'x-api-key': admin });
  assert.equal(screened.status, 200);
  assert.deepStrictEqual(screened.json.listVersions, [{ source: 'watch', hash }]);
  assert.equal(screened.json.matches[0]?.referenceNumber, 'IMPORT.1');
  assert.deepStrictEqual(screened.json.matches[0].explanation.listVersions, [{ source: 'watch', hash }]);

  // With the file read, the parties stored and the diff screened on the server's thread in one piece
  // each, the longest wait was a third of the import or more; now the longest pieces left are the
  // engine swap's (a fraction).
  const gaps = answers.map((t, i) => t - (answers[i - 1] ?? started));
  const longest = Math.max(...gaps);
  console.log(`import ${Math.round(importMs)} ms, ${answers.length} health answers, longest wait ${Math.round(longest)} ms`);
  assert.ok(answers.length >= 10, `only ${answers.length} health answers during a ${Math.round(importMs)} ms import`);
  assert.ok(longest < importMs / 5, `the longest wait for /health, ${Math.round(longest)} ms, is over a fifth of the ${Math.round(importMs)} ms import`);
});
