/**
 * The JetStream bus against a real nats-server, without workers or a database: how it hands
 * messages to a handler and how acks reach the server. Stream, subject and consumer are unique per
 * run and deleted afterwards. Skipped loudly without NATS, except in CI.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { JetStreamBus } from '../../src/bus/jetstream.js';
import type { BusMessage } from '../../src/bus/message-bus.js';
import { NATS_URL, natsReachable } from './nats.js';

let skip: string | false = false;
if (!(await natsReachable(NATS_URL))) {
  if (process.env.CI === 'true') throw new Error(`NATS is required in CI but unreachable at ${NATS_URL}`);
  skip = `NATS unreachable at ${NATS_URL}`;
  process.stderr.write(`\n!!!!!!!! SKIPPING JETSTREAM BUS TEST: ${skip}\n\n`);
}

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

async function until(what: string, timeoutMs: number, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('JetStream bus', { skip }, () => {
  const buses: JetStreamBus[] = [];
  async function open(batch: number): Promise<JetStreamBus> {
    const run = randomBytes(4).toString('hex');
    const bus = await JetStreamBus.connect({ url: NATS_URL, stream: `INTERDICT_BUS_${run}`, subject: `interdict.bus.${run}`, consumer: `bus-${run}`, batch });
    buses.push(bus);
    return bus;
  }
  after(async () => {
    for (const b of buses) {
      await b.destroy();
      await b.close();
    }
  });

  it('hands over the last partial batch of a burst at once, and its acks leave nothing pending on the server', async () => {
    const bus = await open(64);
    const ids = Array.from({ length: 1000 }, (_, i) => `m${String(i).padStart(4, '0')}`);
    for (const id of ids) await bus.publish(id, bytes(`payload ${id}`));
    const seen: string[] = [];
    const sub = await bus.consume(async (ms: BusMessage[]) => {
      seen.push(...ms.map((m) => m.id));
      await Promise.all(ms.map((m) => m.ack()));
    });
    // 15 batches of 64, then 40, behind which the client has pull requests queued that expire
    // after 30 s: a bus that waited on them (it once did) would still hold the 40 here.
    await until('the 1,000 messages to be handled', 15_000, () => seen.length === 1000);
    await sub.stop();
    assert.deepEqual(seen, ids);
    await until('the server to hold no unacked message', 5_000, async () => {
      const b = await bus.backlog();
      return b.pending === 0 && b.ackPending === 0;
    });
  });

  it('takes at most a batch per call, in order, and delivers again what a failed handler did not ack', async () => {
    const bus = await open(4);
    for (let i = 0; i < 10; i++) await bus.publish(`n${i}`, bytes(String(i)));
    const batches: string[][] = [];
    const handled = new Set<string>();
    let failed = false;
    const sub = await bus.consume(async (ms: BusMessage[]) => {
      batches.push(ms.map((m) => `${m.id}#${m.deliveries}`));
      if (!failed) {
        failed = true;
        await ms[0]!.ack();
        throw new Error('database down');
      }
      await Promise.all(ms.map((m) => m.ack()));
      for (const m of ms) handled.add(m.id);
    });
    await until('every message to be acked', 20_000, () => handled.size === 9);
    await sub.stop();
    assert.ok(batches.every((b) => b.length <= 4), JSON.stringify(batches));
    const first = batches[0]!;
    assert.equal(first[0], 'n0#1');
    // The failed batch's other messages came again (deliveries 2); the one it acked did not.
    const redelivered = batches.slice(1).flat().filter((x) => x.endsWith('#2')).map((x) => x.split('#')[0]);
    assert.deepEqual(redelivered.sort(), first.slice(1).map((x) => x.split('#')[0]).sort());
    assert.ok(!handled.has('n0'));
  });
});
