/**
 * `node --import tsx bench/monitor-profile.ts DIR`: summarises the worker CPU profiles that
 * bench/monitor-nats.ts writes with BENCH_WORKER_PROFILE_DIR=DIR (one .cpuprofile per worker
 * thread), over the samples of one phase: PROFILE_PHASE=warm (default) or cold, whose span on the
 * monotonic clock the bench writes to DIR/phases.json. Prints self time per function, and the
 * inclusive share of a few subtrees (judging, the pg driver, garbage collection), all as shares of
 * the phase's busy samples (idle left out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: bench/monitor-profile.ts DIR\n');
  process.exit(2);
}
const phase = process.env.PROFILE_PHASE ?? 'warm';
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const span = (JSON.parse(readFileSync(join(dir, 'phases.json'), 'utf8')) as Record<string, [number, number]>)[phase]!;
// Subtrees: a function name, or "name@part of its file's URL" for a name that several files use.
const watch = (process.env.PROFILE_SUBTREES ?? 'processEvent,processAndStoreBatch,loadHistoryFor,selectHistory,appendAuditInTransaction,insertEvents,canonicalJson,screenParties,query@node_modules/pg/,(garbage collector),decodeEvent,evaluate').split(',');
const matches = (w: string, f: ProfileNode['callFrame']): boolean => {
  const [name, url] = w.split('@');
  return f.functionName === name && (url === undefined || f.url.includes(url));
};
let total = 0;

for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The phase's samples: those stamped within its span (phases.json, written by bench/monitor-nats.ts
  // on the same monotonic clock as the profiles' timestamps).
  let stamp = profile.startTime;
  const inPhase: boolean[] = profile.samples.map((_, i) => {
    stamp += profile.timeDeltas[i] ?? 0;
    return stamp >= span[0] && stamp <= span[1];
  });
  let fileBusy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (!inPhase[i]) continue;
    const node = byId.get(profile.samples[i]!)!;
    const f = node.callFrame;
    if (f.functionName === '(idle)') continue;
    const dt = profile.timeDeltas[i] ?? 0;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
    fileBusy += dt;
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      for (const w of watch) if (!seen.has(w) && matches(w, f)) { seen.add(w); inclusive.set(w, (inclusive.get(w) ?? 0) + dt); }
    }
  }
  process.stdout.write(`${file}: ${phase} phase ${(fileBusy / 1e6).toFixed(2)} s busy\n`);
}
process.stdout.write(`\ninclusive (share of ${(total / 1e6).toFixed(2)} busy s):\n`);
for (const w of watch) process.stdout.write(`${((100 * (inclusive.get(w) ?? 0)) / total).toFixed(1).padStart(5)}%  ${w}\n`);
process.stdout.write('\nself:\n');
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 50))) {
  process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}
