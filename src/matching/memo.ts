/**
 * Per-query token similarities over the interned list vocabulary.
 *
 * Every listed token carries the id of its vocabulary entry (equal folded form, alternative form,
 * script flag and initial: equal similarity to anything). For each query token the index keeps,
 * per distinct token form, the vocabulary entries it shares a retrieval key with and is similar to,
 * sorted by id (index.ts matches). At the start of a query those lists are spread into dense
 * per-column tables the size of the vocabulary (value + stamp, reused across queries, reset by
 * stamps), so a lookup is one array read: the scorer and its bounds ask for the same (column,
 * entry) pairs many times over the candidates of one query. The values are exactly
 * tokenSimilarity's (a pair that shares no retrieval key is no match): memoising changes the cost
 * of a query, never its scores.
 */
import type { TokenMatches } from './index.js';
import type { PreparedToken } from './prepared.js';
import { initialSimilarity, tokenSimilarity, type SimilarityFn } from './score.js';

/**
 * Memory for the dense tables, all columns together: beyond this (long or many query names against
 * a large vocabulary: a million-name list has ~270,000 entries, 3.2 MB a column) the further columns
 * are looked up by binary search in their sorted lists, as before, with the same values.
 */
const DENSE_BYTES = 64 * 1024 * 1024;
/** Bytes a dense column takes per vocabulary entry (Float64 value + Uint32 stamp). */
const BYTES_PER_ENTRY = 12;

export class SimilarityMemo {
  private queryTokens: PreparedToken[] = [];
  /** The similar-entry list of each column (sorted by id), for columns past the dense ones. */
  private lists: TokenMatches[] = [];
  private readonly denseColumns: number;
  /** Per query-token column: similarity by vocabulary id, valid where stamps[column][id] === serial. */
  private readonly values: Float64Array[] = [];
  private readonly stamps: Uint32Array[] = [];
  private serial = 0;

  /**
   * `matches(t)`: the vocabulary entries similar to a query token (the index's cached lists);
   * `vocabularySize`: the number of vocabulary ids; `denseBytes`: the memory the dense tables may
   * take (tests lower it to reach the binary-search columns).
   */
  constructor(
    private readonly matches: (t: PreparedToken) => TokenMatches,
    private readonly vocabularySize: number,
    denseBytes = DENSE_BYTES,
  ) {
    this.denseColumns = Math.max(1, Math.floor(denseBytes / (BYTES_PER_ENTRY * Math.max(1, vocabularySize))));
  }

  /** Starts a query whose tokens (all names, flattened) are `tokens`. */
  reset(tokens: PreparedToken[]): void {
    this.queryTokens = tokens;
    if (++this.serial >= 0xffffffff) {
      for (const s of this.stamps) s.fill(0);
      this.serial = 1;
    }
    const serial = this.serial;
    this.lists = tokens.map((t) => this.matches(t));
    const dense = Math.min(tokens.length, this.denseColumns);
    for (let column = 0; column < dense; column++) {
      if (column === this.values.length) {
        this.values.push(new Float64Array(this.vocabularySize));
        this.stamps.push(new Uint32Array(this.vocabularySize));
      }
      const m = this.lists[column] as TokenMatches;
      const values = this.values[column] as Float64Array;
      const stamps = this.stamps[column] as Uint32Array;
      for (let k = 0; k < m.vocab.length; k++) {
        const v = m.vocab[k] as number;
        values[v] = m.similarity[k] as number;
        stamps[v] = serial;
      }
    }
  }

  /** Similarity of query token `column` (flattened index) with listed token `l`. */
  get(column: number, l: PreparedToken): number {
    const q = this.queryTokens[column] as PreparedToken;
    if (q.role === 'initial' || l.role === 'initial') return initialSimilarity(q, l);
    if (l.id < 0) return tokenSimilarity(q, l).similarity;
    const id = l.id;
    if (column < this.denseColumns) return (this.stamps[column] as Uint32Array)[id] === this.serial ? ((this.values[column] as Float64Array)[id] as number) : 0;
    const m = this.lists[column] as TokenMatches;
    const ids = m.vocab;
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
