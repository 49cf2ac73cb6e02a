/**
 * `NATS_URL=nats://127.0.0.1:4222 node --import tsx bench/monitor-nats-only.ts`: the NATS stage of
 * bench/monitor.bench.ts alone (two workers on JetStream and PostgreSQL; a cold then a warm phase of
 * BENCH_NATS_EVENTS each, default 5,000), for before/after comparisons of the recorded path without
 * the whole benchmark's minutes.
 */
import { generateEvents } from './monitor-events.js';
import { natsStage } from './monitor-nats.js';

const url = process.env.NATS_URL?.trim();
if (!url) {
  process.stderr.write('set NATS_URL (e.g. nats://127.0.0.1:4222)\n');
  process.exit(2);
}
const n = Number(process.env.BENCH_NATS_EVENTS ?? 5000);
const stage = await natsStage({ cold: generateEvents(n, 'batch-nats'), warm: generateEvents(n, 'batch-nats-warm') }, url, 2);
process.stdout.write(`${JSON.stringify(stage)}\n`);
