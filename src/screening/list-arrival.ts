import type { AuditActor } from '../cases/audit-actions.js';
import type { ImportResult, ListStore } from '../lists/store.js';
import type { ListVersion } from '../lists/version.js';
import type { Db } from '../store/database.js';
import { findListVersion, saveListVersion } from '../store/list-versions-repo.js';
import { rescreenForNewVersion, type RescreenDeps, type RescreenReport } from './rescreen.js';

/**
 * What happens when a list version arrives (imported through the API, or fetched by an update): it is
 * recorded in the database (its snapshot with each listed party's record hash, audited as a list
 * import), and if it is now the version in force, the parties are re-screened against its diff.
 *
 * The list files stay the store's working copy (src/lists/store.ts); the database copy is what the
 * audit log and the alerts refer to, so a version an alert was raised on is always there.
 */
export async function recordListVersion(db: Db, store: ListStore, version: ListVersion, actor: AuditActor): Promise<boolean> {
  if (await findListVersion(db, version.source, version.hash)) return false;
  // Read a line at a time, so that a server answers other requests meanwhile (read whole, a
  // 200,000-name list held its thread for seconds); the parties are the same either way.
  const snapshot = await store.load(version, { inPieces: true });
  const { created } = await saveListVersion(db, {
    version,
    parties: snapshot.parties,
    warnings: snapshot.warnings,
    ...(await originalOf(store, version)),
    actor,
  });
  return created;
}

/**
 * The version's original for the database: the store's gzip file as it is when that is the gzip the
 * database would make of the bytes (both gzipSync of the one file: identical), which spares unpacking
 * and packing tens of MB again on the server's thread; else the bytes, packed by saveListVersion. A
 * multi-file version (OFAC CSV set) is kept by the store as a bundle, and a version too large to hand
 * over whole (a big FtM export) in the store only: neither goes to the database.
 */
async function originalOf(store: ListStore, version: ListVersion): Promise<{ original?: Uint8Array; originalGz?: Buffer }> {
  if (!store.hasWholeOriginals(version)) return {};
  const packed = await store.originalGz(version);
  if (packed) return { originalGz: packed };
  const originals = await store.originals(version);
  return originals.length === 1 ? { original: originals[0]!.bytes } : {};
}

/** Record every version in force that the database does not have yet (a server's first start). */
export async function recordVersionsInForce(db: Db, store: ListStore, actor: AuditActor): Promise<void> {
  for (const source of await store.sources()) {
    const v = await store.inForce(source);
    if (v) await recordListVersion(db, store, v, actor);
  }
}

export interface ArrivalOutcome {
  version: ListVersion;
  created: boolean;
  inForce: boolean;
  rescreen?: RescreenReport;
  /** Why no re-screen ran. */
  note?: string;
}

export async function onListImported(deps: RescreenDeps, result: ImportResult, actor: AuditActor): Promise<ArrivalOutcome> {
  const base = { version: result.version, created: result.created, inForce: result.inForce };
  if (!result.created) return { ...base, note: 'this version was imported before: nothing new to screen' };
  await recordListVersion(deps.db, deps.store, result.version, actor);
  if (!result.inForce) return { ...base, note: 'an older version than the one in force: kept for history and diffs, nothing re-screened' };
  const rescreen = await rescreenForNewVersion(deps, { current: result.version, ...(result.previousInForce ? { previous: result.previousInForce } : {}), actor });
  return { ...base, rescreen };
}
