/**
 * `node --import tsx bench/monitor-cold-screening.ts`: what a worker's cold phase spends on the
 * match engine. Builds the monitor of this checkout with a fresh screener (a worker's first events),
 * runs BENCH_COLD_EVENTS (default 10,000: one worker's half of the NATS bench's cold phase) generated
 * events in blocks of 512 with a history per block, and counts every engine.screen() call the
 * screener makes by target (query id: the party's role, "vessel" or "text") and schema: calls,
 * distinct (name, country) and distinct names among them (how many calls one answer per name could
 * save, if the engine could answer for a name once and add each country's evidence itself) and calls
 * with a match; then replays those calls on a freshly built engine for their CPU alone, and runs the
 * cold events again on a second new monitor and engine (cold caches, code V8 has compiled already). Then as many new events (another seed, the same customers
 * and counterparties) on the now warm screener, for judging without engine calls. Figures are this
 * process's CPU; compare runs of one session. BENCH_COLD_PROFILE=<file> writes a CPU profile of the
 * cold run.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { bundledUnList } from '../eval/lib/paths.js';
import { readUnXml } from '../src/lists/un.js';
import type { MatchEngine } from '../src/matching/engine.js';
import type { Query } from '../src/matching/query.js';
import { parseEvent } from '../src/monitoring/events.js';
import { InMemoryHistory } from '../src/monitoring/history.js';
import { loadReference } from '../src/monitoring/reference/load.js';
import { prepareReference } from '../src/monitoring/reference/prepared.js';
import { runEvents } from '../src/monitoring/runner.js';
import type { EngineScreener } from '../src/monitoring/screening.js';
import { buildMonitor, buildScreeningBase } from '../src/monitoring/setup.js';
import { generateEvents } from './monitor-events.js';

const N = Number(process.env.BENCH_COLD_EVENTS ?? 10000);
const snap = await readUnXml({ path: bundledUnList });
const base = buildScreeningBase(snap.parties, [{ source: 'un', hash: 'bundled-2026-01-28' }]);
const monitor = buildMonitor(base, { reference: prepareReference(loadReference()) });

interface Tally { calls: number; withMatch: number; keys: Set<string>; names: Set<string> }
const tallies = new Map<string, Tally>();
const asked: [Query, Parameters<MatchEngine['screen']>[1]][] = [];
let counting = true;
const engine = base.engine;
const screen = engine.screen.bind(engine);
// Wrapped on this instance only: the screener calls engine.screen for every cache miss. No clock
// per call (on a loaded machine it counts the neighbours); the calls are replayed below instead.
engine.screen = (q, o) => {
  const r = screen(q, o);
  if (!counting) return r;
  asked.push([q, o]);
  const k = `${q.id} ${q.schema}`;
  const t = tallies.get(k) ?? { calls: 0, withMatch: 0, keys: new Set<string>(), names: new Set<string>() };
  t.calls++;
  if (r.some((m) => m.match)) t.withMatch++;
  t.keys.add(`${q.name.join('|')}\u0001${q.country.join(',')}`);
  t.names.add(q.name.join('|'));
  tallies.set(k, t);
  return r;
};

const parse = (seed: string) => generateEvents(N, seed).map((e, i) => parseEvent(e, `${seed} ${i}`));
function run(events: ReturnType<typeof parse>): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < events.length; i += 512) runEvents(events.slice(i, i + 512), { ...monitor, history: new InMemoryHistory() });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}
const coldEvents = parse('nats-cold');
const session = process.env.BENCH_COLD_PROFILE ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const cold = run(coldEvents);
if (session) writeFileSync(process.env.BENCH_COLD_PROFILE as string, JSON.stringify((await session.post('Profiler.stop')).profile));
counting = false;
const warm = run(parse('nats-warm'));

// The cold run's engine calls again, in order, on a freshly built engine (its per-query memos
// empty, as a new worker's are): the engine's CPU for them, apart from everything else judging does.
const fresh = buildScreeningBase(snap.parties, [{ source: 'un', hash: 'bundled-2026-01-28' }]).engine;
const r0 = process.cpuUsage();
for (const [q, o] of asked) fresh.screen(q, o);
const r1 = process.cpuUsage(r0);
const engineCpu = (r1.user + r1.system) / 1e6;

// The same cold events once more, on a second monitor over another new engine (screener cache and
// engine caches empty again, but this process's code already compiled by V8): what the cold phase
// costs without a new process's warm-up.
counting = false;
const again = buildMonitor(buildScreeningBase(snap.parties, [{ source: 'un', hash: 'bundled-2026-01-28' }]), { reference: monitor.reference });
const a0 = process.cpuUsage();
for (let i = 0; i < coldEvents.length; i += 512) runEvents(coldEvents.slice(i, i + 512), { ...again, history: new InMemoryHistory() });
const a1 = process.cpuUsage(a0);
const coldAgain = (a1.user + a1.system) / 1e6;

let calls = 0;
const byName = new Map<string, Set<string>>();
process.stdout.write(`target schema: calls, distinct name+country, distinct names, calls with a match\n`);
for (const [k, t] of [...tallies].sort((a, b) => b[1].calls - a[1].calls)) {
  calls += t.calls;
  const schema = k.split(' ')[1] as string;
  const names = byName.get(schema) ?? new Set<string>();
  for (const n of t.names) names.add(n);
  byName.set(schema, names);
  process.stdout.write(`${k}: ${t.calls}, ${t.keys.size}, ${t.names.size}, ${t.withMatch}\n`);
}
const distinctNames = [...byName.values()].reduce((s, v) => s + v.size, 0);
const stats = (monitor.screener as EngineScreener).stats;
process.stdout.write(`${N} cold events: ${cold.toFixed(2)} CPU-s (${Math.round(N / cold)} per CPU-s); ${calls} engine calls (${(calls / N).toFixed(3)} per event), distinct (schema, name) ${distinctNames}\n`);
process.stdout.write(`those ${calls} calls replayed on a fresh engine: ${engineCpu.toFixed(2)} CPU-s (${((1000 * engineCpu) / calls).toFixed(3)} ms per call, ${((100 * engineCpu) / cold).toFixed(0)}% of the cold run)\n`);
process.stdout.write(`the same ${N} cold events on a second new monitor and engine, code already compiled: ${coldAgain.toFixed(2)} CPU-s (${Math.round(N / coldAgain)} per CPU-s)\n`);
process.stdout.write(`${N} new events on the warm screener: ${warm.toFixed(2)} CPU-s (${Math.round(N / warm)} per CPU-s)\n`);
process.stdout.write(`screener: ${JSON.stringify(stats)}\n`);
