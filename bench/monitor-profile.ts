/**
 * `node --import tsx bench/monitor-profile.ts DIR`: summarises the worker CPU profiles that
 * bench/monitor-nats.ts writes with BENCH_WORKER_PROFILE_DIR=DIR (one .cpuprofile per worker
 * thread). A worker is busy in two bursts, the cold and the warm phase, separated by the bench's
 * one-second pause; PROFILE_PHASE=warm (default) or cold picks the burst, found as the stretches of
 * busy samples between idle gaps of at least 700 ms. Prints self time per function, and the
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
const GAP_US = 700_000;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const watch = (process.env.PROFILE_SUBTREES ?? 'processEvent,processAndStoreBatch,loadHistoryFor,appendAuditInTransaction,insertEvents,canonicalJson,screenParties,Client.query,submit,(garbage collector),decodeEvent,evaluate').split(',');
let total = 0;

for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Busy bursts: runs of non-idle samples, broken where idle time adds up past GAP_US.
  const bursts: { from: number; to: number; busy: number }[] = [];
  let idleRun = 0;
  let current: { from: number; to: number; busy: number } | undefined;
  for (let i = 0; i < profile.samples.length; i++) {
    const name = byId.get(profile.samples[i]!)!.callFrame.functionName;
    const dt = profile.timeDeltas[i] ?? 0;
    if (name === '(idle)') {
      idleRun += dt;
      if (idleRun >= GAP_US && current) { bursts.push(current); current = undefined; }
      continue;
    }
    idleRun = 0;
    if (!current) current = { from: i, to: i, busy: 0 };
    current.to = i;
    current.busy += dt;
  }
  if (current) bursts.push(current);
  // The two largest bursts in time order are cold then warm (start-up is before the clock but is a burst too).
  const big = [...bursts].sort((a, b) => b.busy - a.busy).slice(0, 2).sort((a, b) => a.from - b.from);
  if (big.length < 2) { process.stderr.write(`${file}: fewer than two bursts, skipped\n`); continue; }
  const pick = phase === 'cold' ? big[0]! : big[1]!;
  let fileBusy = 0;
  for (let i = pick.from; i <= pick.to; i++) {
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
      const fn = byId.get(id)!.callFrame.functionName;
      for (const w of watch) if (!seen.has(w) && (fn === w || fn.endsWith(`.${w}`) || w.endsWith(`.${fn}`) && w.split('.').pop() === fn)) { seen.add(w); inclusive.set(w, (inclusive.get(w) ?? 0) + dt); }
    }
  }
  process.stdout.write(`${file}: ${phase} burst ${(fileBusy / 1e6).toFixed(2)} s busy\n`);
}
process.stdout.write(`\ninclusive (share of ${(total / 1e6).toFixed(2)} busy s):\n`);
for (const w of watch) process.stdout.write(`${((100 * (inclusive.get(w) ?? 0)) / total).toFixed(1).padStart(5)}%  ${w}\n`);
process.stdout.write('\nself:\n');
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 50))) {
  process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}
