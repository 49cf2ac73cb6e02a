/**
 * `node --expose-gc --import tsx bench/warm-memos.ts`: the UN pass of the benchmark's 20,000 queries
 * three ways, on code V8 has optimised (warm-code.ts): cold (memos and lists empty, as
 * screen.bench.ts judges the goal); after the engine has screened 20,000 other queries of the same
 * generator (the memos a running server holds: the words and forms those queries met); and the same
 * queries a second time (every memo warm, so what is left is the search past the similarity lists).
 * Prints q/CPU-s of each. Not a goal check.
 */
import { benchParties, benchRawQueries } from './ab-setup.js';
import type { MatchEngine } from '../src/matching/engine.js';
import { parseQuery, type Query } from '../src/matching/query.js';
import { engineOnWarmCode } from './warm-code.js';

const parties = await benchParties();
const meta = { listVersions: [{ source: 'un', hash: 'warm-memos' }] };
const queries = benchRawQueries(parties, 20000).map((q) => parseQuery(q) as Query);
const codeWarmup = benchRawQueries(parties, 20000, 'code-warmup-v1').map((q) => parseQuery(q) as Query);
const memoWarmup = benchRawQueries(parties, 20000, 'memo-warmup-v1').map((q) => parseQuery(q) as Query);

function pass(engine: MatchEngine, label: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  for (const q of queries) engine.screen(q, { limit: 5 });
  const used = process.cpuUsage(start);
  console.log(`${label}: ${((queries.length / (used.user + used.system)) * 1e6).toFixed(0)} q/CPU-s`);
}

pass(engineOnWarmCode(parties, codeWarmup, meta), 'cold (memos and lists empty)');
const served = engineOnWarmCode(parties, codeWarmup, meta);
for (const q of memoWarmup) served.screen(q, { limit: 5 });
pass(served, 'after 20,000 other queries');
pass(served, 'the same queries again');
