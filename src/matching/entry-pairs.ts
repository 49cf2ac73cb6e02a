/**
 * For every pair of common vocabulary entries (carried by at least `fewest` names each), the
 * ascending ids of the names carrying both: built with a large list's index (index.ts).
 *
 * Why: on a large list most units of a query are common tokens (a first name carried by thousands
 * of names), no one of which can make a candidate alone. candidates() then admits only names that
 * two or more of the query's units reach; before this table it found them by marking every posting
 * of the later units and testing every posting of the admitting one (at a million names ~20,000
 * marks and ~8,200 tests a call, for ~350 names admitted). The names carrying two common entries
 * are read here instead; names reached through a rare entry are still found from its postings
 * (short by definition).
 *
 * Layout: common entry a (its rank among the common entries, ascending by id) has the partners b > a
 * it shares a name with at partners[partnerStart[rank] .. partnerStart[rank + 1]), ascending; the
 * names of the pair at slot s are names[nameStart[s] .. nameStart[s + 1]), ascending.
 */
import type { Steps } from '../util/event-loop.js';

export class EntryPairs {
  /** Per vocabulary entry: its rank among the common entries, -1 for an entry that is not common. */
  private readonly rank: Int32Array;
  private readonly partnerStart: Int32Array;
  private readonly partners: Int32Array;
  /** Names of the pair at slot s: names[nameStart[s] .. nameStart[s + 1]). */
  readonly nameStart: Int32Array;
  readonly names: Int32Array;

  private constructor(rank: Int32Array, partnerStart: Int32Array, partners: Int32Array, nameStart: Int32Array, names: Int32Array) {
    this.rank = rank;
    this.partnerStart = partnerStart;
    this.partners = partners;
    this.nameStart = nameStart;
    this.names = names;
  }

  /** A table of no common entries (lists too small to need one). */
  static empty(entries: number): EntryPairs {
    const none = new Int32Array(0);
    return new EntryPairs(new Int32Array(entries).fill(-1), new Int32Array(1), none, new Int32Array(1), none);
  }

  /**
   * The table of the names whose tokens' vocabulary ids are ids[start[id] .. start[id + 1]) (-1:
   * none), an entry being common when `carriers(v)` (the names carrying it) is at least `fewest`.
   * Pauses (`yield`) every `step` names, as the index build does.
   */
  static *buildSteps(start: Int32Array, ids: Int32Array, entries: number, carriers: (v: number) => number, fewest: number, step: number): Steps<EntryPairs> {
    const n = start.length - 1;
    const rank = new Int32Array(entries).fill(-1);
    let common = 0;
    for (let v = 0; v < entries; v++) if (carriers(v) >= fewest) rank[v] = common++;
    // Pass 1: per common entry, how many (name, higher common partner) occurrences it heads.
    const heads = new Int32Array(common + 1);
    const own = new CommonOf(rank);
    for (let id = 0; id < n; id++) {
      if (id % step === step - 1) yield;
      const k = own.read(start, ids, id);
      for (let x = 0; x < k - 1; x++) {
        const r = (rank[own.at(x)] as number) + 1;
        heads[r] = (heads[r] as number) + k - 1 - x;
      }
    }
    for (let r = 0; r < common; r++) heads[r + 1] = (heads[r + 1] as number) + (heads[r] as number);
    // Pass 2: each occurrence as partner x names + name (exact in a double), filed under its head;
    // names come in id order, so sorting a head's numbers orders them by partner, then by name.
    const occurrences = heads[common] as number;
    const packed = new Float64Array(occurrences);
    const next = heads.slice(0, common);
    for (let id = 0; id < n; id++) {
      if (id % step === step - 1) yield;
      const k = own.read(start, ids, id);
      for (let x = 0; x < k - 1; x++) {
        const r = rank[own.at(x)] as number;
        for (let y = x + 1; y < k; y++) {
          const at = next[r] as number;
          packed[at] = own.at(y) * n + id;
          next[r] = at + 1;
        }
      }
    }
    // Pass 3: per head, its distinct partners and their names.
    let slots = 0;
    for (let r = 0; r < common; r++) {
      if (r % step === step - 1) yield;
      const segment = packed.subarray(heads[r] as number, heads[r + 1] as number).sort();
      let last = -1;
      for (let k = 0; k < segment.length; k++) {
        const b = Math.floor((segment[k] as number) / n);
        if (b !== last) {
          slots++;
          last = b;
        }
      }
    }
    const partnerStart = new Int32Array(common + 1);
    const partners = new Int32Array(slots);
    const nameStart = new Int32Array(slots + 1);
    const names = new Int32Array(occurrences);
    let s = 0;
    for (let r = 0; r < common; r++) {
      if (r % step === step - 1) yield;
      let last = -1;
      for (let k = heads[r] as number; k < (heads[r + 1] as number); k++) {
        const value = packed[k] as number;
        const b = Math.floor(value / n);
        if (b !== last) {
          partners[s] = b;
          nameStart[s] = k;
          s++;
          last = b;
        }
        names[k] = value - b * n;
      }
      partnerStart[r + 1] = s;
    }
    nameStart[slots] = occurrences;
    return new EntryPairs(rank, partnerStart, partners, nameStart, names);
  }

  /** Whether entry `v` is common (its pairs with other common entries are in the table). */
  isCommon(v: number): boolean {
    return (this.rank[v] as number) >= 0;
  }

  /**
   * The slot of the pair of common entries `a` and `b` (a !== b; either order), or -1 when no name
   * carries both. Its names: names[nameStart[slot] .. nameStart[slot + 1]).
   */
  slot(a: number, b: number): number {
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    let lo = this.partnerStart[this.rank[low] as number] as number;
    let hi = (this.partnerStart[(this.rank[low] as number) + 1] as number) - 1;
    const partners = this.partners;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = partners[mid] as number;
      if (p === high) return mid;
      if (p < high) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Bytes held by the table's arrays. */
  get bytes(): number {
    return this.rank.byteLength + this.partnerStart.byteLength + this.partners.byteLength + this.nameStart.byteLength + this.names.byteLength;
  }

  /** Pairs held (distinct pairs of common entries that some name carries). */
  get pairs(): number {
    return this.partners.length;
  }
}

/** One name's distinct common entries, ascending (a reused scratch array: names have a few tokens). */
class CommonOf {
  private entries = new Int32Array(16);

  constructor(private readonly rank: Int32Array) {}

  /** Reads name `id`'s distinct common entries; returns how many (at(0) .. at(count - 1)). */
  read(start: Int32Array, ids: Int32Array, id: number): number {
    let k = 0;
    const end = start[id + 1] as number;
    for (let j = start[id] as number; j < end; j++) {
      const v = ids[j] as number;
      if (v < 0 || (this.rank[v] as number) < 0) continue;
      // Insertion into the ascending run, dropping a repeat.
      let at = k;
      while (at > 0 && (this.entries[at - 1] as number) > v) at--;
      if (at > 0 && this.entries[at - 1] === v) continue;
      if (k === this.entries.length) {
        const larger = new Int32Array(k * 2);
        larger.set(this.entries);
        this.entries = larger;
      }
      this.entries.copyWithin(at + 1, at, k);
      this.entries[at] = v;
      k++;
    }
    return k;
  }

  at(x: number): number {
    return this.entries[x] as number;
  }
}
