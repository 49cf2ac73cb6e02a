/**
 * What the merge-hint tests share (warm-merge-hints, split-hint-sure): the engine's private parts
 * they read (the per-query memo with its merge hints, the index's candidates, the listed names),
 * and UN names respelt the ways that exercise merged and split pairings. Each test keeps its own
 * seed, its own share of the parties and its own extra spellings, so its queries are unchanged.
 */
import type { SanctionedParty } from '../../src/lists/model.js';
import type { PreparedName, PreparedQuery } from '../../src/matching/prepared.js';
import type { MergeHints, PairChecks, SimilarityFn, SimilarRows } from '../../src/matching/score.js';
import type { ListedTokens } from '../../src/matching/listed-tokens.js';

/** The engine's memo of one prepared query: per query name, its similarity, key checks, merge hints and similarity rows. */
export interface QueryMemo {
  sims: SimilarityFn[];
  checks: PairChecks[];
  hints: (MergeHints | undefined)[];
  rows: (SimilarRows | undefined)[];
}

/** The MatchEngine members the tests read (private in engine.ts, hence the cast in each test). */
export interface EngineInternals {
  names: PreparedName[];
  index: { candidates(qn: PreparedName, needed: number): number[]; listed: ListedTokens };
  memo(pq: PreparedQuery): QueryMemo;
  prepareHints(pq: PreparedQuery, memo: QueryMemo): void;
}

/** The query's memo with its merge hints, as search() prepares them. */
export function hinted(internals: EngineInternals, pq: PreparedQuery): QueryMemo {
  const memo = internals.memo(pq);
  internals.prepareHints(pq, memo);
  return memo;
}

/**
 * `full` respelt: each pair of neighbouring words run together, each word of five letters or more
 * cut in two at a random place, and one character at a random place (not a space) replaced by
 * `slip`. Draws from `next` in that order.
 */
export function mergeSpellings(full: string, next: () => number, slip: string): string[] {
  const words = full.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push([...words.slice(0, i), `${words[i]}${words[i + 1]}`, ...words.slice(i + 2)].join(' '));
  words.forEach((w, i) => {
    if (w.length < 5) return;
    const cut = 2 + Math.floor(next() * (w.length - 3));
    out.push([...words.slice(0, i), w.slice(0, cut), w.slice(cut), ...words.slice(i + 1)].join(' '));
  });
  const chars = [...full];
  const at = Math.floor(next() * chars.length);
  if (chars[at] !== ' ') out.push([...chars.slice(0, at), slip, ...chars.slice(at + 1)].join(''));
  return out;
}

/** The spellings of one name of every `every`-th party (party k's name k, cycling through its names). */
export function everyNthPartySpelt(parties: readonly SanctionedParty[], every: number, spell: (full: string) => string[]): string[] {
  const queries: string[] = [];
  parties.forEach((p, k) => {
    if (k % every !== 0) return;
    const n = p.names[k % p.names.length];
    if (n) queries.push(...spell(n.full));
  });
  return queries;
}
