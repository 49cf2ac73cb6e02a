/**
 * The names the analyser (src/names/tokens.ts analyseName, src/matching/prepared.ts prepareName) is
 * measured and checked on, built from the repository alone so CI can rebuild it: every name of the
 * bundled UN list, every query name of the evaluation sets (eval/data/*.jsonl), the UN benchmark's
 * query mix (bench/queries.ts), and the first names of the synthetic benchmark list. Each is split as
 * the engine splits it (engine.ts nameVariants) and kept once, in first-seen order (the order is part
 * of the committed digest, test/names/analysis-digest.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUnXml } from '../src/lists/un.js';
import { nameVariants } from '../src/matching/engine.js';
import { parseQuery } from '../src/matching/query.js';
import { bundledUnList, evalDataDir } from '../eval/lib/paths.js';
import { benchQueries } from './queries.js';
import { syntheticList } from './synthetic-list.js';

export interface AnalysisCorpus {
  /** Names of the UN list, in list order (what MatchEngine.build analyses). */
  listed: string[];
  /** Query names: eval sets, then the UN bench mix, then synthetic names; none repeated, none listed. */
  queries: string[];
  /** The UN bench mix's names alone, in order (its cold pass analyses each distinct one once). */
  benchQueries: string[];
}

export async function analysisCorpus(opts: { benchQueries?: number; synthetic?: number } = {}): Promise<AnalysisCorpus> {
  const parties = (await readUnXml({ path: bundledUnList })).parties;
  const seen = new Set<string>();
  const listed: string[] = [];
  const queries: string[] = [];
  const add = (into: string[], full: string): void => {
    for (const v of nameVariants(full)) {
      if (seen.has(v)) continue;
      seen.add(v);
      into.push(v);
    }
  };
  for (const p of parties) for (const n of p.names) add(listed, n.full);
  for (const file of readdirSync(evalDataDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(evalDataDir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const q = parseQuery({ id: 'corpus', ...(JSON.parse(line) as { query: Record<string, unknown> }).query });
      for (const name of q.name) add(queries, name);
    }
  }
  const bench = benchQueries(parties, opts.benchQueries ?? 20000, 'bench-un-v1').map((q) => q.name);
  for (const name of bench) add(queries, name);
  for (const p of syntheticList(opts.synthetic ?? 5000)) for (const n of p.names) add(queries, n.full);
  return { listed, queries, benchQueries: bench };
}
