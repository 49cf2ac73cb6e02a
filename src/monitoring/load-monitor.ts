/**
 * A monitor over the lists in force in a data directory: what the CLI, the workers and the server
 * build before processing events. The engine is built once per call; callers keep the result for as
 * long as the lists in force do not change.
 */
import type { SanctionedParty } from '../lists/model.js';
import type { ListStore } from '../lists/store.js';
import type { MonitorContext } from './process.js';
import { loadReference } from './reference/load.js';
import { prepareReference } from './reference/prepared.js';
import { buildMonitor, buildScreeningBase } from './setup.js';

export interface LoadedMonitor {
  monitor: Omit<MonitorContext, 'history'>;
  listVersions: { source: string; hash: string }[];
  parties: number;
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

export async function loadMonitor(store: ListStore, options: { referenceDir?: string; packConfig?: unknown; packConfigFile?: string } = {}): Promise<LoadedMonitor> {
  const { parties, listVersions } = await listsInForce(store);
  const reference = prepareReference(loadReference(options.referenceDir));
  const monitor = buildMonitor(buildScreeningBase(parties, listVersions), {
    reference,
    ...(options.packConfig !== undefined ? { packConfig: options.packConfig } : {}),
    ...(options.packConfigFile ? { packConfigFile: options.packConfigFile } : {}),
  });
  return { monitor, listVersions, parties: parties.length };
}
