/**
 * `node --import tsx bench/screen-warm-candidates.ts`: candidate retrieval alone (index.ts
 * NameIndex.candidates), warm. Screens the benchmark's queries twice to fill every per-form cache,
 * records the candidates() calls of the second pass (query name, needed score), then replays them
 * ROUNDS times, timing CPU. With BASE (another checkout), the same calls are replayed on its engine
 * too, interleaved in chunks, and the outputs are compared (any difference is printed and exits 1).
 * BENCH_QUERIES (default 20,000), BENCH_NAMES (0 = the UN list, else a synthetic list), ROUNDS (3),
 * PROFILE=1 (a CPU profile of this tree's replays, self time per function, printed at the end).
 */
import { Session } from 'node:inspector/promises';
import { MatchEngine } from '../src/matching/engine.js';
import type { PreparedName, PreparedQuery } from '../src/matching/prepared.js';
import { parseQuery } from '../src/matching/query.js';
import { benchNames as nNames, benchParties, benchRawQueries, cpuMs, loadAverage as load, loadEngineFrom } from './ab-setup.js';

interface Candidates {
  candidates(qn: PreparedName, needed: number): number[];
}
interface Screening {
  screen(q: unknown, o: { limit: number }): unknown;
  prepareQuery(q: unknown): PreparedQuery;
}

const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const rounds = Number(process.env.ROUNDS ?? 3);
const chunk = 500;
const parties = await benchParties();
const raw = benchRawQueries(parties, nQueries);
const meta = { listVersions: [{ source: 'replay', hash: 'replay' }] };

/** Warms an engine and records its candidates() calls as (query, name position, needed score). */
function record(engine: Screening, parse: (r: unknown) => unknown): { index: Candidates; calls: { qn: PreparedName; needed: number }[] } {
  const index = (engine as unknown as { index: Candidates }).index;
  const queries = raw.map((r) => parse(r));
  for (const q of queries) engine.screen(q, { limit: 5 });
  const calls: { qn: PreparedName; needed: number }[] = [];
  const original = index.candidates.bind(index);
  index.candidates = (qn, needed) => {
    calls.push({ qn, needed });
    return original(qn, needed);
  };
  for (const q of queries) engine.screen(q, { limit: 5 });
  index.candidates = original;
  return { index, calls };
}

process.stdout.write(`load average before: ${load()}\n`);
const ours = record(MatchEngine.build(parties, meta) as unknown as Screening, parseQuery);
let theirs: { index: Candidates; calls: { qn: PreparedName; needed: number }[] } | undefined;
if (process.env.BASE) {
  const other = await loadEngineFrom<Screening>(process.env.BASE);
  theirs = record(other.MatchEngine.build(parties, meta), other.parseQuery);
  if (theirs.calls.length !== ours.calls.length) throw new Error(`call counts differ: ${theirs.calls.length} vs ${ours.calls.length}`);
  for (let i = 0; i < ours.calls.length; i++) {
    const a = ours.calls[i] as { qn: PreparedName; needed: number };
    const b = theirs.calls[i] as { qn: PreparedName; needed: number };
    const x = ours.index.candidates(a.qn, a.needed).join(',');
    const y = theirs.index.candidates(b.qn, b.needed).join(',');
    if (x !== y || a.needed !== b.needed) {
      process.stdout.write(`difference at call ${i} (${a.qn.full}): ${x.slice(0, 80)} vs ${y.slice(0, 80)}\n`);
      process.exit(1);
    }
  }
  process.stdout.write(`${ours.calls.length} calls, same outputs\n`);
}
const profiling = process.env.PROFILE === '1';
const session = profiling ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
}
let oursMs = 0;
let theirsMs = 0;
const replay = (r: { index: Candidates; calls: { qn: PreparedName; needed: number }[] }, s: number, e: number): number => {
  const t = cpuMs();
  for (let i = s; i < e; i++) {
    const c = r.calls[i] as { qn: PreparedName; needed: number };
    r.index.candidates(c.qn, c.needed);
  }
  return cpuMs() - t;
};
for (let round = 0; round < rounds; round++) {
  for (let s = 0, k = 0; s < ours.calls.length; s += chunk, k++) {
    const e = Math.min(ours.calls.length, s + chunk);
    if (theirs && (k + round) % 2 === 0) theirsMs += replay(theirs, s, e);
    oursMs += replay(ours, s, e);
    if (theirs && (k + round) % 2 === 1) theirsMs += replay(theirs, s, e);
  }
}
const n = ours.calls.length * rounds;
process.stdout.write(`${nNames > 0 ? `synthetic list of ${nNames} names` : 'UN list'}: ${ours.calls.length} calls x ${rounds} rounds\n`);
process.stdout.write(`this tree ${((1000 * oursMs) / n).toFixed(2)} us per call`);
if (theirs) process.stdout.write(`, base ${((1000 * theirsMs) / n).toFixed(2)} us per call: ${(theirsMs / oursMs).toFixed(3)}x`);
process.stdout.write(`\nload average after: ${load()}\n`);
if (session) {
  interface Node { id: number; callFrame: { functionName: string; url: string } }
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const f = (byId.get(id) as Node).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|bench)\//, '$1/')}`;
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}
