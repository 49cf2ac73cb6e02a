/**
 * What an engine answers, for comparing an engine read from a saved snapshot with one built from the
 * list: the full output of each query (the top 5 with explanations, and the near misses down to 0.3).
 */
import type { SanctionedParty } from '../../src/lists/model.js';
import type { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery } from '../../src/matching/query.js';
import { benchQueries } from '../../bench/queries.js';

export function engineOutputs(engine: MatchEngine, raws: readonly Record<string, unknown>[]): string[] {
  return raws.flatMap((r) => [JSON.stringify(engine.screen(parseQuery(r), { limit: 5 })), JSON.stringify(engine.screen(parseQuery(r), { limit: 5, minScore: 0.3 }))]);
}

/** The benchmark's mix of queries over these parties (names as listed, misspelt, reordered, unlisted). */
export function mixedQueries(parties: readonly SanctionedParty[], count: number): Record<string, unknown>[] {
  return benchQueries(parties, count, 'bench-un-v1').map((q) => ({ id: q.id, schema: q.schema, name: q.name }));
}
