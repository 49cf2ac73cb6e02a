/**
 * `node --import tsx bench/alloc-profile.ts`: what a pass of UN-list screening allocates, by site
 * and by bytes, to steer work on allocation and garbage collection (screen-profile.ts does the same
 * for CPU time). V8's sampling heap profiler runs over the pass and keeps the objects collected
 * during it as well (minor and major GC), so the figures are what the pass allocated, not what it
 * left alive: one sample per ALLOC_INTERVAL bytes allocated on average (default 512), each standing
 * for that many bytes. Also prints the pass's wall and CPU time and its garbage-collection pauses
 * by kind; ALLOC_INTERVAL=0 runs the pass without the profiler (its own cost) for those alone.
 *
 * Reading it: the profiler knows functions, not lines, and only the functions that have a frame of
 * their own, so a function V8 inlined counts in its caller (score.ts boundedAbove's bytes were the
 * table's, distance.ts, inlined into it). A builtin (sort, push, Map set) is shown with the
 * function that called it. Much of a numeric path's garbage is boxed doubles: a double returned from,
 * or passed to, a function V8 does not inline becomes a heap number (12 bytes each), as does a
 * double stored in a module-level `let` or merged with a value of unknown type.
 *
 * PROFILE_PASS=cold (default: the benchmark's first pass, every token cache cold) or warm (the
 * queries once unprofiled, then the second pass). BENCH_QUERIES (default 5,000), BENCH_NAMES (0 = the
 * bundled UN list, else a synthetic list of that many names). ALLOC_BY=site (default: the allocating
 * function and the source line it starts on) or function (lines merged) or inclusive (a function
 * counted once per sample wherever it stands on the stack). PROFILE_TOP: rows printed (default 40).
 * PROFILE_TREE: another checkout's engine profiled instead of this tree's.
 */
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { benchParties, benchRawQueries, cpuMs, loadAverage, loadEngineFrom } from './ab-setup.js';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface HeapNode { callFrame: CallFrame; selfSize: number; id: number; children: HeapNode[] }
interface HeapProfile { head: HeapNode }

const n = Number(process.env.BENCH_QUERIES ?? 5000);
const warm = process.env.PROFILE_PASS === 'warm';
const by = process.env.ALLOC_BY ?? 'site';
const interval = Number(process.env.ALLOC_INTERVAL ?? 512);
/** ALLOC_INTERVAL=0: no heap profiler, only the pass's time and GC pauses (what the profiler's own cost hides). */
const sampling = interval > 0;
const top = Number(process.env.PROFILE_TOP ?? 40);
const tree = process.env.PROFILE_TREE ?? new URL('..', import.meta.url).pathname;

interface Engine { screen(q: unknown): unknown }
const { MatchEngine, parseQuery } = await loadEngineFrom<Engine>(tree);
const parties = await benchParties();
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'alloc' }] });
const queries = benchRawQueries(parties, n).map((q) => parseQuery(q));
if (warm) for (const q of queries) engine.screen(q);

/** Runs `work` under the sampling heap profiler; its wall time, GC pauses by kind and the profile. */
async function allocations(work: () => void): Promise<{ ms: number; cpu: number; gc: Map<string, { count: number; ms: number }>; profile: HeapProfile | undefined }> {
  const gc = new Map<string, { count: number; ms: number }>();
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = gcKind((e as unknown as { detail?: { kind?: number } }).detail?.kind);
      const row = gc.get(kind) ?? { count: 0, ms: 0 };
      row.count++;
      row.ms += e.duration;
      gc.set(kind, row);
    }
  });
  const session = new Session();
  session.connect();
  if (sampling) {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: interval,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  observer.observe({ entryTypes: ['gc'] });
  const c0 = cpuMs();
  const t0 = performance.now();
  work();
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  const profile = sampling ? ((await session.post('HeapProfiler.stopSampling')) as unknown as { profile: HeapProfile }).profile : undefined;
  // GC entries are delivered asynchronously: let the pending ones arrive before reading them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  session.disconnect();
  return { ms, cpu, gc, profile };
}

function gcKind(kind: number | undefined): string {
  if (kind === constants.NODE_PERFORMANCE_GC_MINOR) return 'scavenge';
  if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) return 'mark-compact';
  if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) return 'incremental marking';
  if (kind === constants.NODE_PERFORMANCE_GC_WEAKCB) return 'weak callbacks';
  return `kind ${kind}`;
}

/**
 * A frame as `name file:line`. The profiler gives the function's start (not the allocating line)
 * in the code tsx generated, one line per file, so the start is mapped back to the source line.
 */
function frameName(f: CallFrame, withLine: boolean): string {
  const file = f.url.replace(/^.*\/(src|node_modules|bench)\//, '$1/');
  if (!file) return f.functionName || '(anonymous)';
  const entry = withLine && f.url ? findSourceMap(f.url)?.findEntry(f.lineNumber, f.columnNumber) : undefined;
  const line = entry && 'originalLine' in entry ? (entry.originalLine as number) : f.lineNumber;
  return `${f.functionName || '(anonymous)'} ${file}${withLine ? `:${line + 1}` : ''}`;
}

/** Bytes allocated per key: the allocating site or function, or every function on the stack. */
function bytesBy(profile: HeapProfile, mode: string): { bytes: Map<string, number>; total: number } {
  const bytes = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode, stack: string[], caller: string): void => {
    // A builtin (sort, push, Map set ...) has no script: its bytes are shown with the caller's name.
    const own = frameName(node.callFrame, mode === 'site');
    const here = node.callFrame.url === '' && caller !== '' ? `${own} <- ${caller}` : own;
    const onStack = mode === 'inclusive' ? [...stack, frameName(node.callFrame, false)] : stack;
    if (node.selfSize > 0) {
      total += node.selfSize;
      const keys = mode === 'inclusive' ? new Set(onStack) : [here];
      for (const key of keys) bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, onStack, node.callFrame.url === '' ? caller : own);
  };
  walk(profile.head, [], '');
  return { bytes, total };
}

const { ms, cpu, gc, profile } = await allocations(() => {
  for (const q of queries) engine.screen(q);
});
let gcMs = 0;
for (const row of gc.values()) gcMs += row.ms;
console.log(`${warm ? 'warm' : 'cold'} pass: ${n} queries in ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} CPU ms${sampling ? ' with the heap profiler on' : ''}; GC pauses ${gcMs.toFixed(0)} ms (${((100 * gcMs) / ms).toFixed(1)}% of the wall time); load average ${loadAverage()}`);
for (const [kind, row] of gc) console.log(`  GC ${kind}: ${row.count} pauses, ${row.ms.toFixed(0)} ms`);
if (profile !== undefined) {
  const { bytes, total } = bytesBy(profile, by);
  const mib = (b: number): string => (b / 1048576).toFixed(1);
  console.log(`~${mib(total)} MiB allocated (${(total / n / 1024).toFixed(1)} KiB a query; sampled every ${interval} bytes), by ${by}:`);
  for (const [key, b] of [...bytes].sort((x, y) => y[1] - x[1]).slice(0, top)) {
    process.stdout.write(`${((100 * b) / total).toFixed(1).padStart(5)}% ${mib(b).padStart(7)} MiB  ${key}\n`);
  }
}
