import { spawnSync } from 'node:child_process';
import { BIN } from './paths.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run ./bin/interdict as a user would, with its own data directory. */
export function runCli(args: string[], options: { home: string; input?: string; env?: Record<string, string> }): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, INTERDICT_HOME: options.home, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
