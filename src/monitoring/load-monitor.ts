/**
 * A monitor over the lists in force in a data directory: what the CLI, the workers and the server
 * build before processing events. The engine is made once per call (read from the data directory's
 * saved engine when one fits, else built and saved); callers keep the result for as long as the lists
 * in force do not change.
 */
import type { SanctionedParty } from '../lists/model.js';
import { reportToStderr, type EngineStart } from '../matching/saved-engine.js';
import type { ListStore } from '../lists/store.js';
import type { MonitorContext } from './process.js';
import { loadReference } from './reference/load.js';
import { prepareReference } from './reference/prepared.js';
import { buildMonitor, savedScreeningBase } from './setup.js';

export interface LoadedMonitor {
  monitor: Omit<MonitorContext, 'history'>;
  listVersions: { source: string; hash: string }[];
  parties: number;
  /** Whether the engine was read from the saved engine or built, and in how long. */
  engineStart: Pick<EngineStart, 'origin' | 'ms'>;
}

export async function listsInForce(store: ListStore): Promise<{ parties: SanctionedParty[]; listVersions: { source: string; hash: string }[] }> {
  const parties: SanctionedParty[] = [];
  const listVersions: { source: string; hash: string }[] = [];
  for (const source of await store.sources()) {
    const v = await store.inForce(source);
    if (!v) continue;
    parties.push(...(await store.load(v)).parties);
    listVersions.push({ source, hash: v.hash });
  }
  return { parties, listVersions };
}

export async function loadMonitor(
  store: ListStore,
  options: { referenceDir?: string; packConfig?: unknown; packConfigFile?: string; report?: (line: string) => void } = {},
): Promise<LoadedMonitor> {
  const { parties, listVersions } = await listsInForce(store);
  const reference = prepareReference(loadReference(options.referenceDir));
  const base = await savedScreeningBase(store.dataDir, parties, listVersions, options.report ?? reportToStderr);
  const monitor = buildMonitor(base, {
    reference,
    ...(options.packConfig !== undefined ? { packConfig: options.packConfig } : {}),
    ...(options.packConfigFile ? { packConfigFile: options.packConfigFile } : {}),
  });
  return { monitor, listVersions, parties: parties.length, engineStart: base.start };
}
