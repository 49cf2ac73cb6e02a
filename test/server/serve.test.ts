import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { ROOT, tempDir } from '../helpers/paths.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { seedEmbeddedDataDir } from '../store/backends.js';

/**
 * `interdict serve` as `npm start` runs it: prints its URL, creates and prints an admin key on the first
 * start only, holds the embedded database, and stops cleanly. Plus the rate limit, which counts per key.
 */
const home = tempDir();

before(async () => {
  await seedEmbeddedDataDir(home.dir);
});
after(() => home.cleanup());

function serve(): { child: ChildProcess; ready: Promise<{ url: string; stderr: string }>; log: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, INTERDICT_HOME: home.dir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<{ url: string; stderr: string }>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stdout);
      if (m) resolve({ url: m[1]!, stderr });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, ready, log: () => stderr };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

test('first start prints the URL and a usable admin key once; a restart prints none and reads the saved engine', { timeout: 180_000 }, async () => {
  const first = serve();
  const { url, stderr } = await first.ready;
  const key = /\n\s+(idk_[A-Za-z0-9_-]{43})\n/.exec(stderr)?.[1];
  assert.ok(key, `no key in: ${stderr}`);
  assert.match(stderr, /shown only this once/);
  assert.equal((await call(`${url}/health`, 'GET')).status, 200);
  assert.equal((await call(`${url}/lists/versions`, 'GET')).status, 401);
  const versions = await call(`${url}/lists/versions`, 'GET', undefined, { 'x-api-key': key });
  assert.equal(versions.status, 200);
  assert.ok(versions.json.some((v: { source: string; inForce: boolean }) => v.source === 'un' && v.inForce));
  // The admin key gives people their keys while the server holds the embedded database.
  const created = await call(`${url}/keys`, 'POST', { role: 'analyst', name: 'alice laptop', user: 'alice' }, { 'x-api-key': key });
  assert.equal(created.status, 201);
  assert.match(created.json.key, /^idk_/);
  assert.equal((await call(`${url}/alerts`, 'GET', undefined, { 'x-api-key': created.json.key })).status, 200);
  assert.equal(await stop(first.child), 0);
  assert.match(first.log(), /names, engine built in \d+ ms;/);

  const second = serve();
  const again = await second.ready;
  await new Promise((r) => setTimeout(r, 200));
  assert.doesNotMatch(again.stderr, /idk_/);
  assert.equal((await call(`${again.url}/lists/versions`, 'GET', undefined, { 'x-api-key': key })).status, 200);
  assert.equal(await stop(second.child), 0);
  // The restart reads the engine the first start saved in the data directory.
  assert.match(second.log(), /names, engine read from the saved engine in \d+ ms;/);
});

test('the rate limit counts per key: one busy key does not block another', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  await seedEmbeddedDataDir(dir.dir);
  let ts: TestServer | undefined;
  try {
    ts = await startTestServer({ dataDir: dir.dir, bundledList: false, settings: { ...DEFAULT_SETTINGS, server: { ...DEFAULT_SETTINGS.server, rateLimitMax: 3 } } });
    const busy = await ts.key('auditor');
    const other = await ts.key('auditor');
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(`${ts.url}/alerts`, 'GET', undefined, { 'x-api-key': busy })).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const limited = await call(`${ts.url}/alerts`, 'GET', undefined, { 'x-api-key': busy });
    assert.equal(limited.json.statusCode, 429);
    assert.equal((await call(`${ts.url}/alerts`, 'GET', undefined, { 'x-api-key': other })).status, 200);
  } finally {
    await ts?.close();
    dir.cleanup();
  }
});
