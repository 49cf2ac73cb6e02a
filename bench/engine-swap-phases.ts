/**
 * `SWAP_LIST=<list.jsonl> node --max-old-space-size=8000 --import tsx bench/engine-swap-phases.ts`:
 * the CPU of each part of making the engine of a new list version (src/screening/engine-off-thread.ts),
 * to see which stay on a server's thread and how long each holds it. The list (bench/synthetic-list-file.ts
 * writes one) is imported into a fresh data directory alone; ROUNDS (default 2) rounds, each printing
 * CPU ms per part with the load average: the parties read whole and in pieces, the build (analysis and
 * the whole index), the snapshot's encoding, its decoding whole and in slices, and the rest of the
 * index from the decoded parts (MatchEngine.fromPrepared, the one part the thread does in one piece).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListStore } from '../src/lists/store.js';
import { MatchEngine } from '../src/matching/engine.js';
import { decodeSnapshot, decodeSnapshotInSlices, encodeSnapshot, preparedInputDigest } from '../src/matching/engine-snapshot.js';
import { prepareList } from '../src/matching/prepared-list.js';
import { snapshotKey, versionsMeta } from '../src/matching/saved-engine.js';
import { cpuMs, loadAverage } from './ab-setup.js';

const list = process.env.SWAP_LIST;
if (!list) throw new Error('SWAP_LIST must name a list file (bench/synthetic-list-file.ts writes one)');
const dir = mkdtempSync(join(tmpdir(), 'engine-swap-phases-'));
try {
  const { version } = await new ListStore(dir).importFile(list);
  const meta = versionsMeta([version]);
  const key = snapshotKey(meta);
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
    const parts: [string, number][] = [];
    const timed = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
      const c = cpuMs();
      const out = await work();
      parts.push([name, Math.round(cpuMs() - c)]);
      return out;
    };
    const parties = (await timed('read whole', () => new ListStore(dir).load(version))).parties;
    await timed('read in pieces', () => new ListStore(dir).load(version, { inPieces: true }));
    const built = await timed('build', () => {
      const prepared = prepareList(parties);
      return { prepared, engine: MatchEngine.fromPrepared(parties, meta, prepared) };
    });
    const bytes = await timed('encode', () => encodeSnapshot({ list: built.prepared, keys: built.engine.indexKeys }, key, preparedInputDigest(parties)));
    await timed('decode whole', () => decodeSnapshot(bytes, key, parties));
    const decoded = await timed('decode in slices', () => decodeSnapshotInSlices(bytes, key, parties));
    await timed('rest of the index', () => MatchEngine.fromPrepared(parties, meta, decoded.list, { keys: decoded.keys }));
    process.stdout.write(`round ${round} (${parties.length} parties): ${parts.map(([n, ms]) => `${n} ${ms}`).join(', ')} CPU ms; load ${loadAverage()}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
