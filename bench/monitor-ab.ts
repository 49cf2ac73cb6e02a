/**
 * `BENCH_AB_BASE=/path/to/other/checkout node --import tsx bench/monitor-ab.ts`: before/after of the
 * monitoring path in ONE process, this checkout (B) against another checkout of the project (A; a
 * `git worktree add` of the base commit with a node_modules link), so both meet the same machine
 * load at the same moments. On the project's shared 2-core machine separate runs differ by 10% and
 * more with the neighbours' load; interleaving is what makes a 10% change visible.
 *
 * Each side builds its own engine, screener, rule pack and database from its own sources, warms
 * its screener on BENCH_AB_EVENTS / 2 events (a worker that has met half the stream), then both
 * process the same BENCH_AB_EVENTS new events (default 8,000) in blocks, A then B, then B then A,
 * alternately; the CPU time of this process (user + system) is counted per block and side.
 *
 *   BENCH_AB_MODE=recorded (default)  processAndStoreBatch into a fresh PostgreSQL database per side
 *                                     (bench/bench-database.ts), blocks of BENCH_BATCH events (512,
 *                                     a worker's batch); BENCH_PGLITE=1 for the embedded database.
 *   BENCH_AB_MODE=judge               judging only: runEvents with in-memory history, blocks of 1,000.
 *   BENCH_AB_PRELOAD=N                (recorded) N other events recorded first, unmeasured, on the
 *                                     same dates, so the measured batches read a stored history.
 *
 * Prints events per CPU-second for each side and the outcome counts of each side, which must be
 * equal (a change that moves decisions is not a speed-up).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundledUnList, repoRoot } from '../eval/lib/paths.js';
import { readUnXml } from '../src/lists/un.js';
import { createBenchDatabase } from './bench-database.js';
import { generateEvents } from './monitor-events.js';

const baseRoot = process.env.BENCH_AB_BASE;
if (!baseRoot) {
  process.stderr.write('set BENCH_AB_BASE to the checkout to compare against (e.g. a git worktree of the base commit)\n');
  process.exit(2);
}
const N = Number(process.env.BENCH_AB_EVENTS ?? 8000);
const MODE = process.env.BENCH_AB_MODE ?? 'recorded';
const PRELOAD = Number(process.env.BENCH_AB_PRELOAD ?? 0);
const BLOCK = MODE === 'judge' ? 1000 : Number(process.env.BENCH_BATCH ?? 512);
const snap = await readUnXml({ path: bundledUnList });

interface Side {
  name: string;
  run(events: unknown[]): Promise<string[]>;
  events: unknown[];
  cpu: number;
  outcomes: Record<string, number>;
  close(): Promise<void>;
}

async function side(name: string, root: string): Promise<Side> {
  const load = (p: string) => import(join(root, 'src', p));
  const [setup, evs, hist, proc, runner, store, db, ref, prep] = await Promise.all(
    ['monitoring/setup.ts', 'monitoring/events.ts', 'monitoring/history.ts', 'monitoring/process.ts', 'monitoring/runner.ts', 'monitoring/event-store.ts', 'store/database.ts', 'monitoring/reference/load.ts', 'monitoring/reference/prepared.ts'].map(load),
  );
  const monitor = setup.buildMonitor(setup.buildScreeningBase(snap.parties, [{ source: 'un', hash: 'bundled-2026-01-28' }]), { reference: prep.prepareReference(ref.loadReference()) });
  const warm = { ...monitor, history: new hist.InMemoryHistory() };
  for (const e of generateEvents(N / 2, 'ab-warm')) proc.processEvent(evs.parseEvent(e), warm);
  const events = generateEvents(N, 'ab-measured').map((e: unknown, i: number) => evs.parseEvent(e, `event ${i}`));
  const base = { name, events, cpu: 0, outcomes: {} as Record<string, number> };
  if (MODE === 'judge') {
    const ctx = { ...monitor, history: new hist.InMemoryHistory() };
    return { ...base, run: async (block) => runner.runEvents(block, ctx).map((r: { duplicate: boolean; decision?: { decision: string } }) => r.decision?.decision ?? 'duplicate'), close: async () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-ab-'));
  const scratch = process.env.BENCH_PGLITE === '1' ? undefined : await createBenchDatabase();
  const database = await db.openDatabase({ dataDir: dir, ...(scratch ? { databaseUrl: scratch.url } : {}) });
  await store.processAndStoreBatch(database.db, monitor, events.slice(0, 64).map((e: { id: string }) => ({ ...e, id: `warm-${e.id}` })), { actor: 'system:bench' });
  // BENCH_AB_PRELOAD: that many other events recorded first, unmeasured, over the same dates: the
  // measured batches then read a stored history, as a worker's warm phase does (bench/monitor-nats.ts).
  const preload = generateEvents(PRELOAD, 'ab-preload').map((e: unknown, i: number) => evs.parseEvent(e, `preload ${i}`));
  for (let i = 0; i < preload.length; i += 512) await store.processAndStoreBatch(database.db, monitor, preload.slice(i, i + 512), { actor: 'system:bench' });
  return {
    ...base,
    run: async (block) => (await store.processAndStoreBatch(database.db, monitor, block, { actor: 'system:bench' })).map((p: { outcome: { outcome: string } }) => p.outcome.outcome),
    close: async () => {
      await database.close();
      await scratch?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const a = await side('A (BENCH_AB_BASE)', resolve(baseRoot));
const b = await side('B (this checkout)', repoRoot);
try {
  for (let i = 0, round = 0; i < N; i += BLOCK, round++) {
    for (const s of round % 2 === 0 ? [a, b] : [b, a]) {
      const c0 = process.cpuUsage();
      const outcomes = await s.run(s.events.slice(i, i + BLOCK));
      const c = process.cpuUsage(c0);
      s.cpu += (c.user + c.system) / 1e6;
      for (const o of outcomes) s.outcomes[o] = (s.outcomes[o] ?? 0) + 1;
    }
  }
  const same = JSON.stringify(a.outcomes) === JSON.stringify(b.outcomes);
  process.stdout.write(`${JSON.stringify({ mode: MODE, events: N, preload: PRELOAD, block: BLOCK, a: Math.round(N / a.cpu), b: Math.round(N / b.cpu), ratio: Math.round((a.cpu / b.cpu) * 1000) / 1000, outcomesEqual: same, outcomes: b.outcomes })}\n`);
  if (!same) {
    process.stderr.write(`outcomes differ: A ${JSON.stringify(a.outcomes)}, B ${JSON.stringify(b.outcomes)}\n`);
    process.exitCode = 1;
  }
} finally {
  await a.close();
  await b.close();
}
