/**
 * `node --expose-gc --import tsx bench/code-warmup.ts`: how much of a cold UN pass is V8 warming the
 * engine's code, not the engine's work. MODE=fresh screens the benchmark's 20,000 queries on the
 * process's first engine (as the first-contact pass of screen.bench.ts); MODE=warm first screens
 * WARMUP (default 20,000) queries of another seed on a throwaway engine, empties the process-wide
 * memos and builds a fresh engine (warm-code.ts), so the same queries meet the same cold lists
 * and memos on optimised code (screen.bench.ts's steady-state pass). Prints q/CPU-s of the whole pass,
 * of each eighth of it, and the garbage collector's time inside it. Run both modes, alternated, in
 * separate processes: the difference is the cost of optimising the code. Not a goal check.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { MatchEngine } from '../src/matching/engine.js';
import { parseQuery, type Query } from '../src/matching/query.js';
import { benchParties, benchRawQueries, cpuMs, loadAverage } from './ab-setup.js';
import { engineOnWarmCode } from './warm-code.js';

const mode = process.env.MODE === 'warm' ? 'warm' : 'fresh';
const warmup = Number(process.env.WARMUP ?? 20000);
const parties = await benchParties();
const meta = { listVersions: [{ source: 'un', hash: 'code-warmup' }] };
const measured: Query[] = benchRawQueries(parties, 20000).map((r) => parseQuery(r));
const engine =
  mode === 'warm'
    ? engineOnWarmCode(
        parties,
        benchRawQueries(parties, warmup, 'code-warmup-v1').map((r) => parseQuery(r)),
        meta,
      )
    : MatchEngine.build(parties, meta);
(globalThis as { gc?: () => void }).gc?.();
let gcMs = 0;
let timing = true;
const observer = new PerformanceObserver((list) => {
  if (timing) for (const e of list.getEntries()) gcMs += e.duration;
});
observer.observe({ entryTypes: ['gc'] });
const eighths: string[] = [];
const step = measured.length / 8;
const t0 = cpuMs();
for (let k = 0; k < 8; k++) {
  const t = cpuMs();
  for (let i = Math.round(k * step); i < Math.round((k + 1) * step); i++) engine.screen(measured[i] as Query, { limit: 5 });
  eighths.push((step / ((cpuMs() - t) / 1000)).toFixed(0));
}
const total = cpuMs() - t0;
await new Promise((resolve) => setTimeout(resolve, 100));
timing = false;
observer.disconnect();
process.stdout.write(
  `${mode}${mode === 'warm' ? ` (code warmed by ${warmup} other queries)` : ''}: ${(measured.length / (total / 1000)).toFixed(0)} q/CPU-s; by eighths ${eighths.join(' ')}; GC ${gcMs.toFixed(0)} ms of ${total.toFixed(0)} CPU ms; load ${loadAverage()}\n`,
);
