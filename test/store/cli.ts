import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/paths.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let useBuilt: boolean | undefined;

/**
 * Whether dist/ is at least as new as every source file. Then the CLI runs as users run it
 * (bin/interdict, compiled code: about twice as fast to start); otherwise from the TypeScript sources
 * through tsx, so a test never passes or fails on code older than what it tests.
 */
function builtIsCurrent(): boolean {
  if (useBuilt === undefined) {
    const built = join(ROOT, 'dist', 'cli', 'main.js');
    useBuilt = existsSync(built) && statSync(built).mtimeMs >= newestSourceMtime(join(ROOT, 'src'));
  }
  return useBuilt;
}

/** Run `interdict` as a user would: its own process, its own data directory. */
export function interdict(args: string[], options: { home: string; env?: Record<string, string> }): CliRun {
  const command = builtIsCurrent() ? [BIN] : ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
  const r = spawnSync(process.execPath, [...command, ...args], {
    cwd: ROOT,
    env: { ...process.env, INTERDICT_HOME: options.home, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
