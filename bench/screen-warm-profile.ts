/**
 * `node --import tsx bench/screen-warm-profile.ts`: inclusive CPU time per function of a warm
 * screening pass (every per-token-form cache filled by a first, unprofiled pass), to steer work on
 * what follows the similarity lists. bench/screen-profile.ts gives self time; this one counts a
 * function once per sample wherever it stands on the stack, so a caller's share includes its callees.
 * BENCH_QUERIES (default 5,000), BENCH_NAMES (0 = the UN list, else a synthetic list), PROFILE_TOP.
 */
import { Session } from 'node:inspector/promises';
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import { parseQuery } from '../src/matching/query.js';
import { bundledUnList } from '../eval/lib/paths.js';
import { benchQueries } from './queries.js';
import { syntheticList } from './synthetic-list.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const n = Number(process.env.BENCH_QUERIES ?? 5000);
const nNames = Number(process.env.BENCH_NAMES ?? 0);
const parties = nNames > 0 ? syntheticList(nNames) : (await readUnXml({ path: bundledUnList })).parties;
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'profile' }] });
const queries = benchQueries(parties, n, nNames > 0 ? 'bench-synthetic-v1' : 'bench-un-v1').map((q) => parseQuery({ id: q.id, schema: q.schema, name: q.name }));
for (const q of queries) engine.screen(q);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
for (const q of queries) engine.screen(q);
const ms = performance.now() - t0;
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const label = (node: ProfileNode): string => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}`;
const inclusive = new Map<string, number>();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const seen = new Set<string>();
  for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const key = label(byId.get(id) as ProfileNode);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  }
}
console.log(`warm pass: ${n} queries in ${ms.toFixed(0)} ms (${((n / ms) * 1000).toFixed(0)} q/s with the profiler on), inclusive time`);
for (const [key, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 50))) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
