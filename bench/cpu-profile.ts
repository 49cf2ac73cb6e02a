/**
 * What the profiling scripts (screen-profile.ts, analysis-profile.ts) share: run a piece of work
 * under V8's sampling profiler (100 us interval) and print the functions that took the time, by
 * self time (the function running) or inclusive time (a function counted once per sample wherever it
 * stands on the stack, lines merged, so a caller's share includes its callees).
 */
import { Session } from 'node:inspector/promises';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

/** Runs `work` under the profiler; its wall time in ms (the profiler's overhead included) and the profile. */
export async function profiled(work: () => void): Promise<{ ms: number; profile: Profile }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  work();
  const ms = performance.now() - t0;
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  return { ms, profile };
}

/**
 * Prints the `top` functions of `profile` by share of the sampled time, self or inclusive. `keep`,
 * where given, picks the samples counted by their time (microseconds on the profiler's clock, which
 * is the monotonic clock process.hrtime reads: see hrtimeUs), e.g. only those taken while one kind
 * of query ran.
 */
export function printTop(profile: Profile, inclusive: boolean, top: number, keep?: (us: number) => boolean): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const file = (f: ProfileNode['callFrame']): string => f.url.replace(/^.*\/(src|node_modules)\//, '$1/');
  const times = new Map<string, number>();
  let total = 0;
  // The first sample is skipped: its delta runs from the profiler's start, and it lands in the
  // inspector's own `dispatch` (it read as ~11% of a warm UN pass, none of it the engine's).
  let at = profile.startTime + (profile.timeDeltas[0] ?? 0);
  for (let i = 1; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (keep !== undefined && !keep(at)) continue;
    total += dt;
    if (!inclusive) {
      const f = (byId.get(profile.samples[i] as number) as ProfileNode).callFrame;
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
  // With a filter, the sampled time it kept: about the filtered spans' own time when the clocks agree.
  if (keep !== undefined) process.stdout.write(`samples kept: ${(total / 1000).toFixed(0)} ms\n`);
  for (const [key, us] of [...times].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}\n`);
  }
}

/** Now on the profiler's clock (V8 and libuv both read the monotonic clock), in microseconds. */
export function hrtimeUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}
