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
import { printTop, profiled } from './cpu-profile.js';
import { benchParties, benchRawQueries, loadEngineFrom } from './ab-setup.js';

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
const { ms, profile } = await profiled(() => {
  for (const q of queries) engine.screen(q);
});
console.log(`${warm ? 'warm' : 'cold'} pass: ${n} queries in ${ms.toFixed(0)} ms (${((n / ms) * 1000).toFixed(0)} q/s with the profiler on), ${inclusiveTime ? 'inclusive' : 'self'} time`);
printTop(profile, inclusiveTime, Number(process.env.PROFILE_TOP ?? 40));
