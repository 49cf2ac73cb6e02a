import { parentPort, workerData } from 'node:worker_threads';
import type { SanctionedParty } from '../lists/model.js';
import { MatchEngine, type Match } from '../matching/engine.js';
import type { Query } from '../matching/query.js';
import { savedOrBuiltEngine } from '../matching/saved-engine.js';
import { DiffScreener } from './diff-screener.js';

/**
 * One worker of ParallelDiffScreener (parallel-diff.ts): makes the engine of the whole list (read from
 * the data directory's saved engine when it is given one, which the screening service has normally
 * written already) and the diff screener once, then screens the batches of queries it is sent.
 * Answers [index, matches] pairs for the queries with matches only: nearly every party has none, and
 * the answer stays small.
 */
export interface DiffWorkerData {
  parties: SanctionedParty[];
  listVersions: { source: string; hash: string }[];
  targetIds: string[];
  threshold: number;
  /** The data directory whose saved engine to read (and write when it does not fit); none: build. */
  dataDir?: string;
}

const data = workerData as DiffWorkerData;
const meta = { listVersions: data.listVersions };
// A refused or unwritten saved engine is reported through the pool, which passes it to its caller's log.
const { engine: full, origin } =
  data.dataDir === undefined
    ? { engine: MatchEngine.build(data.parties, meta), origin: 'built' as const }
    : await savedOrBuiltEngine(data.dataDir, data.parties, meta, (line) => parentPort!.postMessage({ report: line }));
const ids = new Set(data.targetIds);
const screener = new DiffScreener(
  full,
  data.parties.filter((p) => ids.has(p.id)),
  { threshold: data.threshold },
);
parentPort!.postMessage({ ready: true, origin });
parentPort!.on('message', (message: { batch: number; queries: Query[] }) => {
  const found: [number, Match[]][] = [];
  message.queries.forEach((q, i) => {
    const matches = screener.screen(q);
    if (matches.length > 0) found.push([i, matches]);
  });
  parentPort!.postMessage({ batch: message.batch, found, candidates: screener.candidates });
});
