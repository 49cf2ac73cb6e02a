/**
 * `node --import tsx bench/monitor-recorded.ts`: the recorded path alone, for profiling and for
 * before/after comparisons of src/monitoring/event-store.ts (the full bench/monitor.bench.ts takes
 * minutes). Warms the screener on BENCH_DB_EVENTS (default 3,000) events, then processes and records
 * the same number of new events in batches of 64 into the embedded database (PGlite, in this
 * process, so its CPU counts) and prints events per CPU-second and per wall-second, plus the audit
 * rows written per event. BENCH_PROFILE=<file.cpuprofile> writes a CPU profile of the measured
 * part only (start-up, PGlite's initdb and the warm-up left out).
 *
 * BENCH_POSTGRES=1 records into a fresh PostgreSQL database instead (bench/bench-database.ts):
 * this process's CPU is then what a queue worker spends per event apart from the bus (judging,
 * building rows, the client's protocol work), the server's own CPU left out. BENCH_BATCH sets the
 * events per transaction (default 64).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { bundledUnList } from '../eval/lib/paths.js';
import { readUnXml } from '../src/lists/un.js';
import { processAndStoreBatch } from '../src/monitoring/event-store.js';
import { parseEvent } from '../src/monitoring/events.js';
import { InMemoryHistory } from '../src/monitoring/history.js';
import { processEvent } from '../src/monitoring/process.js';
import { loadReference } from '../src/monitoring/reference/load.js';
import { prepareReference } from '../src/monitoring/reference/prepared.js';
import type { EngineScreener } from '../src/monitoring/screening.js';
import { buildMonitor, buildScreeningBase } from '../src/monitoring/setup.js';
import { openDatabase } from '../src/store/database.js';
import { queryRows } from '../src/store/rows.js';
import { generateEvents } from './monitor-events.js';
import { createBenchDatabase } from './bench-database.js';

const BATCH = Number(process.env.BENCH_BATCH ?? 64);

async function main(): Promise<void> {
  const n = Number(process.env.BENCH_DB_EVENTS ?? 3000);
  const snap = await readUnXml({ path: bundledUnList });
  const base = buildScreeningBase(snap.parties, [{ source: 'un', hash: 'bundled-2026-01-28' }]);
  const monitor = buildMonitor(base, { reference: prepareReference(loadReference()) });
  // Warm the screener's cache in memory, so the figure is the recording's cost plus a warm path.
  const warm = { ...monitor, history: new InMemoryHistory() };
  for (const e of generateEvents(n, 'recorded-warm')) processEvent(parseEvent(e), warm);

  const events = generateEvents(n, 'recorded').map((e, i) => parseEvent(e, `event ${i}`));
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-recorded-'));
  const scratch = process.env.BENCH_POSTGRES === '1' ? await createBenchDatabase() : undefined;
  const database = await openDatabase({ dataDir: dir, ...(scratch ? { databaseUrl: scratch.url } : {}) });
  try {
    await processAndStoreBatch(database.db, monitor, events.slice(0, BATCH).map((e) => ({ ...e, id: `warm-${e.id}` })), { actor: 'system:bench' });
    const [before] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`);
    const profileTo = process.env.BENCH_PROFILE;
    const session = profileTo ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const screener = monitor.screener as EngineScreener;
    const stats0 = { ...screener.stats };
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < events.length; i += BATCH) await processAndStoreBatch(database.db, monitor, events.slice(i, i + BATCH), { actor: 'system:bench' });
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (session && profileTo) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(profileTo, JSON.stringify(profile));
      session.disconnect();
    }
    const [after] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`);
    const perCpu = Math.round(n / ((cpu.user + cpu.system) / 1e6));
    const perWall = Math.round((n / wall) * 1000);
    const auditPerEvent = (Number(after!.n) - Number(before!.n)) / n;
    process.stdout.write(`${JSON.stringify({ database: database.backend, events: n, batch: BATCH, perCpuSecond: perCpu, perWallSecond: perWall, auditRowsPerEvent: Math.round(auditPerEvent * 1000) / 1000, screeningQueries: screener.stats.queries - stats0.queries, screeningCacheHits: screener.stats.cacheHits - stats0.cacheHits })}\n`);
  } finally {
    await database.close();
    await scratch?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
