/**
 * Candidate retrieval: an in-memory inverted index from token keys (skeleton, skeleton deletion
 * neighbourhood, coarse phonetic key) to the listed names carrying them, built once per list
 * version. A query never scans every name:
 *
 * - each query token looks up its keys; the names they hit are credited with the token's weight;
 * - tokens go rarest (heaviest) first, and as soon as the tokens left could not lift a name that
 *   none of the earlier tokens hit to the needed score, no new name is admitted (early stop); the
 *   remaining tokens only add to the names already admitted;
 * - only names whose credited weight could reach the needed name score (score.ts nameScoreBound)
 *   are handed to the scorer. Postings carry the listed token's position, so one listed token is
 *   never credited for two query tokens (the scorer pairs one to one): a name is credited with the
 *   k heaviest query tokens that hit it, k = the number of its distinct tokens that were hit.
 *
 * Bookkeeping lives in typed arrays sized once per list, reset by stamps rather than cleared.
 */
import { deletionKeys, phoneticFold, skeleton } from '../names/keys.js';
import { isIndexable, isQueryIndexable, tokenKeys, type PreparedName, type PreparedToken } from './prepared.js';
import { nameScoreBound } from './score.js';

export class NameIndex {
  private readonly keyIds = new Map<string, number>();
  /** Per key: ascending entries nameId * POSITIONS + token position. */
  private readonly postings: Int32Array[] = [];
  private readonly nameCount: number;
  // Per-query scratch, reused across queries, reset by stamps.
  private readonly queryStamp: Uint32Array;
  private readonly unitMask: Uint32Array;
  private readonly positionMask: Uint32Array;
  private stamp = 0;
  private readonly touched: number[] = [];
  private unitWeights: number[] = [];

  private constructor(nameCount: number) {
    this.nameCount = nameCount;
    this.queryStamp = new Uint32Array(nameCount);
    this.unitMask = new Uint32Array(nameCount);
    this.positionMask = new Uint32Array(nameCount);
  }

  static build(names: readonly PreparedName[]): NameIndex {
    const index = new NameIndex(names.length);
    const lists: number[][] = [];
    for (let id = 0; id < names.length; id++) {
      const tokens = (names[id] as PreparedName).tokens;
      for (let pos = 0; pos < tokens.length; pos++) {
        const t = tokens[pos] as PreparedToken;
        if (!isIndexable(t)) continue;
        const entry = id * POSITIONS + Math.min(pos, POSITIONS - 1);
        for (const key of tokenKeys(t)) {
          let k = index.keyIds.get(key);
          if (k === undefined) {
            k = lists.length;
            index.keyIds.set(key, k);
            lists.push([]);
          }
          const list = lists[k] as number[];
          // Names are visited in id order and positions ascending, so lists come out sorted.
          if (list[list.length - 1] !== entry) list.push(entry);
        }
      }
    }
    for (const l of lists) index.postings.push(Int32Array.from(l));
    return index;
  }

  get keyCount(): number {
    return this.postings.length;
  }

  get size(): number {
    return this.nameCount;
  }

  private lookup(key: string): Int32Array | undefined {
    const k = this.keyIds.get(key);
    return k === undefined ? undefined : this.postings[k];
  }

  private admit(id: number): boolean {
    if (this.queryStamp[id] === this.stamp) return true;
    this.queryStamp[id] = this.stamp;
    this.unitMask[id] = 0;
    this.positionMask[id] = 0;
    this.touched.push(id);
    return true;
  }

  /** Opens a credit unit (a query token, or a pair of them) of the given weight; -1 if out of units. */
  private unit(weight: number): number {
    if (this.unitWeights.length >= MAX_UNITS) return -1;
    this.unitWeights.push(weight);
    return this.unitWeights.length - 1;
  }

  /** Credits a unit to every name hit by any of `keys`; only to names already admitted unless `admit`. */
  private credit(keys: readonly string[], unit: number, admit = true): void {
    if (unit < 0) return;
    const bit = 1 << unit;
    const stamp = this.stamp;
    for (const key of keys) {
      const list = this.lookup(key);
      if (!list) continue;
      for (let p = 0; p < list.length; p++) {
        const entry = list[p] as number;
        const id = (entry / POSITIONS) | 0;
        if (this.queryStamp[id] !== stamp) {
          if (!admit) continue;
          this.admit(id);
        }
        this.unitMask[id] = (this.unitMask[id] as number) | bit;
        this.positionMask[id] = (this.positionMask[id] as number) | (1 << (entry % POSITIONS));
      }
    }
  }

  /** Credits a unit to names carrying both halves of a split token (at two positions). */
  private creditBoth(left: Int32Array, right: Int32Array, unit: number): void {
    if (unit < 0) return;
    const bit = 1 << unit;
    let i = 0;
    let j = 0;
    while (i < left.length && j < right.length) {
      const a = ((left[i] as number) / POSITIONS) | 0;
      const b = ((right[j] as number) / POSITIONS) | 0;
      if (a < b) i++;
      else if (b < a) j++;
      else {
        this.admit(a);
        this.unitMask[a] = (this.unitMask[a] as number) | bit;
        this.positionMask[a] = (this.positionMask[a] as number) | (1 << ((left[i] as number) % POSITIONS)) | (1 << ((right[j] as number) % POSITIONS));
        i++;
        j++;
      }
    }
  }

  /**
   * Ids of the listed names that could reach `neededScore` against this query name, in ascending id
   * order (deterministic). `neededScore` is a name score (before other evidence).
   */
  candidates(query: PreparedName, neededScore: number): number[] {
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.queryStamp.fill(0);
      this.stamp = 1;
    }
    this.touched.length = 0;
    this.unitWeights = [];
    const total = query.totalWeight;
    const indexable: PreparedToken[] = [];
    // Tokens that cannot retrieve (particles, legal forms) are credited to every candidate: optimistic.
    let free = 0;
    for (const t of query.tokens) {
      if (isQueryIndexable(t)) indexable.push(t);
      else free += t.weight;
    }
    // Spellings merged or split differently on the two sides (bin Laden / Binladen, VladimirPutin).
    const tokens = query.tokens;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i] as PreparedToken;
      const b = tokens[i + 1] as PreparedToken;
      const joined = skeleton(phoneticFold(a.folded + b.folded));
      if (joined.length >= 3) this.credit([`k:${joined}`, ...(joined.length >= 4 ? deletionKeys(joined).map((d) => `k:${d}`) : [])], this.unit(a.weight + b.weight));
    }
    // A query token that may be two listed tokens written together: credited only to names carrying
    // both halves of one cut.
    for (const t of indexable) {
      if (t.folded.length < 6) continue;
      let unit = -2;
      for (let cut = 2; cut <= t.folded.length - 2; cut++) {
        const left = this.lookup(`k:${skeleton(t.folded.slice(0, cut))}`);
        const right = this.lookup(`k:${skeleton(t.folded.slice(cut))}`);
        if (!left || !right) continue;
        if (unit === -2) unit = this.unit(t.weight);
        this.creditBoth(left, right, unit);
      }
    }
    // Rarest first; stable on ties by position.
    const order = indexable.map((t, i) => ({ t, i })).sort((x, y) => y.t.weight - x.t.weight || x.i - y.i);
    let remaining = 0;
    for (const o of order) remaining += o.t.weight;
    let admitting = true;
    for (const { t } of order) {
      // Early stop: once the tokens left could not lift a name none of the earlier ones hit, no new
      // name is admitted; the rest only tighten the bounds of names already admitted.
      if (admitting && nameScoreBound(remaining + free, total) < neededScore) admitting = false;
      this.credit(tokenKeys(t), this.unit(t.weight), admitting);
      remaining -= t.weight;
    }
    const optimistic = 0;
    const unitOrder = this.unitWeights.map((w, u) => ({ w, u })).sort((x, y) => y.w - x.w || x.u - y.u);
    const out: number[] = [];
    for (const id of this.touched) {
      // The k heaviest units that hit this name, k = distinct listed tokens hit.
      let k = popcount(this.positionMask[id] as number);
      const mask = this.unitMask[id] as number;
      let hit = 0;
      for (const { w, u } of unitOrder) {
        if (k === 0) break;
        if (mask & (1 << u)) {
          hit += w;
          k--;
        }
      }
      if (nameScoreBound(Math.min(total, hit + free + optimistic), total) >= neededScore) out.push(id);
    }
    out.sort((a, b) => a - b);
    return out;
  }
}

/** Listed token positions tracked per name (a bit each); later tokens share the last bit. */
const POSITIONS = 32;
/** Credit units per query name (a bit each). */
const MAX_UNITS = 32;

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
