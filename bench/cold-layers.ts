/**
 * `node --import tsx bench/cold-layers.ts`: what each layer of caching is worth to a UN-list query of
 * the benchmark's mix (bench/queries.ts), to steer speed work (docs/benchmarks.md, session 37). Not
 * a goal check (screen.bench.ts is). Code is warmed first by a throwaway engine, then the mix is
 * screened five times on one fresh engine, CPU time per query printed for each:
 *   1. cold engine, process-wide memos warm (the throwaway's words still in them);
 *   2. a fresh engine again, process-wide memos emptied first (screen.bench.ts's steady pass);
 *   3. the same engine, memos emptied again and the query texts new to it (its per-form lists warm);
 *   4. the same engine, query texts new again (memos and per-form lists warm);
 *   5. everything warm.
 * Reaches into the engine's private name cache to make the texts new (a measuring tool).
 * BENCH_QUERIES (20,000).
 */
import { readUnXml } from '../src/lists/un.js';
import { MatchEngine } from '../src/matching/engine.js';
import { parseQuery, type Query } from '../src/matching/query.js';
import { clearProcessMemos } from '../src/names/bounded-memo.js';
import { bundledUnList } from '../eval/lib/paths.js';
import { benchQueries } from './queries.js';

const n = Number(process.env.BENCH_QUERIES ?? 20000);
const parties = (await readUnXml({ path: bundledUnList })).parties;
const queries: Query[] = benchQueries(parties, n, 'bench-un-v1').map((q) => parseQuery({ id: q.id, schema: q.schema, name: q.name }));
const build = (): MatchEngine => MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'cold-layers' }] });

/** Empties the engine's cache of analysed query texts, so every text is new to it. */
function textsNew(engine: MatchEngine): void {
  const e = engine as unknown as { nameCache: unknown[]; nameCacheSize: number };
  e.nameCache.length = 0;
  e.nameCacheSize = 0;
}

function pass(label: string, engine: MatchEngine): void {
  const c0 = process.cpuUsage();
  for (const q of queries) engine.screen(q, { limit: 5 });
  const c = process.cpuUsage(c0);
  const us = (c.user + c.system) / queries.length;
  process.stdout.write(`${label.padEnd(62)} ${us.toFixed(1).padStart(6)} us a query, ${Math.round(1e6 / us)} q/CPU-s\n`);
}

let engine = build();
for (const q of queries) engine.screen(q, { limit: 5 });
engine = build();
pass('1. fresh engine, process memos warm', engine);
clearProcessMemos();
engine = build();
pass('2. fresh engine, process memos emptied (the steady pass)', engine);
clearProcessMemos();
textsNew(engine);
pass('3. per-form lists warm, memos emptied, texts new', engine);
textsNew(engine);
pass('4. per-form lists and memos warm, texts new', engine);
pass('5. everything warm', engine);
