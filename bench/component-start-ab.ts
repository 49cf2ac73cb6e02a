/**
 * `BASE=<checkout> node --import tsx bench/component-start-ab.ts`: a server's and a monitor's start on
 * a fresh process (bench/component-start.ts), BASE's code against this tree's, on one data directory
 * holding the bundled UN list. This tree reads the engine it saved there on its first start; BASE
 * builds it every time. Every sample is a new process; the four kinds (base server, this server, base
 * monitor, this monitor) take turns, the order turning each round, so the machine's drift falls on
 * all alike. Prints per kind the median wall and CPU ms of the start call and of the whole process at
 * ready, and base/this ratios. ROUNDS (default 5) samples per kind; START_DIST=1 runs both trees'
 * compiled dist/ (build them first; BASE then needs a writable copy with its own dist/).
 * START_COMPONENTS: which (default server,monitor). START_LIST: a list file imported beside the UN
 * list first (bench/synthetic-list-file.ts writes a large one; the server's first start then records
 * every party in the database, so use START_COMPONENTS=monitor for a large list).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListStore } from '../src/lists/store.js';
import { loadAverage, requireBase } from './ab-setup.js';

const base = requireBase();
const here = new URL('..', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'component-start-'));
const script = join(here, 'bench', 'component-start.ts');

type Sample = { ms: number; cpuMs: number; processMs: number; processCpuMs: number };
const components = (process.env.START_COMPONENTS ?? 'server,monitor').split(',');
const kinds = components.flatMap((component) => [
  { name: `base ${component}`, tree: base, component },
  { name: `this ${component}`, tree: here, component },
]);
const sample = (tree: string, component: string): Sample => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, START_TREE: tree, START_COMPONENT: component, START_DATA_DIR: dataDir },
    cwd: here,
  });
  return JSON.parse(out.toString().trim().split('\n').pop() as string) as Sample;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

try {
  if (process.env.START_LIST) {
    const store = new ListStore(dataDir);
    await store.ensureBundledUn();
    await store.importFile(process.env.START_LIST);
  }
  // Untimed: the first server start imports the bundled list and migrates the database; this tree's
  // first start builds the engine and saves it in the data directory, which its samples then read.
  sample(here, components[0] as string);
  sample(base, components[0] as string);
  const loadBefore = loadAverage();
  const samples = kinds.map(() => [] as Sample[]);
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < kinds.length; j++) {
      const i = (j + r) % kinds.length;
      const k = kinds[i] as (typeof kinds)[number];
      (samples[i] as Sample[]).push(sample(k.tree, k.component));
    }
  }
  process.stdout.write(`${rounds} fresh processes per kind (${process.env.START_DIST === '1' ? 'dist' : 'tsx'}), load ${loadBefore} -> ${loadAverage()}\n`);
  const rows = kinds.map((k, i) => {
    const s = samples[i] as Sample[];
    return { name: k.name, ms: median(s.map((x) => x.ms)), cpuMs: median(s.map((x) => x.cpuMs)), processMs: median(s.map((x) => x.processMs)), processCpuMs: median(s.map((x) => x.processCpuMs)) };
  });
  for (let i = 0; i < rows.length; i += 2) {
    const [b, t] = [rows[i], rows[i + 1]] as [(typeof rows)[number], (typeof rows)[number]];
    for (const r of [b, t]) {
      process.stdout.write(`${r.name.padEnd(13)} start wall ${r.ms.toFixed(0).padStart(5)} ms cpu ${r.cpuMs.toFixed(0).padStart(5)} ms; process at ready wall ${r.processMs.toFixed(0).padStart(5)} ms cpu ${r.processCpuMs.toFixed(0).padStart(5)} ms\n`);
    }
    process.stdout.write(
      `  base/this: start wall ${(b.ms / t.ms).toFixed(3)}x cpu ${(b.cpuMs / t.cpuMs).toFixed(3)}x; process wall ${(b.processMs / t.processMs).toFixed(3)}x cpu ${(b.processCpuMs / t.processCpuMs).toFixed(3)}x\n`,
    );
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
