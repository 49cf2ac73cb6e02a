/**
 * `node --import tsx bench/screen-ab.ts`: speed of this tree's MatchEngine against another checkout's
 * (BASE, e.g. a worktree of the commit before a speed change: `git worktree add /tmp/base <commit>`
 * plus a node_modules symlink), both loaded in this one process. Each round builds a fresh engine of
 * each (caches cold, as in the benchmark) and screens the benchmark's queries (bench/queries.ts) in
 * interleaved chunks, alternating which goes first, counting CPU time (process.cpuUsage), so a busy
 * shared machine slows both alike. Prints q/CPU-s of each and their ratio, with the load average.
 *
 * BASE (required), BENCH_NAMES (0 = the bundled UN list, else a synthetic list of that many names),
 * BENCH_QUERIES (default 20,000), CHUNK (500), ROUNDS (1), WARM (0; 1 = each round screens every
 * query once with both engines before timing, so every per-token-form cache is warm and the timed
 * pass measures what follows the similarity lists: candidates, bounds, scorer, explanations). Swap in a second copy of the same commit
 * as BASE to see the harness's own noise (docs/benchmarks.md). Also prints the garbage collector's
 * wall time inside each side's timed chunks: two million-name engines fill most of the default heap,
 * and then collections triggered by one side's allocations land on whichever side runs. GC_BETWEEN=1
 * (with `node --expose-gc`) collects the whole heap before every timed chunk, untimed, so each
 * chunk starts from a clean heap and the other side's garbage is not collected on its time.
 * QUERY_KIND (noisy, cyrillic, arabic or clean: bench/queries.ts) screens only the queries of that
 * kind among the mix's BENCH_QUERIES, in their order (so their caches start colder than in the mix,
 * where the other kinds' words fill them too): e.g. the clean names on no list alone. BY_KIND=1
 * screens the whole mix as usual and also prints each kind's CPU time per query on both sides (each
 * query timed on its own: two getrusage calls a query on both sides, so the totals read a little
 * slower than without it), for the kinds' costs at one moment in the mix's own cache state.
 * JIT_WARM=N: before the first round each side builds a throwaway engine and screens N other queries
 * (the same generator, another seed) with it, so the timed cold passes run on code V8 has already
 * optimised, as in a process that has been serving for a while; the measured engines are still built
 * fresh, so their per-form lists start cold. The process-wide word memos of name analysis are warmed
 * by those queries too (on both sides alike); screen.bench.ts's steady-state pass resets them.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { MatchEngine } from '../src/matching/engine.js';
import { parseQuery, type Query } from '../src/matching/query.js';
import { benchNames as nNames, benchParties, benchRawQueries, cpuMs, loadAverage as load, loadEngineFrom, requireBase } from './ab-setup.js';
import { benchQueries } from './queries.js';

interface Engine {
  screen(q: unknown, o: { limit: number }): unknown;
}
const other = await loadEngineFrom<Engine>(requireBase());
const nQueries = Number(process.env.BENCH_QUERIES ?? 20000);
const chunk = Number(process.env.CHUNK ?? 500);
const rounds = Number(process.env.ROUNDS ?? 1);
const warm = process.env.WARM === '1';
const parties = await benchParties();
const kind = process.env.QUERY_KIND;
// The mix's kinds (benchRawQueries drops them), from benchQueries with the seed it uses.
const byKind = process.env.BY_KIND === '1';
const kinds = kind === undefined && !byKind ? [] : benchQueries(parties, nQueries, nNames > 0 ? 'bench-synthetic-v1' : 'bench-un-v1').map((q) => q.kind);
const raw = benchRawQueries(parties, nQueries).filter((_, i) => kind === undefined || kinds[i] === kind);
const rawKinds = kinds.filter((k) => kind === undefined || k === kind);
/** BY_KIND: CPU ms and queries per kind, per side. */
const kindMs = { base: new Map<string, number>(), ours: new Map<string, number>() };
const kindCount = new Map<string, number>();
const ours = raw.map((r) => parseQuery(r));
const theirs = raw.map((r) => other.parseQuery(r));
const meta = { listVersions: [{ source: 'ab', hash: 'ab' }] };

process.stdout.write(`load average before: ${load()}\n`);
// Garbage-collection pauses, matched to the timed chunk they fell in (entries arrive later).
const gcPauses: { start: number; ms: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, ms: e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });
const spans: { side: 'base' | 'ours'; from: number; to: number }[] = [];
const gcBetween = process.env.GC_BETWEEN === '1';
const forceGc = (globalThis as { gc?: () => void }).gc;
if (gcBetween && forceGc === undefined) {
  process.stderr.write('GC_BETWEEN=1 needs node --expose-gc\n');
  process.exit(2);
}
const collectBetween = (): void => {
  if (gcBetween) (forceGc as () => void)();
};
/** Screens query `i` through `screen`, adding its CPU time to its kind's on `side` (BY_KIND). */
function timedByKind(side: 'base' | 'ours', i: number, screen: () => unknown): void {
  const t = cpuMs();
  screen();
  const k = rawKinds[i] as string;
  kindMs[side].set(k, (kindMs[side].get(k) ?? 0) + cpuMs() - t);
}
const jitWarm = Number(process.env.JIT_WARM ?? 0);
if (jitWarm > 0) {
  const warmRaw = benchRawQueries(parties, jitWarm, 'jit-warm-v1');
  for (const side of [other, { MatchEngine, parseQuery }] as const) {
    const e = side.MatchEngine.build(parties, meta) as Engine;
    for (const r of warmRaw) e.screen(side.parseQuery(r), { limit: 5 });
  }
}
let baseMs = 0;
let oursMs = 0;
const buildMs = { base: 0, ours: 0 };
for (let round = 0; round < rounds; round++) {
  // The builds are timed too (not in the ratio): a change that moves work into the build shows it here.
  let t = cpuMs();
  const eb = other.MatchEngine.build(parties, meta);
  buildMs.base += cpuMs() - t;
  t = cpuMs();
  const eo = MatchEngine.build(parties, meta);
  buildMs.ours += cpuMs() - t;
  if (warm) {
    for (const q of theirs) eb.screen(q, { limit: 5 });
    for (const q of ours) eo.screen(q, { limit: 5 });
  }
  for (let s = 0, k = 0; s < raw.length; s += chunk, k++) {
    const e = Math.min(raw.length, s + chunk);
    const runBase = (): void => {
      collectBetween();
      const t = cpuMs();
      const from = performance.now();
      if (byKind) for (let i = s; i < e; i++) timedByKind('base', i, () => eb.screen(theirs[i], { limit: 5 }));
      else for (let i = s; i < e; i++) eb.screen(theirs[i], { limit: 5 });
      baseMs += cpuMs() - t;
      spans.push({ side: 'base', from, to: performance.now() });
    };
    const runOurs = (): void => {
      collectBetween();
      const t = cpuMs();
      const from = performance.now();
      if (byKind) for (let i = s; i < e; i++) timedByKind('ours', i, () => eo.screen(ours[i] as Query, { limit: 5 }));
      else for (let i = s; i < e; i++) eo.screen(ours[i] as Query, { limit: 5 });
      oursMs += cpuMs() - t;
      spans.push({ side: 'ours', from, to: performance.now() });
    };
    if ((k + round) % 2 === 0) {
      runBase();
      runOurs();
    } else {
      runOurs();
      runBase();
    }
  }
}
const n = raw.length * rounds;
if (byKind) for (let i = 0; i < raw.length; i++) kindCount.set(rawKinds[i] as string, (kindCount.get(rawKinds[i] as string) ?? 0) + rounds);
process.stdout.write(`${nNames > 0 ? `synthetic list of ${nNames} names` : 'UN list'}: ${raw.length}${kind === undefined ? '' : ` ${kind}`} queries x ${rounds} round(s), chunks of ${chunk}${warm ? ', warm (every query screened once before timing)' : ', cold'}${jitWarm > 0 ? `, code warmed by ${jitWarm} other queries` : ''}${gcBetween ? ', full GC before each chunk (untimed)' : ''}\n`);
process.stdout.write(`base ${(n / (baseMs / 1000)).toFixed(0)} q/CPU-s, this tree ${(n / (oursMs / 1000)).toFixed(0)} q/CPU-s: ${(baseMs / oursMs).toFixed(3)}x\n`);
process.stdout.write(`builds (CPU ms, all rounds; base built first each round): base ${buildMs.base.toFixed(0)}, this tree ${buildMs.ours.toFixed(0)}; the timed passes: base ${baseMs.toFixed(0)}, this tree ${oursMs.toFixed(0)}\n`);
for (const [k, count] of kindCount) {
  const b = ((kindMs.base.get(k) ?? 0) * 1000) / count;
  const o = ((kindMs.ours.get(k) ?? 0) * 1000) / count;
  process.stdout.write(`  ${k}: ${count} queries, base ${b.toFixed(0)} us, this tree ${o.toFixed(0)} us of CPU each: ${(b / o).toFixed(3)}x\n`);
}
await new Promise((resolve) => setTimeout(resolve, 100));
gcObserver.disconnect();
const gcMs = { base: 0, ours: 0 };
for (const g of gcPauses) {
  const span = spans.find((x) => g.start >= x.from && g.start < x.to);
  if (span) gcMs[span.side] += g.ms;
}
process.stdout.write(`garbage collection inside the timed chunks: base ${gcMs.base.toFixed(0)} ms, this tree ${gcMs.ours.toFixed(0)} ms (of ${baseMs.toFixed(0)} and ${oursMs.toFixed(0)} CPU ms); heap limit ${(getHeapStatistics().heap_size_limit / 2 ** 20).toFixed(0)} MiB\n`);
process.stdout.write(`load average after: ${load()}\n`);
