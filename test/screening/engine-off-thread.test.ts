/**
 * The screening service's swap off the event loop (src/screening/engine-off-thread.ts): the linking
 * of a new set of versions is done by the worker and kept by the service, equal to linking on the
 * thread; a worker that fails is reported and the engine built on the thread instead, screening as a
 * built engine; the saved engine in force is never pruned by a replay's writes. Real list files.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { computeLinkSet } from '../../src/lists/link-cache.js';
import { ListStore } from '../../src/lists/store.js';
import type { ListVersion } from '../../src/lists/version.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { snapshotPath, versionsMeta } from '../../src/matching/saved-engine.js';
import { ScreeningService } from '../../src/screening/service.js';
import { engineOutputs, mixedQueries } from '../helpers/engine-outputs.js';
import { SANCTIONS, tempDir, UN_2017, UN_2018, UN_2025, UN_2026 } from '../helpers/paths.js';

describe('a swap off the event loop', () => {
  const { dir, cleanup } = tempDir();
  const store = new ListStore(dir);
  const lines: string[] = [];
  const report = (line: string): void => {
    lines.push(line);
  };
  let un2025: ListVersion;
  before(async () => {
    un2025 = (await store.importFile(UN_2025)).version;
    await store.importFile(join(SANCTIONS, 'uk-hmt-conlist-2018-04-13.csv'));
  });
  after(cleanup);

  it('links the new set in the worker, as the thread would', async () => {
    const service = new ScreeningService(store, undefined, report);
    const first = await service.get();
    assert.equal(first.groups.origin, 'computed', 'the first set is linked on the thread, before the server listens');
    const un2026 = (await store.importFile(UN_2026)).version;
    const swapped = await service.get();
    assert.ok(swapped.versions.some((v) => v.hash === un2026.hash));
    // Linked by the worker and kept in memory: the service did not link it again.
    assert.equal(swapped.groups.origin, 'memory');
    const onThread = computeLinkSet(swapped.versions.map((v) => v.hash), [...swapped.parties.values()]);
    assert.ok(onThread.links.length > 100, `${onThread.links.length} links: the UN and UK lists share many people`);
    const linksOf = (groups: typeof swapped.groups) => [...groups.links.values()].flat().map((l) => JSON.stringify(l)).sort();
    assert.deepStrictEqual(linksOf(swapped.groups), onThread.links.map((l) => JSON.stringify(l)).sort());
    assert.deepStrictEqual(lines, []);
  });

  it('a worker that fails is reported, and the engine is built on the thread and screens as a built one', async () => {
    const service = new ScreeningService(store, ['un'], report);
    const parties = (await store.load(un2025)).parties;
    // A version the store does not hold: the worker, which reads the parties from the store, fails.
    const unknown = { ...un2025, hash: 'f'.repeat(64) };
    const start = await service.engineOf(parties, [unknown]);
    assert.equal(start.origin, 'built');
    assert.equal(lines.length, 1);
    assert.match(String(lines[0]), /the engine's worker thread failed \(.*\); building the engine on the server's thread/);
    const raws = mixedQueries(parties, 150);
    assert.deepStrictEqual(engineOutputs(start.engine, raws), engineOutputs(MatchEngine.build(parties, versionsMeta([unknown])), raws));
    assert.ok(existsSync(snapshotPath(dir, versionsMeta([unknown]))), 'the engine built on the thread is saved');
    lines.length = 0;
  });

  it("replays against many old sets never prune the saved engine in force", async () => {
    const service = new ScreeningService(store, ['un'], report);
    const inForce = await service.get();
    const path = snapshotPath(dir, versionsMeta(inForce.versions));
    const olds = [(await store.importFile(UN_2017)).version, (await store.importFile(UN_2018)).version, un2025];
    // Five other sets, each written after the one in force was last read.
    for (const set of [[olds[0]!], [olds[1]!], [olds[2]!], [olds[0]!, olds[1]!], [olds[1]!, olds[2]!]]) {
      const parties = [];
      for (const v of set) parties.push(...(await store.load(v)).parties);
      assert.equal((await service.engineOf(parties, set)).origin, 'built');
      assert.ok(existsSync(path), `the engine in force is kept after the replay of ${set.map((v) => v.hash.slice(0, 8)).join(',')}`);
    }
    assert.deepStrictEqual(lines, []);
    assert.equal((await new ScreeningService(store, ['un'], report).get()).start.origin, 'saved', 'the next start reads it');
  });
});
