import { parentPort, workerData } from 'node:worker_threads';
import { loadLinkSet, type LinkSet } from '../lists/link-cache.js';
import type { SanctionedParty } from '../lists/model.js';
import { ListStore } from '../lists/store.js';
import type { ListVersion } from '../lists/version.js';
import { builtEngineBytes, saveSnapshot, versionsMeta } from '../matching/saved-engine.js';

/**
 * The worker thread of engine-off-thread.ts: the CPU-heavy part of putting a set of list versions in
 * force, done away from the server's event loop. It reads the versions' parties from the list store
 * itself (cheaper than copying them over from the server's thread), then
 * - `engine`: builds the engine, sends its snapshot's bytes, which the server's thread decodes (a
 *   third of a build), and then saves them (pruning the directory, never a path in `keep`);
 * - `links`: links the parties across the lists (or reads the data directory's link file) and sends
 *   the link set, which the server's thread keeps in memory instead of linking again.
 * A note (a snapshot not written) is sent as `report`.
 */
export interface EngineWorkerData {
  dataDir: string;
  versions: ListVersion[];
  engine: boolean;
  links: boolean;
  keep: string[];
}

export type EngineWorkerMessage = { report: string } | { bytes: Uint8Array } | { links: LinkSet };

const data = workerData as EngineWorkerData;
const post = (message: EngineWorkerMessage, transfer: ArrayBuffer[] = []): void => parentPort!.postMessage(message, transfer);
const store = new ListStore(data.dataDir);
const parties: SanctionedParty[] = [];
for (const v of data.versions) parties.push(...(await store.load(v)).parties);

if (data.engine) {
  const meta = versionsMeta(data.versions);
  const { bytes } = builtEngineBytes(parties, meta);
  // Sent before it is written: the server's thread decodes while this one writes the file. A copy is
  // moved, not cloned: cloning tens of MB held the receiving thread for a second on a busy machine.
  const copy = new Uint8Array(bytes);
  post({ bytes: copy }, [copy.buffer]);
  await saveSnapshot(data.dataDir, meta, bytes, (line) => post({ report: line }), { keep: data.keep });
}
if (data.links) {
  // The parties as the service links them: by id, the way its map of parties holds them.
  const byId = new Map(parties.map((p) => [p.id, p]));
  post({ links: await loadLinkSet(data.dataDir, data.versions.map((v) => v.hash), [...byId.values()]) });
}
