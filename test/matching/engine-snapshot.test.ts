import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { SanctionedParty } from '../../src/lists/model.js';
import { decodeSnapshot, decodeSnapshotInSlices, encodeSnapshot, preparedInputDigest, SnapshotRefused } from '../../src/matching/engine-snapshot.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { prepareList } from '../../src/matching/prepared-list.js';
import { savedOrBuiltEngine, snapshotPath } from '../../src/matching/saved-engine.js';
import { evalDataDir } from '../../eval/lib/paths.js';
import { engineOutputs, mixedQueries } from '../helpers/engine-outputs.js';
import { tempDir } from '../helpers/paths.js';
import { unParties } from './helpers.js';

const meta = { listVersions: [{ source: 'un', hash: 'test' }] };
const KEY = 'test-key';

const outputs = engineOutputs;

/** Every `step`-th query of the evaluation sets, and the benchmark's first `bench` queries. */
function sampleQueries(parties: readonly SanctionedParty[], step: number, bench: number): Record<string, unknown>[] {
  const raws: Record<string, unknown>[] = [];
  for (const file of readdirSync(evalDataDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(evalDataDir, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
    for (let i = 0; i < lines.length; i += step) raws.push({ id: 'eval', ...(JSON.parse(lines[i] as string) as { query: Record<string, unknown> }).query });
  }
  raws.push(...mixedQueries(parties, bench));
  return raws;
}

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof SnapshotRefused) return err.message;
    throw err;
  }
  return 'accepted';
}

/**
 * A snapshot's bytes with its body's JSON part and string table rewritten by `edit`, the header's
 * lengths and checksum made to fit: damage the checksum cannot catch, for the decoder's own checks.
 */
function rewritten(bytes: Buffer, edit: (body: { stringChunks: number[] }, table: string) => string): Buffer {
  const first = bytes.indexOf(0x0a);
  const second = bytes.indexOf(0x0a, first + 1);
  const header = JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as { json: number; strings: number; binary: number; sha256: string };
  const rest = bytes.subarray(second + 1);
  const body = JSON.parse(rest.subarray(0, header.json).toString('utf8')) as { stringChunks: number[] };
  const table = Buffer.from(edit(body, rest.subarray(header.json, header.json + header.strings).toString('utf8')), 'utf8');
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  const binary = rest.subarray(header.json + header.strings);
  const sha256 = createHash('sha256').update(json).update(table).update(binary).digest('hex');
  const line = JSON.stringify({ ...header, json: json.length, strings: table.length, sha256 });
  return Buffer.concat([bytes.subarray(0, first + 1), Buffer.from(`${line}\n`, 'utf8'), json, table, binary]);
}

describe('a saved engine read back (engine-snapshot.ts)', async () => {
  const parties = await unParties();
  const list = prepareList(parties);
  const built = MatchEngine.fromPrepared(parties, meta, list);
  const bytes = encodeSnapshot({ list, keys: built.indexKeys }, KEY, preparedInputDigest(parties));
  const read = decodeSnapshot(bytes, KEY, parties);

  it('gives back the prepared list a build makes: every name, token, weight, id, fact and frequency', () => {
    const fresh = prepareList(parties);
    assert.deepStrictEqual(read.list.names, fresh.names);
    assert.deepStrictEqual(read.list.partyNames, fresh.partyNames);
    assert.deepStrictEqual(read.list.facts, fresh.facts);
    assert.deepStrictEqual([...read.list.freq.df], [...fresh.freq.df]);
    assert.equal(read.list.freq.parties, fresh.freq.parties);
    assert.deepStrictEqual(read.list.mixedKeys, fresh.mixedKeys);
    // The vocabulary's representatives are the same tokens of the same names.
    assert.equal(read.list.vocab.length, fresh.vocab.length);
    const position = (l: typeof fresh, t: unknown): string => {
      for (let n = 0; n < l.names.length; n++) {
        const k = (l.names[n] as (typeof l.names)[number]).tokens.indexOf(t as never);
        if (k >= 0) return `${n}.${k}`;
      }
      return 'none';
    };
    for (let v = 0; v < fresh.vocab.length; v += 97) assert.equal(position(read.list, read.list.vocab[v]), position(fresh, fresh.vocab[v]));
  });

  it("gives back the index's keys and adjacent-key filter", () => {
    const keys = built.indexKeys;
    assert.deepStrictEqual([...read.keys.keyIds.keys()], [...keys.keyIds.keys()]);
    for (const [k, ids] of keys.keyIds) assert.deepStrictEqual([...(read.keys.keyIds.get(k) as Int32Array)], [...ids], k);
    const a = read.keys.adjacentKeys.parts;
    const b = keys.adjacentKeys.parts;
    assert.deepStrictEqual({ ...a, bits: [...a.bits] }, { ...b, bits: [...b.bits] });
  });

  it('screens exactly as a built engine (evaluation sets, every 16th query, and 600 benchmark queries)', () => {
    const raws = sampleQueries(parties, 16, 600);
    const loaded = MatchEngine.fromPrepared(parties, meta, read.list, { keys: read.keys });
    const expected = outputs(MatchEngine.build(parties, meta), raws);
    const got = outputs(loaded, raws);
    assert.ok(expected.filter((o) => o !== '[]').length > 500, 'the sample has matches to compare');
    for (let i = 0; i < expected.length; i++) assert.equal(got[i], expected[i], JSON.stringify(raws[i >> 1]));
  });

  it('refuses a snapshot that is truncated, damaged, foreign, for other lists, or stale, saying why', () => {
    assert.match(refusal(() => decodeSnapshot(bytes.subarray(0, bytes.length - 1000), KEY, parties)), /^truncated \(/);
    assert.match(refusal(() => decodeSnapshot(bytes.subarray(0, 60), KEY, parties)), /^truncated \(no header line\)|^damaged header/);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 5000] = (flipped[flipped.length - 5000] as number) ^ 0x10;
    assert.match(refusal(() => decodeSnapshot(flipped, KEY, parties)), /checksum differs/);
    const longer = Buffer.concat([bytes, Buffer.from('x')]);
    assert.match(refusal(() => decodeSnapshot(longer, KEY, parties)), /^damaged \(/);
    assert.match(refusal(() => decodeSnapshot(Buffer.from('{"names": []}\n'), KEY, parties)), /^not an engine snapshot$/);
    assert.match(refusal(() => decodeSnapshot(Buffer.alloc(0), KEY, parties)), /^not an engine snapshot$/);
    const newer = Buffer.from(bytes.toString('latin1').replace(/^interdict-engine-snapshot \d+/, 'interdict-engine-snapshot 99'), 'latin1');
    assert.match(refusal(() => decodeSnapshot(newer, KEY, parties)), /another format/);
    assert.match(refusal(() => decodeSnapshot(bytes, 'another-key', parties)), /other list versions/);
    // Same key, but the parties read differently (a name, or a country, changed since).
    const renamed = parties.map((p, i) => (i === 10 ? { ...p, names: p.names.map((n, k) => (k === 0 ? { ...n, full: `${n.full} X` } : n)) } : p));
    assert.match(refusal(() => decodeSnapshot(bytes, KEY, renamed)), /^stale/);
    const moved = parties.map((p, i) => (i === 20 ? { ...p, nationalities: [...p.nationalities, 'France'] } : p));
    assert.match(refusal(() => decodeSnapshot(bytes, KEY, moved)), /^stale/);
    assert.match(refusal(() => decodeSnapshot(bytes, KEY, parties.slice(1))), /^stale/);
    // A body consistent with its checksum but holding a value of the wrong kind.
    const odd = prepareList(parties);
    (odd.names[3]?.tokens[0] as { script: string }).script = 'klingon';
    const oddBytes = encodeSnapshot({ list: odd, keys: built.indexKeys }, KEY, preparedInputDigest(parties));
    assert.match(refusal(() => decodeSnapshot(oddBytes, KEY, parties)), /^malformed \(script\)$/);
    assert.equal(refusal(() => decodeSnapshot(bytes, KEY, parties)), 'accepted');
  });

  it('reads the string table a chunk at a time and refuses a table whose chunks do not add up', () => {
    let count = 0;
    rewritten(bytes, (body, table) => ((count = body.stringChunks.length), table));
    assert.ok(count > 1, "the UN list's table is in several chunks");
    // Rewritten unchanged: accepted (the helper itself is faithful).
    assert.equal(refusal(() => decodeSnapshot(rewritten(bytes, (_, t) => t), KEY, parties)), 'accepted');
    // The first chunk one byte shorter: its JSON is cut.
    const cut = rewritten(bytes, (body, t) => ((body.stringChunks[0] as number)--, (body.stringChunks[1] as number)++, t));
    assert.equal(refusal(() => decodeSnapshot(cut, KEY, parties)), 'malformed (string table)');
    // The first chunk written as two: every later text would sit one chunk's shortfall off.
    const split = rewritten(bytes, (body, t) => {
      const first = Buffer.from(t).subarray(0, body.stringChunks[0]).toString('utf8');
      const texts = JSON.parse(first) as string[];
      const halves = [JSON.stringify(texts.slice(0, 10)), JSON.stringify(texts.slice(10))];
      body.stringChunks.splice(0, 1, ...halves.map((h) => Buffer.byteLength(h)));
      return halves.join('') + t.slice(first.length);
    });
    assert.equal(refusal(() => decodeSnapshot(split, KEY, parties)), 'malformed (string table)');
    // A number where a text belongs.
    const numbered = rewritten(bytes, (body, t) => {
      const replaced = t.replace(/^\["(?:[^"\\]|\\.)*"/, '[1');
      (body.stringChunks[0] as number) -= Buffer.byteLength(t) - Buffer.byteLength(replaced);
      return replaced;
    });
    assert.equal(refusal(() => decodeSnapshot(numbered, KEY, parties)), 'malformed (string table)');
    // The last chunk lost: texts it held are named by rows that are still there.
    const short = rewritten(bytes, (body, t) => {
      const whole = Buffer.from(t);
      return whole.subarray(0, whole.length - (body.stringChunks.pop() as number)).toString('utf8');
    });
    assert.equal(refusal(() => decodeSnapshot(short, KEY, parties)), 'malformed (a text)');
  });

  it('decoded in slices (a server taking a new engine in), gives back the same parts and refuses the same', async () => {
    // sliceMs 0: the event loop runs at every pause, so every slice boundary is crossed.
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const sliced = await decodeSnapshotInSlices(bytes, KEY, parties, 0).finally(() => clearInterval(counting));
    assert.ok(turns > 0, 'the event loop ran while decoding');
    // Decoded again: screening (the tests above) fills caches in the names it reads.
    const read = decodeSnapshot(bytes, KEY, parties);
    assert.deepStrictEqual(sliced.list.names, read.list.names);
    assert.deepStrictEqual(sliced.list.partyNames, read.list.partyNames);
    assert.deepStrictEqual(sliced.list.facts, read.list.facts);
    assert.deepStrictEqual([...sliced.list.freq.df], [...read.list.freq.df]);
    assert.deepStrictEqual(sliced.list.mixedKeys, read.list.mixedKeys);
    assert.deepStrictEqual([...sliced.keys.keyIds.keys()], [...read.keys.keyIds.keys()]);
    const slicedRefusal = (b: Buffer, ps: readonly SanctionedParty[]): Promise<string> =>
      decodeSnapshotInSlices(b, KEY, ps, 0).then(
        () => 'accepted',
        (err: unknown) => (err instanceof SnapshotRefused ? err.message : Promise.reject(err)),
      );
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 5000] = (flipped[flipped.length - 5000] as number) ^ 0x10;
    const odd = prepareList(parties);
    (odd.names[3]?.tokens[0] as { script: string }).script = 'klingon';
    const oddBytes = encodeSnapshot({ list: odd, keys: built.indexKeys }, KEY, preparedInputDigest(parties));
    for (const [b, ps] of [[bytes.subarray(0, bytes.length - 1000), parties], [flipped, parties], [bytes, parties.slice(1)], [oddBytes, parties]] as const) {
      assert.equal(await slicedRefusal(b, ps), refusal(() => decodeSnapshot(b, KEY, ps)));
    }
  });

  it('the rest of the index built in slices (fromPreparedInSlices) is the one-piece build: the same index, the same screening', async () => {
    const { list: decoded, keys } = decodeSnapshot(bytes, KEY, parties);
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const sliced = await MatchEngine.fromPreparedInSlices(parties, meta, decoded, { keys }, 0).finally(() => clearInterval(counting));
    assert.ok(turns > 0, 'the event loop ran while the index was built');
    const whole = MatchEngine.fromPrepared(parties, meta, decoded, { keys });
    // Compared before either screens (screening fills the index's caches).
    const indexOf = (e: MatchEngine): unknown => (e as unknown as { index: unknown }).index;
    assert.deepStrictEqual(indexOf(sliced), indexOf(whole));
    const raws = sampleQueries(parties, 32, 300);
    const expected = outputs(whole, raws);
    const got = outputs(sliced, raws);
    assert.ok(expected.filter((o) => o !== '[]').length > 250, 'the sample has matches to compare');
    for (let i = 0; i < expected.length; i++) assert.equal(got[i], expected[i], JSON.stringify(raws[i >> 1]));
  });
});

describe('the engine a command starts with (saved-engine.ts)', async () => {
  const parties = await unParties();
  const raws = sampleQueries(parties, 200, 200);
  const expected = outputs(MatchEngine.build(parties, meta), raws);

  it('builds and saves on the first run, reads the saved engine on the next, and rebuilds over a bad one', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const lines: string[] = [];
      const report = (line: string): number => lines.push(line);
      const first = await savedOrBuiltEngine(dir, parties, meta, report);
      assert.equal(first.origin, 'built');
      assert.deepStrictEqual(lines, []);
      const path = snapshotPath(dir, meta);
      const good = readFileSync(path);
      const second = await savedOrBuiltEngine(dir, parties, meta, report);
      assert.equal(second.origin, 'saved');
      assert.deepStrictEqual(outputs(second.engine, raws), expected);
      assert.deepStrictEqual(lines, []);

      // Truncated (a write cut short by a full disk or a crash): reported, rebuilt and saved again.
      writeFileSync(path, good.subarray(0, good.length >> 1));
      const third = await savedOrBuiltEngine(dir, parties, meta, report);
      assert.equal(third.origin, 'built');
      assert.equal(lines.length, 1);
      assert.match(String(lines.at(0)), /saved engine .* not used: truncated \(.*\); building it again/);
      assert.deepStrictEqual(outputs(third.engine, raws), expected);
      assert.ok(readFileSync(path).equals(good), 'the rebuilt snapshot is written over the truncated one');

      // Not a snapshot at all.
      writeFileSync(path, 'hello');
      const fourth = await savedOrBuiltEngine(dir, parties, meta, report);
      assert.equal(fourth.origin, 'built');
      assert.match(String(lines.at(1)), /not used: not an engine snapshot/);
      assert.equal((await savedOrBuiltEngine(dir, parties, meta, report)).origin, 'saved');

      // Other list versions have a snapshot of their own; only the most recent few are kept.
      const engines = join(dir, 'lists', 'engines');
      for (let i = 0; i < 6; i++) {
        const old = join(engines, `old-${i}.snapshot`);
        writeFileSync(old, 'x');
        utimesSync(old, 1000 + i, 1000 + i);
      }
      const other = { listVersions: [{ source: 'un', hash: 'other' }] };
      assert.equal((await savedOrBuiltEngine(dir, parties, other, report)).origin, 'built');
      const kept = readdirSync(engines).filter((f) => f.endsWith('.snapshot')).sort();
      assert.equal(kept.length, 4);
      assert.ok(kept.includes('old-5.snapshot') && kept.includes('old-4.snapshot'), kept.join(' '));
      assert.equal(lines.length, 2);
    } finally {
      cleanup();
    }
  });

  it('keeps the snapshots last used, read or written, and never one named to keep', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const report = (line: string): never => assert.fail(line);
      await savedOrBuiltEngine(dir, parties, meta, report);
      const inForce = snapshotPath(dir, meta);
      const engines = join(dir, 'lists', 'engines');
      const old = (i: number): string => join(engines, `old-${i}.snapshot`);
      // Written long ago, but read now (a start): younger than six snapshots written since.
      utimesSync(inForce, 2000, 2000);
      for (let i = 0; i < 6; i++) {
        writeFileSync(old(i), 'x');
        utimesSync(old(i), 3000 + i, 3000 + i);
      }
      assert.equal((await savedOrBuiltEngine(dir, parties, meta, report)).origin, 'saved');
      assert.ok(statSync(inForce).mtimeMs > 1e12, 'reading marks the snapshot used now');
      await savedOrBuiltEngine(dir, parties, { listVersions: [{ source: 'un', hash: 'replayed-1' }] }, report);
      assert.ok(existsSync(inForce), 'the snapshot read last is kept');
      assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map((i) => existsSync(old(i))), [false, false, false, false, true, true]);

      // Not read for long (a server holds its engine for weeks), but named to keep while others are written.
      utimesSync(inForce, 1000, 1000);
      const replayed = { listVersions: [{ source: 'un', hash: 'replayed-2' }] };
      await savedOrBuiltEngine(dir, parties, replayed, report, { keep: [inForce] });
      assert.ok(existsSync(inForce) && existsSync(snapshotPath(dir, replayed)));
      assert.equal(readdirSync(engines).filter((f) => f.endsWith('.snapshot')).length, 4);
      await savedOrBuiltEngine(dir, parties, { listVersions: [{ source: 'un', hash: 'replayed-3' }] }, report);
      assert.ok(!existsSync(inForce), 'unnamed and least recently used, it goes');
    } finally {
      cleanup();
    }
  });
});
