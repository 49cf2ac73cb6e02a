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
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { SanctionedParty } from '../lists/model.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { ALGORITHM_VERSION, MatchEngine } from './engine.js';
import { decodeSnapshot, decodeSnapshotInSlices, encodeSnapshot, preparedInputDigest, SNAPSHOT_FORMAT, SnapshotRefused } from './engine-snapshot.js';
import { prepareList } from './prepared-list.js';

/**
 * Snapshots kept in the directory, the most recently used (read or written): a few sets of lists are
 * screened in turn (all lists, the UN list alone, an alert's older versions).
 */
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

/** The engine's list versions (what snapshotKey reads) of versions in the engine's order. */
export function versionsMeta(versions: readonly { source: string; hash: string }[]): ListVersions {
  return { listVersions: versions.map((v) => ({ source: v.source, hash: v.hash })) };
}

/** The snapshot key: the list versions in order (the engine's party order follows them), the engine and the format. */
export function snapshotKey(meta: ListVersions): string {
  const versions = meta.listVersions.map((v) => `${v.source}:${v.hash}`).join(',');
  return createHash('sha256').update(`engine-snapshot-${SNAPSHOT_FORMAT}|${ALGORITHM_VERSION}|${versions}`).digest('hex');
}

export function snapshotPath(dataDir: string, meta: ListVersions): string {
  return join(dataDir, 'lists', 'engines', `${snapshotKey(meta)}.snapshot`);
}

/** Options of a saved engine's read or write. */
export interface SavedEngineOptions {
  /**
   * Snapshots the prune after a write must leave, whatever their age: the one of the versions in
   * force while an engine for other versions (an alert's replay, the next versions) is written.
   */
  keep?: readonly string[];
}

/**
 * The engine of `parties` (the list versions `meta` names), from the data directory's snapshot when
 * one fits, else built and saved. `report` receives one line when a snapshot exists but is not used,
 * and when a new one cannot be written.
 */
export async function savedOrBuiltEngine(dataDir: string, parties: SanctionedParty[], meta: ListVersions, report: (line: string) => void, options: SavedEngineOptions = {}): Promise<EngineStart> {
  const started = performance.now();
  const path = snapshotPath(dataDir, meta);
  const bytes = await readSnapshotBytes(path, report);
  const engine = bytes === undefined ? undefined : await engineFromSnapshot(bytes, path, parties, meta, report, started);
  if (engine) return { engine, origin: 'saved', ms: performance.now() - started };
  return { engine: (await buildAndSaveEngine(dataDir, parties, meta, report, options, started)).engine, origin: 'built', ms: performance.now() - started };
}

/** The bytes of the snapshot at `path`; undefined when there is none or it cannot be read (reported). */
export async function readSnapshotBytes(path: string, report: (line: string) => void): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') report(`saved engine ${path} could not be read (${err instanceof Error ? err.message : String(err)}); building it`);
    return undefined;
  }
}

/**
 * The engine a snapshot's bytes (read from `path`, or made for it by a worker) hold for `parties`, and
 * the file marked as used now; undefined, reported, when the bytes are refused or unreadable.
 * `inSlices`: decoded, and the rest of the index built, in slices with the event loop running between
 * them (a server's thread).
 */
export async function engineFromSnapshot(
  bytes: Buffer,
  path: string,
  parties: SanctionedParty[],
  meta: ListVersions,
  report: (line: string) => void,
  started: number,
  options: { inSlices?: boolean } = {},
): Promise<MatchEngine | undefined> {
  let engine: MatchEngine;
  try {
    const key = snapshotKey(meta);
    if (options.inSlices) {
      const { list, keys } = await decodeSnapshotInSlices(bytes, key, parties);
      engine = await MatchEngine.fromPreparedInSlices(parties, meta, list, { keys, started });
    } else {
      const { list, keys } = decodeSnapshot(bytes, key, parties);
      engine = MatchEngine.fromPrepared(parties, meta, list, { keys, started });
    }
  } catch (err) {
    // Whatever went wrong, the command goes on with a built engine: a saved one is only a cache.
    const why = err instanceof SnapshotRefused ? err.message : `unreadable (${err instanceof Error ? err.message : String(err)})`;
    report(`saved engine ${path} not used: ${why}; building it again`);
    return undefined;
  }
  await markUsed(path);
  return engine;
}

/**
 * Builds the engine of `parties` and saves its snapshot (a failed write is reported, and costs only
 * the next start's time), then prunes the directory.
 */
export async function buildAndSaveEngine(
  dataDir: string,
  parties: SanctionedParty[],
  meta: ListVersions,
  report: (line: string) => void,
  options: SavedEngineOptions = {},
  started = performance.now(),
): Promise<{ engine: MatchEngine }> {
  const { engine, bytes } = builtEngineBytes(parties, meta, started);
  await saveSnapshot(dataDir, meta, bytes, report, options);
  return { engine };
}

/** The engine of `parties` built, and the bytes of its snapshot (for a worker that hands them on before saving them). */
export function builtEngineBytes(parties: SanctionedParty[], meta: ListVersions, started = performance.now()): { engine: MatchEngine; bytes: Buffer } {
  const list = prepareList(parties);
  const engine = MatchEngine.fromPrepared(parties, meta, list, { started });
  return { engine, bytes: encodeSnapshot({ list, keys: engine.indexKeys }, snapshotKey(meta), preparedInputDigest(parties)) };
}

/** Writes a snapshot's bytes and prunes the directory; a failure is reported (the next start builds again). */
export async function saveSnapshot(dataDir: string, meta: ListVersions, bytes: Buffer, report: (line: string) => void, options: SavedEngineOptions = {}): Promise<void> {
  const path = snapshotPath(dataDir, meta);
  try {
    await writeFileAtomic(path, bytes);
    await pruneSnapshots(join(dataDir, 'lists', 'engines'), new Set([path, ...(options.keep ?? [])]));
  } catch (err) {
    report(`saved engine ${path} could not be written (${err instanceof Error ? err.message : String(err)}); the next command builds it again`);
  }
}

/**
 * A snapshot's time is its last use: it is set to now when the snapshot is read, so the prune keeps
 * the engines in use (the server's, read once at its start and then held for weeks, is also named in
 * `keep` by the server while it writes others). A file that cannot be touched stays as it was.
 */
async function markUsed(path: string): Promise<void> {
  const now = new Date();
  await utimes(path, now, now).catch(() => undefined);
}

/** Removes all but the KEPT_SNAPSHOTS most recently used snapshots, never one in `keep`. */
async function pruneSnapshots(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.snapshot')).map((f) => join(dir, f));
  if (files.length <= KEPT_SNAPSHOTS) return;
  const dated = await Promise.all(files.map(async (f) => ({ f, at: (await stat(f).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.at - a.at || (a.f < b.f ? -1 : 1));
  let kept = dated.filter(({ f }) => keep.has(f)).length;
  for (const { f } of dated) {
    if (keep.has(f)) continue;
    if (kept < KEPT_SNAPSHOTS) kept++;
    else await rm(f, { force: true });
  }
}
