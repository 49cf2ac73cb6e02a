/**
 * `node --import tsx bench/cli-batch-ab.ts`: a CLI batch end to end, this tree against another
 * (BASE, a directory with a built dist/ and node_modules): `bin/interdict screen --input <queries>`
 * from a saved engine, wall and CPU time of the whole process (list load, engine start, screening,
 * output), as a user pays it.
 *
 * The benchmark's first BENCH_QUERIES (default 20,000) UN queries are written once as JSON Lines.
 * Each tree gets a fresh data directory, prepared by one untimed run of the same batch (it imports
 * the bundled UN list, builds the engine and saves it); that first run's times are printed too (the
 * build's cost, paid once per list version). Then ROUNDS (default 3) rounds, each running both trees,
 * alternating which goes first. Prints every run and the medians, with the load average. Build dist/
 * in both trees first (`npx tsc -p tsconfig.json`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchParties, benchRawQueries, loadAverage, requireBase } from './ab-setup.js';

const base = requireBase();
const here = new URL('..', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'cli-batch-'));
const input = join(dir, 'queries.jsonl');
const parties = await benchParties();
writeFileSync(input, benchRawQueries(parties, Number(process.env.BENCH_QUERIES ?? 20000)).map((q) => JSON.stringify(q)).join('\n') + '\n');

interface Run {
  wall: number;
  cpu: number;
  start: string;
}

/** One batch with `tree`'s CLI on data directory `data`: wall and CPU seconds (GNU time), and the start-up line. */
function run(tree: string, data: string): Run {
  const out = join(dir, 'out.jsonl');
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S', process.execPath, join(tree, 'bin', 'interdict'), '--data-dir', data, 'screen', '--input', input, '--output', out], { encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('TIME ')) ?? '';
  const [, wall, user, sys] = line.split(' ');
  if (wall === undefined) throw new Error(`no timing from ${tree}: ${r.stderr}`);
  const start = r.stderr.split('\n').find((l) => /index of .* in [0-9]+ ms/.test(l)) ?? '';
  return { wall: Number(wall), cpu: Number(user) + Number(sys), start: start.trim() };
}

const trees = [
  { name: 'base', tree: base, data: join(dir, 'data-base'), runs: [] as Run[] },
  { name: 'this', tree: here, data: join(dir, 'data-this'), runs: [] as Run[] },
];
try {
  process.stdout.write(`load average before: ${loadAverage()}\n`);
  for (const t of trees) {
    const first = run(t.tree, t.data);
    process.stdout.write(`${t.name} first run (imports the list, builds and saves the engine): wall ${first.wall.toFixed(2)} s, CPU ${first.cpu.toFixed(2)} s; ${first.start}\n`);
  }
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < trees.length; j++) {
      const t = trees[(j + r) % trees.length] as (typeof trees)[number];
      const x = run(t.tree, t.data);
      t.runs.push(x);
      process.stdout.write(`round ${r + 1} ${t.name}: wall ${x.wall.toFixed(2)} s, CPU ${x.cpu.toFixed(2)} s; ${x.start}\n`);
    }
  }
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 === 1 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
  };
  const [b, o] = trees.map((t) => ({ wall: median(t.runs.map((x) => x.wall)), cpu: median(t.runs.map((x) => x.cpu)) })) as [{ wall: number; cpu: number }, { wall: number; cpu: number }];
  process.stdout.write(`medians: base wall ${b.wall.toFixed(2)} s CPU ${b.cpu.toFixed(2)} s; this wall ${o.wall.toFixed(2)} s CPU ${o.cpu.toFixed(2)} s; base/this wall ${(b.wall / o.wall).toFixed(3)}x, CPU ${(b.cpu / o.cpu).toFixed(3)}x\n`);
  process.stdout.write(`load average after: ${loadAverage()}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
