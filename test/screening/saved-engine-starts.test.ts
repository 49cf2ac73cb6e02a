/**
 * The screening service (the server's engine), the alert replayer and the re-screen's worker threads
 * start from the data directory's saved engine (src/matching/saved-engine.ts): the first start builds
 * and saves it, the next reads it and screens exactly as a built engine; a damaged file is refused
 * with its reason, reported where the component reports, rebuilt and written again; a list version
 * put in force while serving is saved for the next start. Real list files (UN 2025-11-20, 2026-01-28).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ListStore } from '../../src/lists/store.js';
import type { ListVersion } from '../../src/lists/version.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { snapshotPath } from '../../src/matching/saved-engine.js';
import { parseQuery } from '../../src/matching/query.js';
import { ParallelDiffScreener } from '../../src/screening/parallel-diff.js';
import { AlertReplayer } from '../../src/screening/replay.js';
import { ScreeningService } from '../../src/screening/service.js';
import type { Db } from '../../src/store/database.js';
import { engineOutputs, mixedQueries } from '../helpers/engine-outputs.js';
import { tempDir, UN_2025, UN_2026 } from '../helpers/paths.js';

const metaOf = (versions: readonly ListVersion[]) => ({ listVersions: versions.map((v) => ({ source: v.source, hash: v.hash })) });

describe('starting from the saved engine: service, replay, parallel re-screen', () => {
  const { dir, cleanup } = tempDir();
  const store = new ListStore(dir);
  const lines: string[] = [];
  const report = (line: string): void => {
    lines.push(line);
  };
  let old: ListVersion;
  before(async () => {
    old = (await store.importFile(UN_2025)).version;
  });
  after(cleanup);

  /** What a freshly built engine answers for these versions, and the queries asked. */
  async function builtAnswers(versions: readonly ListVersion[]): Promise<{ raws: Record<string, unknown>[]; expected: string[] }> {
    const parties = (await store.load(versions[0]!)).parties;
    const raws = mixedQueries(parties, 150);
    return { raws, expected: engineOutputs(MatchEngine.build(parties, metaOf(versions)), raws) };
  }

  it('the service builds and saves on its first start and reads the saved engine on the next', async () => {
    const first = await new ScreeningService(store, undefined, report).get();
    assert.equal(first.start.origin, 'built');
    assert.ok(existsSync(snapshotPath(dir, metaOf(first.versions))));
    const second = await new ScreeningService(store, undefined, report).get();
    assert.equal(second.start.origin, 'saved');
    const { raws, expected } = await builtAnswers(second.versions);
    assert.deepStrictEqual(engineOutputs(second.engine, raws), expected);
    assert.deepStrictEqual(lines, []);
  });

  it('a damaged saved engine is refused with its reason, reported, rebuilt and written again', async () => {
    const path = snapshotPath(dir, metaOf([old]));
    const good = readFileSync(path);
    const flipped = Buffer.from(good);
    const at = flipped.length - 100;
    flipped.writeUInt8(flipped.readUInt8(at) ^ 0xff, at);
    writeFileSync(path, flipped);
    const loaded = await new ScreeningService(store, undefined, report).get();
    assert.equal(loaded.start.origin, 'built');
    assert.equal(lines.length, 1);
    assert.match(String(lines[0]), /saved engine .* not used: .*checksum.*; building it again/);
    assert.ok(readFileSync(path).equals(good), 'the rebuilt engine is saved over the damaged file');
    const { raws, expected } = await builtAnswers(loaded.versions);
    assert.deepStrictEqual(engineOutputs(loaded.engine, raws), expected);
    lines.length = 0;
  });

  it('a version put in force while serving is saved for the next start', async () => {
    const service = new ScreeningService(store, undefined, report);
    assert.equal((await service.get()).start.origin, 'saved');
    const current = (await store.importFile(UN_2026)).version;
    const swapped = await service.get();
    assert.deepStrictEqual(swapped.versions.map((v) => v.hash), [current.hash]);
    assert.equal(swapped.start.origin, 'built');
    assert.ok(existsSync(snapshotPath(dir, metaOf([current]))));
    const restarted = await new ScreeningService(store, undefined, report).get();
    assert.equal(restarted.start.origin, 'saved');
    const { raws, expected } = await builtAnswers([current]);
    assert.deepStrictEqual(engineOutputs(restarted.engine, raws), expected);
    assert.deepStrictEqual(lines, []);
  });

  it('the replayer reads the saved engine of the versions an alert was screened against', async () => {
    const service = new ScreeningService(store, undefined, report);
    // engineFor reads only the list store and the service; no alert, so no database.
    const replayer = (): AlertReplayer => new AlertReplayer(undefined as unknown as Db, store, service);
    const read = await replayer().engineFor([old.hash]);
    assert.equal(read.origin, 'saved');
    const { raws, expected } = await builtAnswers([old]);
    assert.deepStrictEqual(engineOutputs(read.engine, raws), expected);

    const path = snapshotPath(dir, metaOf([old]));
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, 1000));
    const rebuilt = await replayer().engineFor([old.hash]);
    assert.equal(rebuilt.origin, 'built');
    assert.match(String(lines.at(-1)), /not used: truncated \(\d+ of \d+ bytes\); building it again/);
    assert.deepStrictEqual(engineOutputs(rebuilt.engine, raws), expected);
    assert.equal((await replayer().engineFor([old.hash])).origin, 'saved');
    lines.length = 0;
  });

  it("the re-screen's workers read the saved engine and find what built ones find", async () => {
    const loaded = await new ScreeningService(store, undefined, report).get();
    const parties = [...loaded.parties.values()];
    const targets = parties.filter((_, i) => i % 40 === 0);
    const queries = mixedQueries(parties, 120).map((r) => parseQuery(r));
    const threshold = loaded.engine.defaultThreshold;
    const builtPool = await ParallelDiffScreener.start(parties, loaded.engine.listVersions, targets, threshold, 1);
    const savedPool = await ParallelDiffScreener.start(parties, loaded.engine.listVersions, targets, threshold, 2, { dataDir: dir, report });
    try {
      assert.deepStrictEqual(builtPool.engineOrigins, ['built']);
      assert.deepStrictEqual(savedPool.engineOrigins, ['saved', 'saved']);
      assert.deepStrictEqual(await savedPool.screen(queries), await builtPool.screen(queries));
    } finally {
      await builtPool.close();
      await savedPool.close();
    }

    // A damaged file: the worker's note reaches the pool's caller, and the worker builds.
    writeFileSync(snapshotPath(dir, metaOf(loaded.versions)), 'hello');
    const rebuilt = await ParallelDiffScreener.start(parties, loaded.engine.listVersions, targets, threshold, 1, { dataDir: dir, report });
    try {
      assert.deepStrictEqual(rebuilt.engineOrigins, ['built']);
      assert.equal(lines.length, 1);
      assert.match(String(lines[0]), /not used: not an engine snapshot; building it again/);
    } finally {
      await rebuilt.close();
    }
  });
});
