import { access } from 'node:fs/promises';
import { cachedLinkSet, keepLinkSet, linkSetFile, type LinkSet } from '../lists/link-cache.js';
import type { SanctionedParty } from '../lists/model.js';
import type { ListVersion } from '../lists/version.js';
import { buildAndSaveEngine, engineFromSnapshot, readSnapshotBytes, snapshotPath, versionsMeta, type EngineStart } from '../matching/saved-engine.js';
import type { EngineWorkerData, EngineWorkerMessage } from './engine-worker.js';
import { moduleWorker } from './worker-thread.js';

/**
 * The engine (and the links) of a set of list versions made while a server keeps answering: the
 * build, the snapshot's write and the linking run in a worker thread (engine-worker.ts), and this
 * thread only loads the parties and decodes the snapshot's bytes, both in pieces with the event loop
 * running between them, builds the rest of the index (index.ts, in one piece) and keeps the link
 * set. A saved snapshot that fits is decoded here so, with no worker.
 *
 * The fallbacks are those of saved-engine.ts, plus one: a worker that fails (cannot start, throws,
 * dies) is reported and the work is done on this thread, as before; bytes a worker made that do not
 * decode are refused, reported and built here, never used.
 */
type Report = (line: string) => void;
type Settled<T> = { ok: T } | { error: unknown };

export interface OffThreadInput {
  dataDir: string;
  /** In the order the engine takes its parties (the service's: source by source). */
  versions: readonly ListVersion[];
  /** The parties of `versions` in that order, loaded on this thread while the worker runs. */
  parties: () => Promise<SanctionedParty[]>;
  report: Report;
  /** Snapshots the worker's prune must leave (the one in force). */
  keep: readonly string[];
}

const why = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** What one worker answers: the snapshot's bytes and the link set, each when it was asked for. */
interface WorkerJob {
  bytes: Promise<Settled<Uint8Array>>;
  links: Promise<Settled<LinkSet>>;
  /** The worker's end (after it has written the snapshot), whether it failed or not. */
  ended: Promise<void>;
}

function startWorker(input: Pick<OffThreadInput, 'dataDir' | 'versions' | 'report' | 'keep'>, work: { engine: boolean; links: boolean }): WorkerJob {
  let bytes!: (s: Settled<Uint8Array>) => void;
  let links!: (s: Settled<LinkSet>) => void;
  let ended!: () => void;
  const job: WorkerJob = { bytes: new Promise((r) => (bytes = r)), links: new Promise((r) => (links = r)), ended: new Promise((r) => (ended = r)) };
  // Settled, never rejected: the caller may be busy loading parties when a worker fails.
  const fail = (error: unknown): void => {
    bytes({ error });
    links({ error });
    ended();
  };
  try {
    const data: EngineWorkerData = { dataDir: input.dataDir, versions: [...input.versions], keep: [...input.keep], ...work };
    const worker = moduleWorker('engine-worker', data);
    worker.on('message', (m: EngineWorkerMessage) => {
      if ('report' in m) input.report(m.report);
      else if ('bytes' in m) bytes({ ok: m.bytes });
      else links({ ok: m.links });
    });
    worker.on('error', fail);
    // A promise settles once: after both answers, the exit changes nothing.
    worker.on('exit', (code) => fail(new Error(`the worker stopped (exit code ${code}) before it answered`)));
  } catch (err) {
    fail(err);
  }
  return job;
}

/**
 * Whether linking these versions is work worth a worker: not when this process or the data directory
 * has their links already, nor for one source alone (nothing to link across).
 */
async function linkingNeeded(dataDir: string, versions: readonly ListVersion[]): Promise<boolean> {
  const hashes = versions.map((v) => v.hash);
  if (new Set(versions.map((v) => v.source)).size < 2 || cachedLinkSet(hashes)) return false;
  return access(linkSetFile(dataDir, hashes)).then(
    () => false,
    () => true,
  );
}

/**
 * The engine of `input.versions` (see the module comment), and with `links` also their link set
 * kept in this process's memory for loadDesignationGroups. Resolves with the parties loaded too.
 */
export async function engineOffThread(input: OffThreadInput, options: { links: boolean }): Promise<{ start: EngineStart; parties: SanctionedParty[] }> {
  const started = performance.now();
  const { dataDir, versions, report } = input;
  const meta = versionsMeta(versions);
  const path = snapshotPath(dataDir, meta);
  const saved = await readSnapshotBytes(path, report);
  const links = options.links && (await linkingNeeded(dataDir, versions));
  let job = saved === undefined || links ? startWorker(input, { engine: saved === undefined, links }) : undefined;
  const parties = await input.parties();
  const done = async (engine: EngineStart['engine'], origin: EngineStart['origin']) => {
    if (links && job) await keepLinks(job, report);
    // The worker writes the snapshot while this thread decodes it; the next start finds it written.
    await job?.ended;
    return { start: { engine, origin, ms: performance.now() - started }, parties };
  };

  if (saved !== undefined) {
    const engine = await engineFromSnapshot(saved, path, parties, meta, report, started, { inSlices: true });
    if (engine) return done(engine, 'saved');
    // Refused (reported): built by a worker of its own, the first one (if any) is linking.
    const rebuild = startWorker(input, { engine: true, links: false });
    job = job ? { bytes: rebuild.bytes, links: job.links, ended: Promise.all([job.ended, rebuild.ended]).then(() => undefined) } : rebuild;
  }
  const made = await job!.bytes;
  if ('ok' in made) {
    const bytes = Buffer.from(made.ok.buffer, made.ok.byteOffset, made.ok.byteLength);
    const engine = await engineFromSnapshot(bytes, path, parties, meta, report, started, { inSlices: true });
    if (engine) return done(engine, 'built');
  } else {
    report(`the engine's worker thread failed (${why(made.error)}); building the engine on the server's thread`);
  }
  // After the worker's end, so that its write (of bytes refused here) cannot land over this one.
  await job!.ended;
  const { engine } = await buildAndSaveEngine(dataDir, parties, meta, report, { keep: input.keep }, started);
  return done(engine, 'built');
}

/** The worker's link set kept in memory; when it failed (reported) the service links on its thread. */
async function keepLinks(job: WorkerJob, report: Report): Promise<void> {
  const links = await job.links;
  if ('ok' in links) keepLinkSet(links.ok);
  else report(`the linking worker thread failed (${why(links.error)}); linking on the server's thread`);
}
