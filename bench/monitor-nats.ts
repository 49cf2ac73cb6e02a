/**
 * The scale-out stage of bench/monitor.bench.ts: two `interdict monitor worker` processes on NATS
 * JetStream and PostgreSQL, sharing one durable consumer. Once both workers are ready (engine
 * built, consumer bound) the events of each phase are published as one burst, and the clock runs
 * from the first publish to the last outcome of the phase committed. Two phases on the same
 * workers, as the in-process stages: "cold", the workers' first events (each worker's screening
 * cache starts empty and meets most of the population's names), then "warm", as many new events
 * from the same customers and counterparties (the steady state of a stream where counterparties
 * repeat). Reported per phase:
 *
 *   perWallSecond        events recorded per second of wall time, both workers together
 *   perWorkerCpuSecond   events per CPU-second of the two worker processes (from /proc: user + system,
 *                        every thread), i.e. per core; PostgreSQL's, nats-server's and the
 *                        publisher's CPU is not in it (postgresCpuSeconds: the run database's
 *                        backends; machineCpuSeconds: the whole machine's)
 *
 * Each run uses its own database, stream, subject and consumer, all removed afterwards. Needs
 * NATS_URL and a PostgreSQL server (INTERDICT_BENCH_PG_URL, default the local test server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { JetStreamBus } from '../src/bus/jetstream.js';
import { ListStore } from '../src/lists/store.js';
import { encodeEvent, messageId } from '../src/monitoring/bus-worker.js';
import { parseEvent } from '../src/monitoring/events.js';
import { openDatabase } from '../src/store/database.js';
import { repoRoot } from '../eval/lib/paths.js';
import { createBenchDatabase } from './bench-database.js';

export interface NatsPhase {
  events: number;
  perWallSecond: number;
  perWorkerCpuSecond: number;
  /** CPU-seconds of the two workers, and of the whole machine (every process: /proc/stat) in the same span. */
  workerCpuSeconds: number;
  /**
   * Of workerCpuSeconds, the workers' main threads (/proc/<pid>/task/<pid>/stat): what a CPU profile
   * sees. The rest is V8's helper threads (concurrent and parallel GC, compilers) and libuv's.
   */
  workerMainThreadCpuSeconds: number;
  /** Of workerCpuSeconds, system time (the kernel's work for the workers: socket reads and writes, mostly). */
  workerSystemCpuSeconds: number;
  machineCpuSeconds: number;
  /**
   * CPU-seconds of the PostgreSQL backends serving this run's database (the workers' connections
   * and the bench's own, from /proc), in the same span: work a change could move from the workers
   * into the database.
   */
  postgresCpuSeconds: number;
  wallSeconds: number;
  /** Mean events per worker transaction (batch): small batches cost a commit and an audit append each. */
  eventsPerTransaction: number;
}

export interface NatsStage {
  workers: number;
  cold: NatsPhase;
  warm: NatsPhase;
  /** Outcomes of every event of both phases. */
  outcomes: Record<string, number>;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/**
 * CPU-seconds of a process (every thread), or with `thread` of that one thread (its task id);
 * user + system time, or with `systemOnly` the system time alone.
 */
function cpuSeconds(pid: number, thread?: number, systemOnly = false): number {
  const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, utime 14, stime 15 (1-based in proc(5)).
  return ((systemOnly ? 0 : Number(fields[11])) + Number(fields[12])) / CLOCK_TICKS;
}

/** CPU-seconds used by the whole machine so far (all cores, all processes; /proc/stat, idle and iowait left out). */
function machineCpuSeconds(): number {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal
  return (f[0]! + f[1]! + f[2]! + f[5]! + f[6]! + f[7]!) / CLOCK_TICKS;
}

/** Backend pid -> CPU-seconds so far, for every backend connected to this database (pg_stat_activity). */
async function backendCpu(client: pg.Client): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const r of (await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database()')).rows) {
    try {
      out.set(r.pid, cpuSeconds(r.pid));
    } catch {
      // Gone since the query, or not readable here: left out.
    }
  }
  return out;
}

/** `cold` and `warm`: two batches of raw events (distinct ids, same population), processed in that order. */
export async function natsStage(phases: { cold: unknown[]; warm: unknown[] }, natsUrl: string, workers = 2): Promise<NatsStage> {
  const run = randomBytes(4).toString('hex');
  const names = { stream: `INTERDICT_BENCH_${run}`, subject: `interdict.bench.${run}`, consumer: `bench-${run}` };
  const scratch = await createBenchDatabase();
  const databaseUrl = scratch.url;
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

    const env = { ...process.env, INTERDICT_HOME: dataDir, DATABASE_URL: databaseUrl, NATS_URL: natsUrl };
    // BENCH_NATS_BATCH: the workers' --batch (events per transaction); unset, the worker's default.
    const batch = process.env.BENCH_NATS_BATCH ? ['--batch', process.env.BENCH_NATS_BATCH] : [];
    const ready: Promise<void>[] = [];
    // BENCH_WORKER_ROOT: the checkout whose CLI the workers run (default this one), so one bench
    // measures a base checkout's workers and this one's the same way.
    const workerRoot = process.env.BENCH_WORKER_ROOT ?? repoRoot;
    for (let i = 0; i < workers; i++) {
      // BENCH_WORKER_PROFILE_DIR: each worker writes a CPU profile there when it exits (start-up included).
      const profile = process.env.BENCH_WORKER_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE_DIR}`] : [];
      // BENCH_WORKER_NODE_ARGS: options for the workers' node (space-separated), e.g. V8 GC flags to compare.
      const nodeArgs = process.env.BENCH_WORKER_NODE_ARGS?.split(' ').filter((a) => a !== '') ?? [];
      const child = spawn(process.execPath, [...nodeArgs, ...profile, '--import', 'tsx', join(workerRoot, 'src', 'cli', 'main.ts'), 'monitor', 'worker', '--stream', names.stream, '--subject', names.subject, '--consumer', names.consumer, ...batch], {
        cwd: workerRoot,
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
    // start-up is not in the figure.
    await Promise.all(ready);
    const count = async (sql: string): Promise<number> => Number((await client.query<{ n: number }>(sql)).rows[0]!.n);
    let recorded = 0;
    const spans: Record<string, [number, number]> = {};
    let transactions = 0;
    const phase = async (raw: unknown[], label: string): Promise<NatsPhase> => {
      const events = raw.map((e, i) => parseEvent(e, `${label} event ${i}`));
      const t0 = performance.now();
      const mono0 = process.hrtime.bigint();
      const cpu0 = children.map((c) => cpuSeconds(c.pid!));
      const main0 = children.map((c) => cpuSeconds(c.pid!, c.pid!));
      const sys0 = children.map((c) => cpuSeconds(c.pid!, undefined, true));
      const machine0 = machineCpuSeconds();
      const pg0 = await backendCpu(client);
      // In windows of 200 outstanding publishes: thousands at once time out on a loaded machine.
      for (let i = 0; i < events.length; i += 200) await Promise.all(events.slice(i, i + 200).map((e) => bus!.publish(messageId(e), encodeEvent(e))));
      recorded += events.length;
      // Done when the consumer holds nothing unacked (workers ack after the commit), then checked
      // against the table. Polling count(*) every 20 ms had PostgreSQL scan the growing table 50
      // times a second, CPU taken from the workers on this 2-core machine.
      const drained = async (): Promise<boolean> => {
        const b = await bus!.backlog();
        return b.pending === 0 && b.ackPending === 0;
      };
      while (!(await drained()) || (await count('select count(*)::int as n from monitoring_events')) < recorded) await new Promise((r) => setTimeout(r, 20));
      const wall = (performance.now() - t0) / 1000;
      // The phase's span on the monotonic clock V8's profiles use (microseconds), for
      // bench/monitor-profile.ts to pick the phase's samples out of the workers' profiles.
      if (process.env.BENCH_WORKER_PROFILE_DIR) spans[label] = [Number(mono0 / 1000n), Number(process.hrtime.bigint() / 1000n)];
      const cpu = children.reduce((sum, c, i) => sum + cpuSeconds(c.pid!) - cpu0[i]!, 0);
      const mainCpu = children.reduce((sum, c, i) => sum + cpuSeconds(c.pid!, c.pid!) - main0[i]!, 0);
      const sysCpu = children.reduce((sum, c, i) => sum + cpuSeconds(c.pid!, undefined, true) - sys0[i]!, 0);
      const machine = machineCpuSeconds() - machine0;
      // A backend that connected during the phase counts from zero.
      let postgres = 0;
      for (const [pid, cpu] of await backendCpu(client)) postgres += cpu - (pg0.get(pid) ?? 0);
      // One event.process audit entry per worker transaction (src/monitoring/event-audit.ts).
      const txNow = await count(`select count(*)::int as n from audit_log where action = 'event.process'`);
      const txs = txNow - transactions;
      transactions = txNow;
      const round = (x: number): number => Math.round(x * 100) / 100;
      return {
        events: events.length, perWallSecond: Math.round(events.length / wall), perWorkerCpuSecond: Math.round(events.length / cpu),
        workerCpuSeconds: round(cpu), workerMainThreadCpuSeconds: round(mainCpu), workerSystemCpuSeconds: round(sysCpu), machineCpuSeconds: round(machine), postgresCpuSeconds: round(postgres), wallSeconds: round(wall),
        eventsPerTransaction: Math.round((events.length / Math.max(1, txs)) * 10) / 10,
      };
    };
    const cold = await phase(phases.cold, 'cold');
    // A pause between the phases, so a worker profile shows where one ends (an idle gap).
    await new Promise((r) => setTimeout(r, 1000));
    const warm = await phase(phases.warm, 'warm');
    if (process.env.BENCH_WORKER_PROFILE_DIR) writeFileSync(join(process.env.BENCH_WORKER_PROFILE_DIR, 'phases.json'), JSON.stringify(spans));
    const outcomes: Record<string, number> = {};
    for (const r of (await client.query<{ outcome: string; n: number }>('select outcome, count(*)::int as n from monitoring_events group by outcome')).rows) outcomes[r.outcome] = Number(r.n);
    return { workers, cold, warm, outcomes };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await bus?.destroy();
    await bus?.close();
    await client.end().catch(() => undefined);
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
