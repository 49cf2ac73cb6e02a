/**
 * A list version put in force while the server runs: its engine is built by a worker thread
 * (src/screening/engine-off-thread.ts), so requests that need no engine (here /health) go on being
 * answered while it is made, and screening waits for it and then screens against the new version.
 * A real server on a data directory holding one own watch list (bench's synthetic list, 40,000 names).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { syntheticListJsonl } from '../../bench/synthetic-list.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { ListStore } from '../../src/lists/store.js';
import { tempDir } from '../helpers/paths.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { seedEmbeddedDataDir } from '../store/backends.js';

const home = tempDir();
const files = tempDir();
let server: TestServer;
const listText = syntheticListJsonl(40_000, 'engine-swap-test');
/** The list's next version: one party added, the one the test screens for. */
const added = { id: 'SWAP.1', schema: 'Person', name: ['Zebulon Quartermaine Okonkwo'] };

/** `text` as the own list `watch` (an own list's source is its file's name). */
function watchFile(text: string): string {
  const path = join(mkdtempSync(join(files.dir, 'v-')), 'watch.jsonl');
  writeFileSync(path, text);
  return path;
}

before(async () => {
  await new ListStore(home.dir).importFile(watchFile(listText));
  await seedEmbeddedDataDir(home.dir);
  // No rate limit in the way: /health is asked every 10 ms for as long as the swap takes.
  const settings = { ...DEFAULT_SETTINGS, server: { ...DEFAULT_SETTINGS.server, rateLimitMax: 1_000_000 } };
  server = await startTestServer({ dataDir: home.dir, bundledList: false, settings });
});
after(async () => {
  await server?.close();
  home.cleanup();
  files.cleanup();
});

test('while a new version comes into force, /health is answered; screening then uses the new version', { timeout: 600_000 }, async () => {
  const key = await server.key('analyst');
  const { version } = await server.server.store.importFile(watchFile(`${listText}${JSON.stringify(added)}\n`));
  assert.equal((await server.server.store.inForce('watch'))?.hash, version.hash);

  // The screening request makes the service swap its engine; /health is asked every 10 ms meanwhile.
  const started = performance.now();
  let screened = false;
  const screening = call(`${server.url}/screen`, 'POST', { query: { schema: 'Person', name: 'Zebulon Quartermaine Okonkwo' } }, { 'x-api-key': key }).finally(() => {
    screened = true;
  });
  const answers: number[] = [];
  while (!screened) {
    const health = await call(`${server.url}/health`, 'GET');
    assert.equal(health.status, 200);
    if (!screened) answers.push(performance.now());
    await new Promise((r) => setTimeout(r, 10));
  }
  const result = await screening;
  const swapMs = performance.now() - started;

  assert.equal(result.status, 200);
  assert.deepStrictEqual(result.json.listVersions, [{ source: 'watch', hash: version.hash }]);
  const match = result.json.matches[0];
  assert.ok(match?.match, `no match for the added party: ${JSON.stringify(result.json).slice(0, 500)}`);
  assert.equal(match.referenceNumber, 'SWAP.1');
  assert.deepStrictEqual(match.explanation.listVersions, [{ source: 'watch', hash: version.hash }]);

  // Built on the server's thread, the swap held it for most of its time (the build and the
  // snapshot's write in one piece); from a worker, the longest wait is the decoding, a fraction.
  const gaps = answers.map((t, i) => t - (answers[i - 1] ?? started));
  const longest = Math.max(...gaps);
  assert.ok(answers.length >= 5, `only ${answers.length} health answers during a ${Math.round(swapMs)} ms swap`);
  console.log(`swap ${Math.round(swapMs)} ms, ${answers.length} health answers, longest wait ${Math.round(longest)} ms`);
  assert.ok(longest < swapMs / 2, `the longest wait for /health, ${Math.round(longest)} ms, is over half the ${Math.round(swapMs)} ms swap`);
});
