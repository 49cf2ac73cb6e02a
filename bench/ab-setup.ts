/**
 * What the screening A/B and profile scripts (screen-ab, screen-equivalence, screen-cold-replay,
 * screen-pair-replay, screen-warm-candidates, screen-profile) share: the list they screen against
 * (BENCH_NAMES: 0 = the bundled UN list, else a synthetic list of that many names; BENCH_LISTS: real
 * list files read together instead, e.g. every list in ../shared/data/sanctions), the benchmark's
 * query mix on it (bench/queries.ts, the seed chosen by the list), another checkout's engine loaded
 * by path (BASE), CPU time and the load average. One place, so every script compares the same
 * things the same way.
 */
import { execSync } from 'node:child_process';
import type { SanctionedParty } from '../src/lists/model.js';
import { gatherListFiles } from '../src/lists/list-files.js';
import { readListFiles } from '../src/lists/read.js';
import { readUnXml } from '../src/lists/un.js';
import { bundledUnList } from '../eval/lib/paths.js';
export { loadEngineFrom } from '../eval/lib/tree-engine.js';
import { benchQueries } from './queries.js';
import { syntheticList } from './synthetic-list.js';
import type { MatchEngine } from '../src/matching/engine.js';
import { formKey } from '../src/matching/index.js';
import { isQueryIndexable, type PreparedToken } from '../src/matching/prepared.js';
import { parseQuery } from '../src/matching/query.js';

/** A query as the engines' parseQuery takes it (a type alias, so it is a Record<string, unknown> too). */
export type RawQuery = { id: string; schema: string; name: string };

/** BENCH_NAMES: 0 (the default) for the bundled UN list, else a synthetic list's size. */
export const benchNames = Number(process.env.BENCH_NAMES ?? 0);

/**
 * BENCH_LISTS: comma-separated paths of list files (any `lists import` reads; an OFAC sdn.csv brings
 * its alt.csv and add.csv) screened together in place of BENCH_NAMES's list: the real lists here
 * combine to some 35,000 names, the largest real list a check can use.
 */
const benchLists = process.env.BENCH_LISTS?.split(',').filter((p) => p !== '') ?? [];

/** The list the scripts screen against (see benchNames and benchLists). */
export async function benchParties(): Promise<SanctionedParty[]> {
  if (benchLists.length > 0) {
    const parties: SanctionedParty[] = [];
    for (const path of benchLists) parties.push(...(await readListFiles(await gatherListFiles(path))).parties);
    return parties;
  }
  return benchNames > 0 ? syntheticList(benchNames) : (await readUnXml({ path: bundledUnList })).parties;
}

/** The benchmark's first `count` queries on `parties`, with the seed screen.bench.ts uses for that list. */
export function benchRawQueries(parties: readonly SanctionedParty[], count: number, seed?: string): RawQuery[] {
  return benchQueries(parties, count, seed ?? (benchNames > 0 ? 'bench-synthetic-v1' : 'bench-un-v1')).map((q) => ({ id: q.id, schema: q.schema, name: q.name }));
}

/** The BASE checkout's directory; the script stops with a usage message when it is not set. */
export function requireBase(): string {
  const base = process.env.BASE;
  if (!base) {
    process.stderr.write('BASE must name the other checkout (a directory with src/matching/engine.ts)\n');
    process.exit(2);
  }
  return base;
}

/** This process's CPU time (user + system), in milliseconds. */
export function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** The machine's load averages (1, 5, 15 minutes) as uptime prints them. */
export function loadAverage(): string {
  return execSync('uptime').toString().trim().replace(/.*load average: /, '');
}

/**
 * The distinct query token forms NameIndex.matches builds lists for (one per cache key, formKey:
 * not initials, only query-indexable tokens) in the benchmark's first `count` queries on `parties`,
 * analysed by this tree's `engine`, in the order first met.
 */
export function benchQueryForms(engine: MatchEngine, parties: readonly SanctionedParty[], count: number): PreparedToken[] {
  const prepare = (engine as unknown as { prepareQuery(q: unknown): { names: { tokens: PreparedToken[] }[] } }).prepareQuery.bind(engine);
  const forms = new Map<string, PreparedToken>();
  for (const q of benchRawQueries(parties, count)) {
    for (const n of prepare(parseQuery(q)).names) {
      for (const t of n.tokens) {
        if (t.role === 'initial' || !isQueryIndexable(t)) continue;
        const key = formKey(t);
        if (!forms.has(key)) forms.set(key, t);
      }
    }
  }
  return [...forms.values()];
}
