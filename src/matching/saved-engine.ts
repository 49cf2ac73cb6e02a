/**
 * The engine a command screens with, read from the data directory when it was saved there for the
 * same list versions and engine, else built and saved for the next command:
 *
 *     <dataDir>/lists/engines/<key>.snapshot      (engine-snapshot.ts)
 *
 * The file is a cache of work derived from the lists, nothing more: a missing one is built; a stale,
 * truncated or damaged one is reported on stderr (through `report`), built afresh and overwritten;
 * failing to write one costs only the next command's time. It is written atomically, so a reader
 * never meets half a file from a writer running beside it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SanctionedParty } from '../lists/model.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { ALGORITHM_VERSION, MatchEngine } from './engine.js';
import { decodeSnapshot, encodeSnapshot, preparedInputDigest, SNAPSHOT_FORMAT, SnapshotRefused } from './engine-snapshot.js';
import { prepareList } from './prepared-list.js';

/** Snapshots kept in the directory: a few sets of lists are screened in turn (all lists, the UN list alone). */
const KEPT_SNAPSHOTS = 4;

export interface EngineStart {
  engine: MatchEngine;
  /** 'saved': read from the data directory; 'built': built here (and saved, unless that failed). */
  origin: 'saved' | 'built';
  /** Time to read the snapshot or build the engine, the index included, in ms. */
  ms: number;
}

/** Where a command's start-up notes go by default (a saved engine refused and rebuilt, or not written). */
export function reportToStderr(line: string): void {
  process.stderr.write(`interdict: ${line}\n`);
}

/** How a start's log line says where its engine came from: "engine read from the saved engine in 129 ms". */
export function engineStartText(start: Pick<EngineStart, 'origin' | 'ms'>): string {
  return `engine ${start.origin === 'saved' ? 'read from the saved engine' : 'built'} in ${Math.round(start.ms)} ms`;
}

type ListVersions = { listVersions: { source: string; hash: string }[] };

/** The snapshot key: the list versions in order (the engine's party order follows them), the engine and the format. */
export function snapshotKey(meta: ListVersions): string {
  const versions = meta.listVersions.map((v) => `${v.source}:${v.hash}`).join(',');
  return createHash('sha256').update(`engine-snapshot-${SNAPSHOT_FORMAT}|${ALGORITHM_VERSION}|${versions}`).digest('hex');
}

export function snapshotPath(dataDir: string, meta: ListVersions): string {
  return join(dataDir, 'lists', 'engines', `${snapshotKey(meta)}.snapshot`);
}

/**
 * The engine of `parties` (the list versions `meta` names), from the data directory's snapshot when
 * one fits, else built and saved. `report` receives one line when a snapshot exists but is not used,
 * and when a new one cannot be written.
 */
export async function savedOrBuiltEngine(dataDir: string, parties: SanctionedParty[], meta: ListVersions, report: (line: string) => void): Promise<EngineStart> {
  const started = performance.now();
  const path = snapshotPath(dataDir, meta);
  const key = snapshotKey(meta);
  let bytes: Buffer | undefined;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') report(`saved engine ${path} could not be read (${err instanceof Error ? err.message : String(err)}); building it`);
  }
  if (bytes !== undefined) {
    try {
      const { list, keys } = decodeSnapshot(bytes, key, parties);
      const engine = MatchEngine.fromPrepared(parties, meta, list, { keys, started });
      return { engine, origin: 'saved', ms: performance.now() - started };
    } catch (err) {
      // Whatever went wrong, the command goes on with a built engine: a saved one is only a cache.
      const why = err instanceof SnapshotRefused ? err.message : `unreadable (${err instanceof Error ? err.message : String(err)})`;
      report(`saved engine ${path} not used: ${why}; building it again`);
    }
  }
  const list = prepareList(parties);
  const engine = MatchEngine.fromPrepared(parties, meta, list, { started });
  const ms = performance.now() - started;
  try {
    await writeFileAtomic(path, encodeSnapshot({ list, keys: engine.indexKeys }, key, preparedInputDigest(parties)));
    await pruneSnapshots(join(dataDir, 'lists', 'engines'), path);
  } catch (err) {
    report(`saved engine ${path} could not be written (${err instanceof Error ? err.message : String(err)}); the next command builds it again`);
  }
  return { engine, origin: 'built', ms };
}

/** Removes all but the KEPT_SNAPSHOTS most recently written snapshots (never `current`). */
async function pruneSnapshots(dir: string, current: string): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.snapshot')).map((f) => join(dir, f));
  if (files.length <= KEPT_SNAPSHOTS) return;
  const dated = await Promise.all(files.map(async (f) => ({ f, at: (await stat(f)).mtimeMs })));
  dated.sort((a, b) => b.at - a.at || (a.f < b.f ? -1 : 1));
  for (const { f } of dated.slice(KEPT_SNAPSHOTS)) if (f !== current) await rm(f, { force: true });
}
