/**
 * The re-screen's diff made by a worker thread (src/screening/list-diff-off-thread.ts), with real
 * worker threads on a real list store: the worker's diff is the one made on the thread, and a worker
 * that cannot start or stops without answering is reported and the same diff made on the thread.
 */
import assert from 'node:assert/strict';
import { test, after } from 'node:test';
import { syntheticListJsonl } from '../../bench/synthetic-list.js';
import { diffLists } from '../../src/lists/diff.js';
import { ListStore } from '../../src/lists/store.js';
import type { ListVersion } from '../../src/lists/version.js';
import { diffOffThread } from '../../src/screening/list-diff-off-thread.js';
import { workerBeside } from '../../src/util/module-worker.js';
import { tempDir } from '../helpers/paths.js';

const home = tempDir('interdict-list-diff-off-thread-');
after(() => home.cleanup());
const store = new ListStore(home.dir);
const text = syntheticListJsonl(80, 'list-diff-off-thread');
const lines = text.trimEnd().split('\n');
let previous: ListVersion;
let current: ListVersion;
let onThread: ReturnType<typeof diffLists>;

test('set-up: two versions of a list, one party removed and one added', async () => {
  previous = (await store.importBytes(Buffer.from(text), 'watch.jsonl')).version;
  const next = [...lines.slice(1), JSON.stringify({ id: 'DIFF.1', schema: 'Person', name: ['Ottoline Verbruggen'] })].join('\n') + '\n';
  current = (await store.importBytes(Buffer.from(next), 'watch.jsonl')).version;
  onThread = diffLists((await store.load(previous)).parties, (await store.load(current)).parties);
  assert.equal(onThread.added.length, 1);
  assert.equal(onThread.removed.length, 1);
});

test("the worker's diff is the diff made on the thread, and nothing is reported", async () => {
  const reports: string[] = [];
  assert.deepEqual(await diffOffThread(store, previous, current, (l) => reports.push(l), { minParties: 0 }), onThread);
  assert.deepEqual(reports, []);
});

for (const [why, module, expected] of [
  ['cannot start', 'workers/no-such-list-diff-worker', /^the list diff's worker thread failed \(.*no-such-list-diff-worker.*\); diffing on the server's thread$/],
  ['stops without answering', 'workers/list-diff-worker-exits', /^the list diff's worker thread failed \(exit code 2 before it answered\); diffing on the server's thread$/],
] as const) {
  test(`a diff worker that ${why} is reported and the same diff made on the thread`, async () => {
    const reports: string[] = [];
    const diff = await diffOffThread(store, previous, current, (l) => reports.push(l), { minParties: 0, start: (data) => workerBeside(import.meta.url, module, data) });
    assert.deepEqual(diff, onThread);
    assert.equal(reports.length, 1);
    assert.match(reports[0]!, expected);
  });
}
