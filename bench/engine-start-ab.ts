/**
 * `node --import tsx bench/engine-start-ab.ts`: the engine's start-up on a fresh process, as a CLI
 * command pays it, compared between ways of starting: BASE's MatchEngine.build, this tree's, and this
 * tree's engine read from a saved engine (src/matching/saved-engine.ts), and BASE's read from its own
 * (the two trees' formats may differ; their sizes are printed). Each sample is a new process
 * (bench/engine-build-profile.ts with PROFILE=0) timing its first start only; the kinds alternate, so
 * the machine's drift falls on all of them alike. Prints per kind the median wall and CPU ms, and
 * the ratios to BASE's build. Then, in this one process, BASE's and this tree's MatchEngine.build
 * alternately, each first in turn (warm after the first), the median CPU ms of each. ROUNDS (default 7) samples per kind;
 * START_DIST=1 runs the trees' compiled dist/ (what bin/interdict runs; build them first), else
 * their sources via tsx (the in-process builds always run the sources).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchParties, cpuMs, loadAverage, loadEngineFrom, requireBase } from './ab-setup.js';

const base = requireBase();
const here = new URL('..', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 7);
const dir = mkdtempSync(join(tmpdir(), 'engine-start-'));
// One saved engine per tree: their formats may differ.
const snapshot = join(dir, 'engine.snapshot');
const baseSnapshot = join(dir, 'base-engine.snapshot');
const script = join(here, 'bench', 'engine-build-profile.ts');
const kinds: { name: string; env: Record<string, string> }[] = [
  { name: 'base build', env: { PROFILE_TREE: base, START: 'build' } },
  { name: 'this build', env: { PROFILE_TREE: here, START: 'build' } },
  { name: 'this saved', env: { PROFILE_TREE: here, START: 'saved' } },
  { name: 'base saved', env: { PROFILE_TREE: base, START: 'saved', SNAPSHOT_FILE: baseSnapshot } },
];
const sample = (env: Record<string, string>): { ms: number; cpuMs: number } => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, PROFILE: '0', SNAPSHOT_FILE: snapshot, ...env, PROFILE_DIST: process.env.START_DIST === '1' ? '1' : '0' },
    cwd: here,
  });
  return JSON.parse(out.toString().trim().split('\n').pop() as string) as { ms: number; cpuMs: number };
};
try {
  // The first run of the saved kind writes the snapshot and stops; the samples then read it.
  for (const [tree, file] of [[here, snapshot], [base, baseSnapshot]] as const) {
    execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, START: 'saved', PROFILE_TREE: tree, SNAPSHOT_FILE: file, PROFILE_DIST: process.env.START_DIST === '1' ? '1' : '0' }, cwd: here });
  }
  process.stdout.write(`saved engines: this tree ${statSync(snapshot).size} bytes, base ${statSync(baseSnapshot).size} bytes\n`);
  const loadBefore = loadAverage();
  const samples = kinds.map(() => [] as { ms: number; cpuMs: number }[]);
  // The order turns each round, so no kind always runs right after another.
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < kinds.length; j++) {
      const i = (j + r) % kinds.length;
      (samples[i] as { ms: number; cpuMs: number }[]).push(sample((kinds[i] as (typeof kinds)[number]).env));
    }
  }
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 === 1 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
  };
  const rows = kinds.map((k, i) => {
    const s = samples[i] as { ms: number; cpuMs: number }[];
    return { name: k.name, ms: median(s.map((x) => x.ms)), cpuMs: median(s.map((x) => x.cpuMs)) };
  });
  // Both trees' builds in this process, alternating.
  const parties = await benchParties();
  const meta = { listVersions: [{ source: 'un', hash: 'start' }] };
  const builds = [await loadEngineFrom<unknown>(base), await loadEngineFrom<unknown>(here)].map((m) => ({ build: m.MatchEngine.build, cpu: [] as number[] }));
  // Alternating which tree builds first: the second of a pair read faster here whichever tree it was.
  for (let r = 0; r < rounds; r++) {
    for (const b of r % 2 === 0 ? builds : [...builds].reverse()) {
      const c0 = cpuMs();
      b.build(parties, meta);
      b.cpu.push(cpuMs() - c0);
    }
  }
  const [inBase, inThis] = builds.map((b) => median(b.cpu)) as [number, number];
  const ref = rows[0] as { ms: number; cpuMs: number };
  process.stdout.write(`${rounds} fresh processes per kind (${process.env.START_DIST === '1' ? 'dist' : 'tsx'}), load ${loadBefore} -> ${loadAverage()}\n`);
  for (const r of rows) {
    process.stdout.write(`${r.name.padEnd(11)} wall ${r.ms.toFixed(0).padStart(5)} ms  cpu ${r.cpuMs.toFixed(0).padStart(5)} ms  base/this: wall ${(ref.ms / r.ms).toFixed(3)}x cpu ${(ref.cpuMs / r.cpuMs).toFixed(3)}x\n`);
  }
  process.stdout.write(`in one process, ${rounds} builds each: base ${inBase.toFixed(0)} ms, this ${inThis.toFixed(0)} ms of CPU (median), base/this ${(inBase / inThis).toFixed(3)}x\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
