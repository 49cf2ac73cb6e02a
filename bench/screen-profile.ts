/**
 * `node --import tsx bench/screen-profile.ts`: a CPU profile of UN-list screening, summarised by
 * self time per function, to steer speed work. PROFILE_PASS=cold (default) profiles the first pass
 * over the benchmark's query mix (every token cache cold, as the benchmark measures); =warm runs the
 * queries once unprofiled and profiles the second pass. BENCH_QUERIES sets the count (default 5,000).
 * BENCH_NAMES (0 = the bundled UN list, else a synthetic list of that many names, as screen-ab.ts).
 * PROFILE_TIME=self (default) sums each sample to the function running; =inclusive counts a function
 * once per sample wherever it stands on the stack, so a caller's share includes its callees (per
 * function, lines merged). PROFILE_TOP: rows printed (default 40). PROFILE_TREE: another checkout whose
 * engine is profiled instead of this tree's (e.g. a worktree of an older commit, to compare profiles
 * on the same list and queries). Not a goal check (screen.bench.ts is).
 */
import { Session } from 'node:inspector/promises';
import { benchParties, benchRawQueries, loadEngineFrom } from './ab-setup.js';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const n = Number(process.env.BENCH_QUERIES ?? 5000);
const warm = process.env.PROFILE_PASS === 'warm';
const inclusiveTime = process.env.PROFILE_TIME === 'inclusive';
const tree = process.env.PROFILE_TREE ?? new URL('..', import.meta.url).pathname;
interface Engine { screen(q: unknown): unknown }
const { MatchEngine, parseQuery } = await loadEngineFrom<Engine>(tree);
const parties = await benchParties();
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'profile' }] });
const queries = benchRawQueries(parties, n).map((q) => parseQuery(q));
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
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const file = (f: ProfileNode['callFrame']): string => f.url.replace(/^.*\/(src|node_modules)\//, '$1/');
const times = new Map<string, number>();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  if (!inclusiveTime) {
    const f = byId.get(profile.samples[i]!)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${file(f)}:${f.lineNumber + 1}`;
    times.set(key, (times.get(key) ?? 0) + dt);
    continue;
  }
  const seen = new Set<string>();
  for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const f = (byId.get(id) as ProfileNode).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${file(f)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    times.set(key, (times.get(key) ?? 0) + dt);
  }
}
console.log(`${warm ? 'warm' : 'cold'} pass: ${n} queries in ${ms.toFixed(0)} ms (${((n / ms) * 1000).toFixed(0)} q/s with the profiler on), ${inclusiveTime ? 'inclusive' : 'self'} time`);
for (const [key, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40))) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
