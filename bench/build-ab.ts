/**
 * `node --import tsx bench/build-ab.ts`: the engine's build in this tree against another checkout's
 * (BASE), in one process: MatchEngine.build (CPU ms), and fromPreparedInSlices (the server's way,
 * 20 ms slices with the event loop turning between them: wall and CPU ms, and the longest slice, the
 * stall a request waiting on the thread could meet). The trees alternate, each first in turn; prints
 * the median of ROUNDS (default 5) of each and the ratios, with the load average. BENCH_NAMES as
 * screen-ab.ts (0: the bundled UN list).
 */
import { benchParties, cpuMs, loadAverage, requireBase } from './ab-setup.js';

interface Tree {
  name: string;
  build(parties: unknown, meta: unknown): unknown;
  inSlices(parties: unknown, meta: unknown, list: unknown): Promise<unknown>;
  prepareList(parties: unknown): unknown;
  built: number[];
  sliced: { wall: number; cpu: number; longest: number }[];
}

const load = async (name: string, dir: string): Promise<Tree> => {
  const engine = (await import(`${dir}/src/matching/engine.ts`)) as {
    MatchEngine: { build(p: unknown, m: unknown): unknown; fromPreparedInSlices(p: unknown, m: unknown, l: unknown): Promise<unknown> };
  };
  const prepared = (await import(`${dir}/src/matching/prepared-list.ts`)) as { prepareList(p: unknown): unknown };
  return {
    name,
    build: (p, m) => engine.MatchEngine.build(p, m),
    inSlices: (p, m, l) => engine.MatchEngine.fromPreparedInSlices(p, m, l),
    prepareList: prepared.prepareList,
    built: [],
    sliced: [],
  };
};

const trees = [await load('base', requireBase()), await load('this', new URL('..', import.meta.url).pathname)];
const parties = await benchParties();
const meta = { listVersions: [{ source: 'build', hash: 'build' }] };
const rounds = Number(process.env.ROUNDS ?? 5);

/** The longest gap between two turns of the event loop while `work` runs, in ms. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  return longest;
}

process.stdout.write(`load average before: ${loadAverage()}\n`);
for (let r = 0; r < rounds; r++) {
  for (const t of r % 2 === 0 ? trees : [...trees].reverse()) {
    let c = cpuMs();
    t.build(parties, meta);
    t.built.push(cpuMs() - c);
    const list = t.prepareList(parties);
    const w = performance.now();
    c = cpuMs();
    const longest = await longestStall(() => t.inSlices(parties, meta, list));
    t.sliced.push({ wall: performance.now() - w, cpu: cpuMs() - c, longest });
  }
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const rows = trees.map((t) => ({
  name: t.name,
  build: median(t.built),
  wall: median(t.sliced.map((x) => x.wall)),
  cpu: median(t.sliced.map((x) => x.cpu)),
  longest: Math.max(...t.sliced.map((x) => x.longest)),
}));
for (const x of rows) {
  process.stdout.write(`${x.name}: build ${x.build.toFixed(0)} CPU ms; fromPreparedInSlices (index only) ${x.wall.toFixed(0)} wall ms, ${x.cpu.toFixed(0)} CPU ms, longest stall ${x.longest.toFixed(1)} ms (medians of ${rounds}; stall: the largest)\n`);
}
const [b, o] = rows as [(typeof rows)[number], (typeof rows)[number]];
process.stdout.write(`this/base: build ${(o.build / b.build).toFixed(3)}x, in slices CPU ${(o.cpu / b.cpu).toFixed(3)}x\n`);
process.stdout.write(`load average after: ${loadAverage()}\n`);
