/**
 * Where the eval and bench code finds things. Paths are resolved from this file, not from the
 * current directory, so `npm run eval` works from any directory and in CI's fresh clone.
 * The shared data folder sits beside the repository (../shared), as on developers' machines and in
 * CI; INTERDICT_SHARED_DATA may point elsewhere (read when a command starts, never at import time).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedSanctionsDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.INTERDICT_SHARED_DATA;
  if (fromEnv && fromEnv.trim() !== '') return resolve(fromEnv);
  return resolve(repoRoot, '..', 'shared', 'data', 'sanctions');
}

export const evalDataDir = join(repoRoot, 'eval', 'data');
export const evalResultsDir = join(repoRoot, 'eval', 'results');
export const benchResultsDir = join(repoRoot, 'bench', 'results');
export const bundledUnList = join(repoRoot, 'data', 'lists', 'un-consolidated-2026-01-28.xml');

/** The UN list versions the labelled sets refer to, by the key stored in each item. */
export function unListPath(version: string, env: NodeJS.ProcessEnv = process.env): string {
  if (version === 'un-2026-01-28' && existsSync(bundledUnList)) return bundledUnList;
  const file = `un-consolidated-${version.slice('un-'.length)}.xml`;
  return join(sharedSanctionsDir(env), file);
}
