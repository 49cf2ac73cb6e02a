/**
 * `node --import tsx bench/monitor-judge-profile.ts`: where judging spends its time and what it
 * allocates, on warm events, in this process. Builds the monitor of this checkout, runs
 * BENCH_JUDGE_EVENTS (default 20,000) generated events of one seed to warm the screener (as a
 * worker's cold phase does), then profiles `runEvents` on as many new events of another seed (the
 * warm phase: same customers and counterparties), in blocks of 512 with a history per block as a
 * worker has, with the CPU profiler (BENCH_JUDGE_PROFILE=cpu, default) or the sampling heap profiler
 * counting collected objects too (=heap). Prints the top functions by self time or by bytes
 * allocated, and with BENCH_JUDGE_OUT=<file> writes the raw profile.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { bundledUnList } from '../eval/lib/paths.js';
import { readUnXml } from '../src/lists/un.js';
import { parseEvent } from '../src/monitoring/events.js';
import { InMemoryHistory } from '../src/monitoring/history.js';
import { loadReference } from '../src/monitoring/reference/load.js';
import { prepareReference } from '../src/monitoring/reference/prepared.js';
import { runEvents } from '../src/monitoring/runner.js';
import { buildMonitor, buildScreeningBase } from '../src/monitoring/setup.js';
import { generateEvents } from './monitor-events.js';

const N = Number(process.env.BENCH_JUDGE_EVENTS ?? 20000);
const MODE = process.env.BENCH_JUDGE_PROFILE ?? 'cpu';
const TOP = Number(process.env.BENCH_JUDGE_TOP ?? 45);

const snap = await readUnXml({ path: bundledUnList });
const monitor = buildMonitor(buildScreeningBase(snap.parties, [{ source: 'un', hash: 'bundled-2026-01-28' }]), { reference: prepareReference(loadReference()) });
const parse = (seed: string) => generateEvents(N, seed).map((e, i) => parseEvent(e, `${seed} ${i}`));
const cold = parse('judge-cold');
const warm = parse('judge-warm');

function run(events: typeof cold): void {
  for (let i = 0; i < events.length; i += 512) runEvents(events.slice(i, i + 512), { ...monitor, history: new InMemoryHistory() });
}
run(cold);

const session = new Session();
session.connect();
const c0 = process.cpuUsage();
let profile: unknown;
if (MODE === 'heap') {
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  run(warm);
  profile = (await session.post('HeapProfiler.stopSampling')).profile;
} else {
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  run(warm);
  profile = (await session.post('Profiler.stop')).profile;
}
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
process.stdout.write(`${N} warm events in ${cpu.toFixed(2)} CPU-s (${Math.round(N / cpu)} per CPU-s, profiler on)\n`);
if (process.env.BENCH_JUDGE_OUT) writeFileSync(process.env.BENCH_JUDGE_OUT, JSON.stringify(profile));

const where = (f: { functionName: string; url: string; lineNumber: number }) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
const self = new Map<string, number>();
let total = 0;
if (MODE === 'heap') {
  interface HeapNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: HeapNode[] }
  const walk = (n: HeapNode): void => {
    const k = where(n.callFrame);
    self.set(k, (self.get(k) ?? 0) + n.selfSize);
    total += n.selfSize;
    for (const ch of n.children) walk(ch);
  };
  walk((profile as { head: HeapNode }).head);
  process.stdout.write(`allocated ~${(total / N).toFixed(0)} bytes per event (sampled)\n`);
} else {
  interface CpuNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
  const p = profile as { nodes: CpuNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const k = where(byId.get(id)!.callFrame);
    const dt = p.timeDeltas[i] ?? 0;
    self.set(k, (self.get(k) ?? 0) + dt);
    total += dt;
  });
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) process.stdout.write(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}\n`);
