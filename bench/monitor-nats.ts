/**
 * The scale-out stage of bench/monitor.bench.ts: two `interdict monitor worker` processes on NATS
 * JetStream and PostgreSQL, sharing one durable consumer. Once both workers are ready (engine
 * built, consumer bound) the events are published as one burst, and the clock runs from the first
 * publish to the last outcome committed. Reported:
 *
 *   perWallSecond        events recorded per second of wall time, both workers together
 *   perWorkerCpuSecond   events per CPU-second of the two worker processes (from /proc: user + system),
 *                        i.e. per core; PostgreSQL's and nats-server's own CPU is not in it
 *
 * Each run uses its own database, stream, subject and consumer, all removed afterwards. Needs
 * NATS_URL and a PostgreSQL server (INTERDICT_BENCH_PG_URL, default the local test server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { JetStreamBus } from '../src/bus/jetstream.js';
import { ListStore } from '../src/lists/store.js';
import { encodeEvent, messageId } from '../src/monitoring/bus-worker.js';
import { parseEvent } from '../src/monitoring/events.js';
import { openDatabase } from '../src/store/database.js';
import { repoRoot } from '../eval/lib/paths.js';

export interface NatsStage {
  events: number;
  workers: number;
  perWallSecond: number;
  perWorkerCpuSecond: number;
  outcomes: Record<string, number>;
  /** Mean events per worker transaction (batch): small batches cost a commit and an audit append each. */
  eventsPerTransaction: number;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, utime 14, stime 15 (1-based in proc(5)).
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function natsStage(rawEvents: unknown[], natsUrl: string, workers = 2): Promise<NatsStage> {
  const adminUrl = process.env.INTERDICT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const run = randomBytes(4).toString('hex');
  const dbName = `interdict_bench_${run}`;
  const names = { stream: `INTERDICT_BENCH_${run}`, subject: `interdict.bench.${run}`, consumer: `bench-${run}` };
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const databaseUrl = withDatabaseName(adminUrl, dbName);
  const dataDir = mkdtempSync(join(tmpdir(), 'interdict-bench-nats-'));
  const children: ChildProcess[] = [];
  let bus: JetStreamBus | undefined;
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    // Migrate once and lay down the bundled list before the workers start (they would race for both).
    await (await openDatabase({ dataDir, databaseUrl })).close();
    await new ListStore(dataDir).ensureBundledUn();
    await client.connect();
    bus = await JetStreamBus.connect({ url: natsUrl, ...names });
    const events = rawEvents.map((e, i) => parseEvent(e, `event ${i}`));

    const env = { ...process.env, INTERDICT_HOME: dataDir, DATABASE_URL: databaseUrl, NATS_URL: natsUrl };
    const ready: Promise<void>[] = [];
    for (let i = 0; i < workers; i++) {
      // BENCH_WORKER_PROFILE_DIR: each worker writes a CPU profile there when it exits (start-up included).
      const profile = process.env.BENCH_WORKER_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE_DIR}`] : [];
      const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), 'monitor', 'worker', '--stream', names.stream, '--subject', names.subject, '--consumer', names.consumer], {
        cwd: repoRoot,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      children.push(child);
      ready.push(
        new Promise((resolve, reject) => {
          let err = '';
          child.stderr!.on('data', (b: Buffer) => {
            err += b.toString();
            if (/^worker \d+:/m.test(err)) resolve();
          });
          child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${err}`)));
        }),
      );
    }
    // Ready = engine built and consumer bound. The clock and the CPU count start after that, so
    // start-up is not in the figure; then the events are published as one burst.
    await Promise.all(ready);
    const t0 = performance.now();
    const cpu0 = children.map((c) => cpuSeconds(c.pid!));
    // In windows of 200 outstanding publishes: thousands at once time out on a loaded machine.
    for (let i = 0; i < events.length; i += 200) await Promise.all(events.slice(i, i + 200).map((e) => bus!.publish(messageId(e), encodeEvent(e))));
    const count = async (): Promise<number> => Number((await client.query<{ n: number }>('select count(*)::int as n from monitoring_events')).rows[0]!.n);
    while ((await count()) < events.length) await new Promise((r) => setTimeout(r, 20));
    const wall = (performance.now() - t0) / 1000;
    const cpu = children.reduce((sum, c, i) => sum + cpuSeconds(c.pid!) - cpu0[i]!, 0);
    const outcomes: Record<string, number> = {};
    for (const r of (await client.query<{ outcome: string; n: number }>('select outcome, count(*)::int as n from monitoring_events group by outcome')).rows) outcomes[r.outcome] = Number(r.n);
    // One event.process audit entry per worker transaction (src/monitoring/event-audit.ts).
    const transactions = Number((await client.query<{ n: number }>(`select count(*)::int as n from audit_log where action = 'event.process'`)).rows[0]!.n);
    return {
      events: events.length, workers, perWallSecond: Math.round(events.length / wall), perWorkerCpuSecond: Math.round(events.length / cpu), outcomes,
      eventsPerTransaction: Math.round((events.length / Math.max(1, transactions)) * 10) / 10,
    };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await bus?.destroy();
    await bus?.close();
    await client.end().catch(() => undefined);
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
