import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/paths.js';

/**
 * The browser tests run against the built UI, as users get it. Build it when web/dist is missing or
 * older than any source file, so a test never passes against yesterday's bundle. Test files may run
 * in parallel: a lock directory (mkdir is atomic) makes one build while the others wait for it.
 */
const WEB = join(ROOT, 'web');
const INDEX = join(WEB, 'dist', 'index.html');
const LOCK = join(WEB, '.build-lock');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function stale(): boolean {
  if (!existsSync(INDEX)) return true;
  const sources = Math.max(newestSource(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs, statSync(join(WEB, 'vite.config.ts')).mtimeMs);
  return sources > statSync(INDEX).mtimeMs;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function ensureWebBuilt(): Promise<void> {
  for (let waited = 0; stale(); waited += 250) {
    try {
      mkdirSync(LOCK);
    } catch {
      // Another test file is building; a lock older than two minutes is left from a killed run.
      if (waited > 120_000 || Date.now() - statSync(LOCK).mtimeMs > 120_000) rmdirSync(LOCK);
      await sleep(250);
      continue;
    }
    try {
      if (stale()) execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    } finally {
      rmdirSync(LOCK);
    }
  }
}
