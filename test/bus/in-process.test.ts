import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InProcessBus } from '../../src/bus/in-process.js';
import type { BusMessage } from '../../src/bus/message-bus.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('in-process bus', () => {
  it('drops an id published twice, and hands messages over in batches, in order', async () => {
    const bus = new InProcessBus();
    assert.deepEqual(await bus.publish('a', bytes('1')), { duplicate: false });
    assert.deepEqual(await bus.publish('a', bytes('again')), { duplicate: true });
    for (const id of ['b', 'c', 'd', 'e']) await bus.publish(id, bytes(id));
    const batches: string[][] = [];
    const sub = await bus.consume(async (ms) => {
      batches.push(ms.map((m) => m.id));
      for (const m of ms) await m.ack();
    }, { maxBatch: 2 });
    while (bus.pending > 0) await new Promise((r) => setTimeout(r, 5));
    await sub.stop();
    await bus.close();
    assert.deepEqual(batches, [['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('delivers again what a failed handler did not ack (at least once), counting deliveries', async () => {
    const bus = new InProcessBus();
    for (const id of ['x', 'y']) await bus.publish(id, bytes(`payload ${id}`));
    const seen: string[] = [];
    let failed = false;
    const sub = await bus.consume(async (ms: BusMessage[]) => {
      for (const m of ms) seen.push(`${m.id}#${m.deliveries}:${text(m.data)}`);
      await ms[0]!.ack();
      if (!failed) {
        failed = true;
        throw new Error('database down');
      }
      for (const m of ms) await m.ack();
    });
    while (bus.pending > 0) await new Promise((r) => setTimeout(r, 5));
    await sub.stop();
    await bus.close();
    assert.deepEqual(seen, ['x#1:payload x', 'y#1:payload y', 'y#2:payload y']);
  });
});
