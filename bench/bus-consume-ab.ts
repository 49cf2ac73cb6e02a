/**
 * `BENCH_AB_BASE=/path/to/other/checkout NATS_URL=nats://127.0.0.1:4222 node --import tsx
 * bench/bus-consume-ab.ts`: the CPU a worker spends on the bus alone, per message, this checkout's
 * JetStreamBus (B) against another checkout's (A), in one process. Each round publishes
 * BENCH_BUS_EVENTS generated events (default 20,000) to a fresh stream per side (not measured),
 * then each side consumes its stream with the worker's own handler work minus the database:
 * decode every message into an event (bus-worker.ts decodeEvent) and ack it once its batch is
 * "committed". The clock and this process's CPU (user + system, every thread) run from the
 * consume call to the last ack confirmed. Rounds alternate which side goes first.
 */
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { repoRoot } from '../eval/lib/paths.js';
import { generateEvents } from './monitor-events.js';

const baseRoot = process.env.BENCH_AB_BASE;
const url = process.env.NATS_URL?.trim();
if (!baseRoot || !url) {
  process.stderr.write('set BENCH_AB_BASE (the checkout to compare against) and NATS_URL\n');
  process.exit(2);
}
const N = Number(process.env.BENCH_BUS_EVENTS ?? 20000);
const ROUNDS = Number(process.env.BENCH_BUS_ROUNDS ?? 4);

interface Side {
  name: string;
  cpu: number[];
}

async function loadSide(root: string) {
  const { JetStreamBus } = await import(join(root, 'src', 'bus', 'jetstream.ts'));
  const worker = await import(join(root, 'src', 'monitoring', 'bus-worker.ts'));
  const events = await import(join(root, 'src', 'monitoring', 'events.ts'));
  return { JetStreamBus, worker, events };
}

const sides = [
  { name: 'A (BENCH_AB_BASE)', mod: await loadSide(resolve(baseRoot)), cpu: [] as number[] },
  { name: 'B (this checkout)', mod: await loadSide(repoRoot), cpu: [] as number[] },
];
const raw = generateEvents(N, 'bus-ab');

async function round(side: (typeof sides)[number]): Promise<void> {
  const { JetStreamBus, worker, events } = side.mod;
  const run = randomBytes(4).toString('hex');
  const bus = await JetStreamBus.connect({ url, stream: `INTERDICT_BUSAB_${run}`, subject: `interdict.busab.${run}`, consumer: `busab-${run}` });
  try {
    const parsed = raw.map((e: unknown, i: number) => events.parseEvent(e, `event ${i}`));
    for (let i = 0; i < parsed.length; i += 200) await Promise.all(parsed.slice(i, i + 200).map((e: { kind: string; id: string }) => bus.publish(worker.messageId(e), worker.encodeEvent(e))));
    let handled = 0;
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    const c0 = process.cpuUsage();
    const sub = await bus.consume(async (messages: { data: Uint8Array; id: string; ack(): Promise<void> }[]) => {
      const decoded = [];
      // The message names itself only in an error (read lazily by either version).
      for (const m of messages) decoded.push(worker.decodeEvent(m.data, m));
      // As startWorker: acked after the "commit", every ack's confirmation awaited.
      await Promise.all(messages.map((m) => m.ack()));
      handled += decoded.length;
      if (handled >= N) done();
    });
    await finished;
    const c = process.cpuUsage(c0);
    side.cpu.push((c.user + c.system) / 1e6);
    await sub.stop();
  } finally {
    await bus.destroy();
    await bus.close();
  }
}

for (let r = 0; r < ROUNDS; r++) for (const s of r % 2 === 0 ? sides : [...sides].reverse()) await round(s);
const us = (s: Side): number => Math.round((s.cpu.reduce((a, b) => a + b, 0) / s.cpu.length / N) * 1e7) / 10;
process.stdout.write(`${JSON.stringify({ events: N, rounds: ROUNDS, aMicrosPerMessage: us(sides[0]!), bMicrosPerMessage: us(sides[1]!), a: sides[0]!.cpu.map((x) => Math.round(x * 1000)), b: sides[1]!.cpu.map((x) => Math.round(x * 1000)) })}\n`);
