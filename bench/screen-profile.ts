/**
 * `node --import tsx bench/screen-profile.ts`: a CPU profile of UN-list screening, summarised by
 * self time per function, to steer speed work. PROFILE_PASS=cold (default) profiles the first pass
 * over the benchmark's query mix (every token cache cold, as the benchmark measures); =warm runs the
 * queries once unprofiled and profiles the second pass. BENCH_QUERIES sets the count (default 5,000).
 * BENCH_NAMES (0 = the bundled UN list, else a synthetic list of that many names, as screen-ab.ts).
 * Not a goal check (screen.bench.ts is).
 */
import { Session } from 'node:inspector/promises';
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import { parseQuery } from '../src/matching/query.js';
import { bundledUnList } from '../eval/lib/paths.js';
import { benchQueries } from './queries.js';
import { syntheticList } from './synthetic-list.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const n = Number(process.env.BENCH_QUERIES ?? 5000);
const warm = process.env.PROFILE_PASS === 'warm';
const nNames = Number(process.env.BENCH_NAMES ?? 0);
const parties = nNames > 0 ? syntheticList(nNames) : (await readUnXml({ path: bundledUnList })).parties;
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'profile' }] });
const queries = benchQueries(parties, n, nNames > 0 ? 'bench-synthetic-v1' : 'bench-un-v1').map((q) => parseQuery({ id: q.id, schema: q.schema, name: q.name }));
if (warm) for (const q of queries) engine.screen(q);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (const q of queries) engine.screen(q);
const ms = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]!)!;
  const f = node.callFrame;
  const file = f.url.replace(/^.*\/(src|node_modules)\//, '$1/');
  const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
}
console.log(`${warm ? 'warm' : 'cold'} pass: ${n} queries in ${ms.toFixed(0)} ms (${((n / ms) * 1000).toFixed(0)} q/s with the profiler on)`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40))) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
