/**
 * `BASE=<checkout with dist/> node --import tsx bench/serve-start-ab.ts`: `interdict serve` as an
 * operator starts it (bin/interdict, the compiled dist/ of each tree; build both first), from launch
 * to "listening" on stdout, BASE's against this tree's, on one data directory (the bundled UN list,
 * the embedded database). Wall time to listening, and the process's CPU then (/proc/<pid>/stat:
 * user + system). The trees take turns, the first turning each round. ROUNDS (default 5) per tree.
 * Both first start once untimed (the database created and migrated; this tree saves its engine).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAverage, requireBase } from './ab-setup.js';

const base = requireBase();
const here = new URL('..', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'serve-start-'));
const ticks = 100; // USER_HZ on Linux

/** The process's user + system CPU in ms, from /proc. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
}

function start(tree: string): Promise<{ ms: number; cpuMs: number; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(tree, 'bin', 'interdict'), '--data-dir', dataDir, 'serve', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!/listening on/.test(stdout)) return;
      const ms = performance.now() - started;
      const cpuMs = processCpuMs(child.pid as number);
      child.once('exit', () => resolve({ ms, cpuMs, stderr }));
      child.kill('SIGTERM');
    });
    child.once('exit', (code) => {
      if (!/listening on/.test(stdout)) reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

try {
  await start(here);
  await start(base);
  const loadBefore = loadAverage();
  const trees = [
    { name: 'base', dir: base, ms: [] as number[], cpu: [] as number[] },
    { name: 'this', dir: here, ms: [] as number[], cpu: [] as number[] },
  ];
  let lastLine = '';
  for (let r = 0; r < rounds; r++) {
    for (const t of r % 2 === 0 ? trees : [...trees].reverse()) {
      const s = await start(t.dir);
      t.ms.push(s.ms);
      t.cpu.push(s.cpuMs);
      if (t.name === 'this') lastLine = s.stderr.split('\n').find((l) => l.startsWith('lists in force')) ?? '';
    }
  }
  process.stdout.write(`${rounds} starts per tree, load ${loadBefore} -> ${loadAverage()}\n`);
  for (const t of trees) process.stdout.write(`${t.name} serve to listening: wall ${median(t.ms).toFixed(0)} ms (${Math.min(...t.ms).toFixed(0)}-${Math.max(...t.ms).toFixed(0)}), cpu ${median(t.cpu).toFixed(0)} ms (${Math.min(...t.cpu).toFixed(0)}-${Math.max(...t.cpu).toFixed(0)})\n`);
  const [b, t] = trees as [(typeof trees)[number], (typeof trees)[number]];
  process.stdout.write(`base/this: wall ${(median(b.ms) / median(t.ms)).toFixed(3)}x, cpu ${(median(b.cpu) / median(t.cpu)).toFixed(3)}x\n`);
  process.stdout.write(`this tree's last start said: ${lastLine}\n`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
