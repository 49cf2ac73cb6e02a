/**
 * The walk index.ts joinedMatches makes for two adjacent query tokens written together, without
 * its presence bound and its similarity floor: the vocabulary entries met under the joined keys,
 * each once, in the order first met, leaving out initials and entries whose length cannot meet the
 * joined form's. What bench/joined-presence-refusals.ts counts the bound's refusals on, and what
 * test/matching/joined-presence-bound.test.ts rebuilds the unbounded lists from; one walk, so the
 * two cannot drift from each other (both must follow joinedMatches when it changes).
 */
import type { PreparedToken } from '../src/matching/prepared.js';
import { joinedFold, joinedKeys, lengthsCompatible } from '../src/matching/score.js';

/** The NameIndex members the walk reads (private in index.ts, hence the cast at each caller). */
export interface JoinedIndexInternals {
  lookup(key: string): Int32Array;
  vocab: readonly PreparedToken[];
}

/** Tokens i and i + 1 of a name, for every i where neither is an initial (the pairs joinedMatches is asked for). */
export function joinablePairs(tokens: readonly PreparedToken[]): [PreparedToken, PreparedToken, number][] {
  const pairs: [PreparedToken, PreparedToken, number][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as PreparedToken;
    const b = tokens[i + 1] as PreparedToken;
    if (a.role !== 'initial' && b.role !== 'initial') pairs.push([a, b, i]);
  }
  return pairs;
}

/** The joined form of a and b as joinedMatches compares it, its script, and the entries its walk reads. */
export function joinedEntries(index: JoinedIndexInternals, a: PreparedToken, b: PreparedToken): { form: string; abjad: boolean; entries: number[] } {
  const form = joinedFold(a, b);
  const abjad = a.abjad || b.abjad;
  const entries: number[] = [];
  const met = new Set<number>();
  for (const key of joinedKeys(a, b)) {
    for (const v of index.lookup(key)) {
      if (met.has(v)) continue;
      met.add(v);
      const l = index.vocab[v] as PreparedToken;
      if (l.role === 'initial' || !lengthsCompatible(l.folded.length, form.length, abjad || l.abjad)) continue;
      entries.push(v);
    }
  }
  return { form, abjad, entries };
}
