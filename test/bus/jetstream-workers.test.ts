/**
 * The scale-out path end to end, against a real nats-server and a real PostgreSQL: two `interdict
 * monitor worker` processes share one durable consumer; `interdict monitor publish` sends a few
 * hundred events; one worker is killed with SIGKILL in the middle. Every event must end with exactly
 * one outcome row, no rule alert twice, and the same outcomes as an in-process run of the events.
 *
 * Stream, subject and consumer names are unique per run and deleted afterwards; the database is a
 * fresh one (test/store/backends.ts). Skipped loudly without NATS or PostgreSQL, except in CI.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { JetStreamBus } from '../../src/bus/jetstream.js';
import { ListStore } from '../../src/lists/store.js';
import { parseEvent } from '../../src/monitoring/events.js';
import { InMemoryHistory } from '../../src/monitoring/history.js';
import { loadMonitor } from '../../src/monitoring/load-monitor.js';
import { runEvents } from '../../src/monitoring/runner.js';
import { ROOT } from '../helpers/paths.js';
import { testBackends, type TestDatabase } from '../store/backends.js';
import { busTestEvents } from './events.js';
import { NATS_URL, natsReachable } from './nats.js';

const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
// Enough that the kill lands mid-way on an idle machine too, in small batches (16) so a worker holds
// unacked messages most of the time.
const N = 1000;

const postgres = (await testBackends()).find((b) => b.name === 'postgres')!;
let skip = postgres.skip;
if (!skip && !(await natsReachable(NATS_URL))) {
  if (process.env.CI === 'true') throw new Error(`NATS is required in CI but unreachable at ${NATS_URL}`);
  skip = `NATS unreachable at ${NATS_URL}`;
  process.stderr.write(`\n!!!!!!!! SKIPPING JETSTREAM WORKER TEST: ${skip}\n\n`);
}

interface Worker {
  child: ChildProcess;
  outcomes: number;
  ready: Promise<void>;
  exited: Promise<void>;
}

describe('JetStream: two workers, one killed mid-way', { skip }, () => {
  let t: TestDatabase;
  let client: pg.Client;
  const run = randomBytes(4).toString('hex');
  const names = { stream: `INTERDICT_TEST_${run}`, subject: `interdict.test.${run}`, consumer: `monitor-test-${run}` };
  const workers: Worker[] = [];
  let env: NodeJS.ProcessEnv;

  before(async () => {
    t = await postgres.open();
    await new ListStore(t.dataDir).ensureBundledUn(); // once, before the workers race for it
    client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    env = { ...process.env, INTERDICT_HOME: t.dataDir, DATABASE_URL: t.databaseUrl, NATS_URL };
  });

  after(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await client?.end();
    const bus = await JetStreamBus.connect({ url: NATS_URL, ...names }).catch(() => undefined);
    await bus?.destroy();
    await bus?.close();
    await t?.dispose();
  });

  function startWorker(): Worker {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'monitor', 'worker', '--stream', names.stream, '--subject', names.subject, '--consumer', names.consumer, '--ack-wait-ms', '2000', '--batch', '16'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const w: Worker = { child, outcomes: 0, ready: Promise.resolve(), exited: new Promise((resolve) => child.once('exit', () => resolve())) };
    let stderr = '';
    w.ready = new Promise((resolve, reject) => {
      child.stderr!.on('data', (b: Buffer) => {
        stderr += b.toString();
        if (/^worker \d+:/m.test(stderr)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${stderr}`)));
    });
    w.ready.catch(() => undefined);
    child.stdout!.on('data', (b: Buffer) => {
      w.outcomes += b.toString().split('\n').filter((l) => l.startsWith('{')).length;
    });
    workers.push(w);
    return w;
  }

  async function count(sql: string): Promise<number> {
    return Number((await client.query<{ n: number }>(sql)).rows[0]!.n);
  }

  async function until(what: string, timeoutMs: number, check: () => Promise<boolean> | boolean): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('loses no event, alerts none twice, and gives the in-process outcomes', { timeout: 600_000 }, async () => {
    const raw = busTestEvents(N);
    const file = join(t.dataDir, 'events.jsonl');
    writeFileSync(file, `${raw.map((e) => JSON.stringify(e)).join('\n')}\n`);

    const victim = startWorker();
    const survivor = startWorker();
    await Promise.all([victim.ready, survivor.ready]);

    // Published from a child the test does not wait on: a synchronous spawn would stop this
    // process from watching the victim while the workers drain the stream, and the kill could come
    // after every event was recorded.
    const publisher = spawn(process.execPath, ['--import', 'tsx', MAIN, 'monitor', 'publish', '--input', file, '--stream', names.stream, '--subject', names.subject, '--consumer', names.consumer], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pubOut = '';
    let pubErr = '';
    publisher.stdout!.on('data', (b: Buffer) => (pubOut += b.toString()));
    publisher.stderr!.on('data', (b: Buffer) => (pubErr += b.toString()));
    const published = new Promise<number | null>((resolve) => publisher.once('exit', (code) => resolve(code)));

    await until('the victim to process some events', 120_000, () => victim.outcomes >= 10);
    victim.child.kill('SIGKILL');
    await victim.exited;
    const atKill = await count('select count(*)::int as n from monitoring_events');
    assert.equal(await published, 0, pubErr);
    assert.deepEqual(JSON.parse(pubOut), { ...{ stream: names.stream, subject: names.subject }, published: N, duplicates: 0 });
    assert.ok(atKill < N, `the kill came mid-way (${atKill} of ${N} recorded)`);

    const bus = await JetStreamBus.connect({ url: NATS_URL, ...names });
    // The server counts messages redelivered while they wait for an ack: sampled as we wait, a
    // redelivery acked between two samples is missed, so the consumer's delivery count (which
    // counts redeliveries for good) is read at the end too.
    let redelivered = 0;
    let deliveries = 0;
    try {
      await until('every event to be recorded', 300_000, async () => {
        redelivered = Math.max(redelivered, (await bus.backlog()).redelivered);
        return (await count('select count(*)::int as n from monitoring_events')) >= N;
      });
      await until('the consumer to have nothing pending', 60_000, async () => {
        const b = await bus.backlog();
        redelivered = Math.max(redelivered, b.redelivered);
        deliveries = b.deliveries;
        return b.pending === 0 && b.ackPending === 0;
      });
    } finally {
      await bus.close();
    }
    assert.ok(redelivered > 0 || deliveries > N, `the killed worker held unacked messages, and they were delivered again (${deliveries} deliveries of ${N} events)`);

    // Exactly one outcome per event, every event there.
    const rows = (await client.query<{ event_id: string; outcome: string; rules: string[] | null }>(
      `select e.event_id, e.outcome, array_agg(a.rule_id order by a.rule_id) filter (where a.id is not null) as rules
         from monitoring_events e left join rule_alerts a on a.monitoring_event_id = e.id group by e.id`,
    )).rows;
    assert.equal(rows.length, N);
    assert.equal(new Set(rows.map((r) => r.event_id)).size, N);
    assert.equal(await count(`select count(*)::int as n from (select 1 from rule_alerts group by monitoring_event_id, rule_id having count(*) > 1) d`), 0, 'no rule alert twice');
    // One event.process entry per worker transaction, listing its events: each event listed once, by its row and hash.
    const listed = `select a.seq, e from audit_log a cross join lateral jsonb_array_elements(a.payload->'events') e where a.action = 'event.process'`;
    assert.equal(await count(`select count(*)::int as n from (${listed}) l`), N, 'each event processed (recorded) once');
    assert.equal(await count(`select count(distinct l.e->>'id')::int as n from (${listed}) l`), N, 'no event listed twice');
    assert.equal(
      await count(`select count(*)::int as n from (${listed}) l join monitoring_events m on m.id = (l.e->>'id')::bigint and m.event_id = l.e->>'eventId' and m.event_hash = l.e->>'eventHash'`),
      N,
      'each listed event is its recorded row, with its hash',
    );
    assert.ok(await count(`select count(*)::int as n from audit_log where action = 'event.process'`) < N, 'workers record events in batches, one audit entry each');

    // The same outcomes as one process running the events in order.
    const { monitor } = await loadMonitor(new ListStore(t.dataDir));
    const expected = new Map<string, string>();
    for (const r of runEvents(raw.map((e, i) => parseEvent(e, `event ${i}`)), { ...monitor, history: new InMemoryHistory() })) {
      if (!r.duplicate) expected.set(r.decision.eventId, `${r.decision.decision} ${[...r.decision.ruleHits.map((h) => h.code), ...(r.decision.errors.length ? ['RULE-ERROR'] : [])].sort().join(',')}`);
    }
    const actual = new Map(rows.map((r) => [r.event_id, `${r.outcome} ${(r.rules ?? []).join(',')}`]));
    assert.deepEqual(actual, expected);
    const outcomes = new Set(rows.map((r) => r.outcome));
    for (const o of ['allow', 'alert', 'block', 'refuse']) assert.ok(outcomes.has(o), `the run covers ${o}`);
    assert.ok(survivor.outcomes > 0);
  });
});
