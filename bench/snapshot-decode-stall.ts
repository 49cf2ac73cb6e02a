/**
 * `BASE=<other checkout> [BENCH_NAMES=200000] [ROUNDS=3] node --expose-gc --max-old-space-size=8000 --import tsx
 * bench/snapshot-decode-stall.ts`: how long a saved engine's decoding in slices (what a server does
 * with a new list version's snapshot while it answers requests) holds the thread at a stretch, this
 * tree's snapshot format beside BASE's, in one process. The engine is built once (this tree); each
 * tree encodes it in its own format and decodes it with decodeSnapshotInSlices at the server's 20 ms
 * slices. Printed per tree and round: the longest gap between two turns of the event loop during the
 * decoding (what a request waiting on the thread would wait), the decoding's wall and CPU ms, and
 * the snapshot's size. Rounds alternate which tree goes first.
 */
import { MatchEngine } from '../src/matching/engine.js';
import { prepareList } from '../src/matching/prepared-list.js';
import { benchParties, cpuMs, loadAverage, requireBase } from './ab-setup.js';

interface SnapshotModule {
  encodeSnapshot(parts: unknown, key: string, inputs: string): Buffer;
  decodeSnapshotInSlices(bytes: Buffer, key: string, parties: unknown, sliceMs?: number): Promise<unknown>;
  preparedInputDigest(parties: unknown): string;
}

const base = requireBase();
const trees = [
  { name: 'this tree', module: (await import('../src/matching/engine-snapshot.js')) as SnapshotModule },
  { name: 'base', module: (await import(`${base}/src/matching/engine-snapshot.ts`)) as SnapshotModule },
];
const parties = await benchParties();
const list = prepareList(parties);
const parts = { list, keys: MatchEngine.fromPrepared(parties, { listVersions: [{ source: 'stall', hash: 'stall' }] }, list).indexKeys };
const KEY = 'stall';
const encoded = trees.map((t) => t.module.encodeSnapshot(parts, KEY, t.module.preparedInputDigest(parties)));

/** The decoding of `bytes` by `module`, with the longest gap between two turns of the loop meanwhile. */
async function measured(module: SnapshotModule, bytes: Buffer): Promise<{ longestMs: number; wallMs: number; cpuMs: number }> {
  let last = performance.now();
  let longest = 0;
  let done = false;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  await module.decodeSnapshotInSlices(bytes, KEY, parties, 20);
  const out = { wallMs: performance.now() - wall0, cpuMs: cpuMs() - cpu0 };
  done = true;
  // The stretch from the last turn to the decoding's end counts too.
  longest = Math.max(longest, performance.now() - last);
  return { longestMs: longest, ...out };
}

const rounds = Number(process.env.ROUNDS ?? 3);
console.log(`snapshot sizes: ${trees.map((t, i) => `${t.name} ${((encoded[i] as Buffer).length / 1048576).toFixed(1)} MiB`).join(', ')}; load ${loadAverage()}`);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? [0, 1] : [1, 0];
  for (const i of order) {
    (globalThis as { gc?: () => void }).gc?.();
    const m = await measured((trees[i] as (typeof trees)[number]).module, encoded[i] as Buffer);
    console.log(`round ${round + 1} ${(trees[i] as (typeof trees)[number]).name}: longest stretch ${m.longestMs.toFixed(1)} ms, decoding ${m.wallMs.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms CPU`);
  }
}
console.log(`load ${loadAverage()}`);
