/**
 * `node --import tsx bench/screen-profile.ts`: a CPU profile of UN-list screening, summarised by
 * self time per function, to steer speed work. PROFILE_PASS=cold (default) profiles the first pass
 * over the benchmark's query mix (every token cache cold, as the benchmark measures); =warm runs the
 * queries once unprofiled and profiles the second pass; =steady profiles screen.bench.ts's steady-state
 * pass (code optimised on 20,000 other queries, then the process-wide memos emptied and a fresh
 * engine built: warm-code.ts), where the UN goal is judged. BENCH_QUERIES sets the count (default 5,000).
 * BENCH_NAMES (0 = the bundled UN list, else a synthetic list of that many names, as screen-ab.ts).
 * PROFILE_TIME=self (default) sums each sample to the function running; =inclusive counts a function
 * once per sample wherever it stands on the stack, so a caller's share includes its callees (per
 * function, lines merged). PROFILE_TOP: rows printed (default 40). PROFILE_TREE: another checkout whose
 * engine is profiled instead of this tree's (e.g. a worktree of an older commit, to compare profiles
 * on the same list and queries). QUERY_KIND (noisy, cyrillic, arabic or clean: bench/queries.ts) counts
 * only the samples taken while a query of that kind ran, the whole mix still screened in order (so
 * the caches are as cold or warm as the mix leaves them for that kind); the shares are then of that
 * kind's time, and its queries' own time is printed. Not a goal check (screen.bench.ts is).
 */
import { hrtimeUs, printTop, profiled } from './cpu-profile.js';
import { benchNames, benchParties, benchRawQueries, loadEngineFrom } from './ab-setup.js';
import { benchQueries } from './queries.js';
import { engineOnWarmCode } from './warm-code.js';
import type { Query } from '../src/matching/query.js';

const n = Number(process.env.BENCH_QUERIES ?? 5000);
const warm = process.env.PROFILE_PASS === 'warm';
const steady = process.env.PROFILE_PASS === 'steady';
const inclusiveTime = process.env.PROFILE_TIME === 'inclusive';
const tree = process.env.PROFILE_TREE ?? new URL('..', import.meta.url).pathname;
interface Engine { screen(q: unknown): unknown }
const { MatchEngine, parseQuery } = await loadEngineFrom<Engine>(tree);
const parties = await benchParties();
// warm-code.ts builds this tree's engine and empties this tree's memos.
if (steady && process.env.PROFILE_TREE !== undefined) throw new Error('PROFILE_PASS=steady profiles this tree only (no PROFILE_TREE)');
const meta = { listVersions: [{ source: 'un', hash: 'profile' }] };
const queries = benchRawQueries(parties, n).map((q) => parseQuery(q));
const engine: Engine = steady
  ? engineOnWarmCode(parties, benchRawQueries(parties, 20000, 'code-warmup-v1').map((q) => parseQuery(q) as Query), meta)
  : MatchEngine.build(parties, meta);
const kind = process.env.QUERY_KIND;
// The same queries with their kinds (benchRawQueries drops them): the seed it uses for the UN list.
const kinds = kind === undefined ? [] : benchQueries(parties, n, benchNames > 0 ? 'bench-synthetic-v1' : 'bench-un-v1').map((q) => q.kind);
if (warm) for (const q of queries) engine.screen(q);
// Start and end (profiler clock, us) of every query of the kind asked for, in order.
const spans: number[] = [];
const { ms, profile } = await profiled(() => {
  if (kind === undefined) for (const q of queries) engine.screen(q);
  else {
    for (let i = 0; i < queries.length; i++) {
      if (kinds[i] !== kind) {
        engine.screen(queries[i]);
        continue;
      }
      spans.push(hrtimeUs());
      engine.screen(queries[i]);
      spans.push(hrtimeUs());
    }
  }
});
console.log(`${warm ? 'warm' : steady ? 'steady-state' : 'cold'} pass: ${n} queries in ${ms.toFixed(0)} ms (${((n / ms) * 1000).toFixed(0)} q/s with the profiler on), ${inclusiveTime ? 'inclusive' : 'self'} time`);
if (kind !== undefined) {
  let us = 0;
  for (let k = 0; k < spans.length; k += 2) us += (spans[k + 1] as number) - (spans[k] as number);
  console.log(`${kind}: ${spans.length / 2} queries, ${(us / 1000).toFixed(0)} ms (${(us / (spans.length / 2)).toFixed(0)} us each, profiler on); shares below are of their samples`);
}
printTop(profile, inclusiveTime, Number(process.env.PROFILE_TOP ?? 40), kind === undefined ? undefined : inSpans(spans));

/** Whether a sample time falls in one of the ascending [start, end] pairs of `spans` (samples come in time order). */
function inSpans(spans: number[]): (us: number) => boolean {
  let k = 0;
  return (us) => {
    while (k < spans.length && (spans[k + 1] as number) < us) k += 2;
    return k < spans.length && (spans[k] as number) <= us;
  };
}
