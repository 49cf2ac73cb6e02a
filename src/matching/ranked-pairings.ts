/**
 * The pairings the scorer may choose for one query name against one listed name, held as columns
 * of typed arrays and ranked by an index array (score.ts rankPairings fills one, pairUp reads it).
 *
 * Why columns: the scorer ranks the pairings of every surviving candidate name (~300,000 pairings
 * on a warm pass of the UN bench queries), and an object per pairing sorted by a comparator was
 * the largest scorer cost left (docs/benchmarks.md, session 13, h2 and r2). One instance is reused
 * across calls; its arrays only grow.
 *
 * The order is exactly the one the scorer always used (an Array.prototype.sort of objects, which is
 * stable): gain descending, then single pairings before merges (rank), then query position, then
 * listed position, and last the order the pairings were added, which is how the stable sort broke
 * the remaining ties (a merged and a split pairing at the same query and listed positions with the
 * same gain). With that last key the order is total, so any correct sort gives the same one.
 */
import type { AlignmentKind } from './score.js';

/** The kinds a pairing may have, by the code stored in `kind`. */
export const PAIRING_KINDS: readonly AlignmentKind[] = ['exact', 'fuzzy', 'initial', 'merged', 'split'];
export const KIND_EXACT = 0;
export const KIND_FUZZY = 1;
export const KIND_INITIAL = 2;
export const KIND_MERGED = 3;
export const KIND_SPLIT = 4;

/** Up to this many pairings are ranked by insertion sort (no comparator calls); more by the typed array's sort. */
const INSERTION_SORT_MAX = 40;

export class RankedPairings {
  /** How many pairings were added since the last reset. */
  count = 0;
  gain: Float64Array;
  similarity: Float64Array;
  /** tokenSimilarity's cost, or NaN where the memoised scorer left it unknown. */
  cost: Float64Array;
  weight: Float64Array;
  /** Index into PAIRING_KINDS. */
  kind: Uint8Array;
  /** Tie-break rank: 0 single pairings, 1 merges. */
  rank: Uint8Array;
  q0: Int32Array;
  /** Second query token of a split pairing (-1: none). */
  q1: Int32Array;
  l0: Int32Array;
  /** Second listed token of a merged pairing (-1: none). */
  l1: Int32Array;
  /** After sort(): the pairings (by the order they were added) best first, in order[0 .. count). */
  order: Int32Array;

  constructor(capacity = 32) {
    this.gain = new Float64Array(capacity);
    this.similarity = new Float64Array(capacity);
    this.cost = new Float64Array(capacity);
    this.weight = new Float64Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.rank = new Uint8Array(capacity);
    this.q0 = new Int32Array(capacity);
    this.q1 = new Int32Array(capacity);
    this.l0 = new Int32Array(capacity);
    this.l1 = new Int32Array(capacity);
    this.order = new Int32Array(capacity);
  }

  reset(): void {
    this.count = 0;
  }

  add(gain: number, similarity: number, cost: number, weight: number, kind: number, rank: number, q0: number, q1: number, l0: number, l1: number): void {
    const k = this.count;
    if (k === this.gain.length) this.grow(2 * k);
    this.gain[k] = gain;
    this.similarity[k] = similarity;
    this.cost[k] = cost;
    this.weight[k] = weight;
    this.kind[k] = kind;
    this.rank[k] = rank;
    this.q0[k] = q0;
    this.q1[k] = q1;
    this.l0[k] = l0;
    this.l1[k] = l1;
    this.count = k + 1;
  }

  /** True when pairing a (by the order added) is tried before pairing b: the total order above. */
  before(a: number, b: number): boolean {
    const ga = this.gain[a] as number;
    const gb = this.gain[b] as number;
    if (ga !== gb) return ga > gb;
    const ra = this.rank[a] as number;
    const rb = this.rank[b] as number;
    if (ra !== rb) return ra < rb;
    const qa = this.q0[a] as number;
    const qb = this.q0[b] as number;
    if (qa !== qb) return qa < qb;
    const la = this.l0[a] as number;
    const lb = this.l0[b] as number;
    if (la !== lb) return la < lb;
    return a < b;
  }

  /** Fills order[0 .. count) with the pairings best first. */
  sort(): void {
    const n = this.count;
    const order = this.order;
    if (n <= INSERTION_SORT_MAX) {
      for (let k = 0; k < n; k++) {
        let at = k;
        while (at > 0 && this.before(k, order[at - 1] as number)) {
          order[at] = order[at - 1] as number;
          at--;
        }
        order[at] = k;
      }
      return;
    }
    for (let k = 0; k < n; k++) order[k] = k;
    order.subarray(0, n).sort((a, b) => (a === b ? 0 : this.before(a, b) ? -1 : 1));
  }

  private grow(capacity: number): void {
    const widen = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.gain = widen(this.gain, (n) => new Float64Array(n));
    this.similarity = widen(this.similarity, (n) => new Float64Array(n));
    this.cost = widen(this.cost, (n) => new Float64Array(n));
    this.weight = widen(this.weight, (n) => new Float64Array(n));
    this.kind = widen(this.kind, (n) => new Uint8Array(n));
    this.rank = widen(this.rank, (n) => new Uint8Array(n));
    this.q0 = widen(this.q0, (n) => new Int32Array(n));
    this.q1 = widen(this.q1, (n) => new Int32Array(n));
    this.l0 = widen(this.l0, (n) => new Int32Array(n));
    this.l1 = widen(this.l1, (n) => new Int32Array(n));
    this.order = widen(this.order, (n) => new Int32Array(n));
  }
}
