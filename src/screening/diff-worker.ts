import { parentPort, workerData } from 'node:worker_threads';
import type { SanctionedParty } from '../lists/model.js';
import { MatchEngine, type Match } from '../matching/engine.js';
import type { Query } from '../matching/query.js';
import { DiffScreener } from './diff-screener.js';

/**
 * One worker of ParallelDiffScreener (parallel-diff.ts): builds the engine of the whole list and the
 * diff screener once, then screens the batches of queries it is sent. Answers [index, matches] pairs
 * for the queries with matches only: nearly every party has none, and the answer stays small.
 */
export interface DiffWorkerData {
  parties: SanctionedParty[];
  listVersions: { source: string; hash: string }[];
  targetIds: string[];
  threshold: number;
}

const data = workerData as DiffWorkerData;
const full = MatchEngine.build(data.parties, { listVersions: data.listVersions });
const ids = new Set(data.targetIds);
const screener = new DiffScreener(
  full,
  data.parties.filter((p) => ids.has(p.id)),
  { threshold: data.threshold },
);
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (message: { batch: number; queries: Query[] }) => {
  const found: [number, Match[]][] = [];
  message.queries.forEach((q, i) => {
    const matches = screener.screen(q);
    if (matches.length > 0) found.push([i, matches]);
  });
  parentPort!.postMessage({ batch: message.batch, found, candidates: screener.candidates });
});
