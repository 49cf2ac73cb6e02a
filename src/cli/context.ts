import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where Interdict keeps its state. The global `--data-dir` option wins, then INTERDICT_HOME, then
 * ~/.interdict. Resolved once per command from the parsed options, never at import time, so two
 * data directories never mix and each test can use a fresh one.
 */
export function resolveDataDir(optionValue: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (optionValue && optionValue.trim() !== '') return resolve(optionValue);
  const fromEnv = env.INTERDICT_HOME;
  if (fromEnv && fromEnv.trim() !== '') return resolve(fromEnv);
  return join(homedir(), '.interdict');
}

export interface GlobalOptions {
  dataDir?: string;
}
