/**
 * Per-query token similarities over the interned list vocabulary.
 *
 * Every listed token carries the id of its vocabulary entry (equal folded form, alternative form,
 * script flag and initial: equal similarity to anything). For each query token the index keeps,
 * per distinct token form, the vocabulary entries it shares a retrieval key with and is similar to,
 * sorted by id (index.ts matches); a lookup is a binary search in that list, so a query costs
 * nothing per entry it never looks at and nothing is allocated per lookup. The values are exactly
 * tokenSimilarity's (a pair that shares no retrieval key is no match): memoising changes the cost
 * of a query, never its scores.
 */
import type { TokenMatches } from './index.js';
import type { PreparedToken } from './prepared.js';
import { tokenSimilarity, type SimilarityFn } from './score.js';

export class SimilarityMemo {
  private queryTokens: PreparedToken[] = [];
  private lists: TokenMatches[] = [];

  /** `matches(t)`: the vocabulary entries similar to a query token (the index's cached lists). */
  constructor(private readonly matches: (t: PreparedToken) => TokenMatches) {}

  /** Starts a query whose tokens (all names, flattened) are `tokens`. */
  reset(tokens: PreparedToken[]): void {
    this.queryTokens = tokens;
    this.lists = tokens.map((t) => this.matches(t));
  }

  /** Similarity of query token `column` (flattened index) with listed token `l`. */
  get(column: number, l: PreparedToken): number {
    const q = this.queryTokens[column] as PreparedToken;
    if (q.role === 'initial' || l.role === 'initial' || l.id < 0) return tokenSimilarity(q, l).similarity;
    const m = this.lists[column] as TokenMatches;
    const ids = m.vocab;
    const id = l.id;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid] as number;
      if (v === id) return m.similarity[mid] as number;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** A SimilarityFn for one query name whose tokens start at flattened column `offset`. */
  fn(offset: number): SimilarityFn {
    return (qi, l) => this.get(offset + qi, l);
  }
}
