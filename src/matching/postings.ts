/**
 * The names carrying each vocabulary entry (index.ts postings), every entry's list in one flat
 * array: entry v's names are ids[start[v] .. start[v + 1]), ascending.
 *
 * candidates() reads the postings of ~60 entries a call on the UN list (most of them a few names
 * long), and kept as a typed array per entry each list was an object of its own to reach before
 * its numbers (its header, then its backing store), scattered over the heap: two dependent reads
 * per entry before the first name. Here an entry's bounds sit next to its neighbour's and its names
 * next to the next entry's.
 */
import type { PreparedName, PreparedToken } from './prepared.js';
import { runSteps, type Steps } from '../util/event-loop.js';

export class Postings {
  /** Entry v's names are ids[start[v] .. start[v + 1]). */
  readonly start: Int32Array;
  readonly ids: Int32Array;

  private constructor(start: Int32Array, ids: Int32Array) {
    this.start = start;
    this.ids = ids;
  }

  /** The postings of `lists` (entry v's names, ascending, at lists[v]). */
  static fromLists(lists: readonly ArrayLike<number>[]): Postings {
    const start = new Int32Array(lists.length + 1);
    for (let v = 0; v < lists.length; v++) start[v + 1] = (start[v] as number) + (lists[v] as ArrayLike<number>).length;
    const ids = new Int32Array(start[lists.length] as number);
    for (let v = 0; v < lists.length; v++) ids.set(lists[v] as ArrayLike<number>, start[v] as number);
    return new Postings(start, ids);
  }

  /**
   * The postings of `names` over `entries` vocabulary entries: entry v lists, once each and in id
   * order, the names with a token of id v that `indexed` accepts. Counted first, then filled, so no
   * list per entry is built on the way.
   */
  static ofNames(names: readonly PreparedName[], entries: number, indexed: (t: PreparedToken) => boolean): Postings {
    return runSteps(Postings.ofNamesSteps(names, entries, indexed, names.length + 1));
  }

  /**
   * ofNames as steps, pausing (`yield`) every `step` names of its two passes, so that a server's
   * thread building a new list version's index in slices (index.ts buildSteps) can answer between them.
   */
  static *ofNamesSteps(names: readonly PreparedName[], entries: number, indexed: (t: PreparedToken) => boolean, step: number): Steps<Postings> {
    const start = new Int32Array(entries + 1);
    // The last name counted or filled for each entry (a name carrying an entry twice is listed once).
    const last = new Int32Array(entries).fill(-1);
    for (let id = 0; id < names.length; id++) {
      if (id % step === step - 1) yield;
      for (const t of (names[id] as PreparedName).tokens) {
        if (t.id < 0 || last[t.id] === id || !indexed(t)) continue;
        last[t.id] = id;
        start[t.id + 1] = (start[t.id + 1] as number) + 1;
      }
    }
    for (let v = 0; v < entries; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
    const ids = new Int32Array(start[entries] as number);
    const next = start.slice(0, entries);
    last.fill(-1);
    for (let id = 0; id < names.length; id++) {
      if (id % step === step - 1) yield;
      for (const t of (names[id] as PreparedName).tokens) {
        if (t.id < 0 || last[t.id] === id || !indexed(t)) continue;
        last[t.id] = id;
        const at = next[t.id] as number;
        ids[at] = id;
        next[t.id] = at + 1;
      }
    }
    return new Postings(start, ids);
  }

  /** The same entries with only the names `keep` accepts (order kept). */
  filter(keep: (id: number) => boolean): Postings {
    const entries = this.start.length - 1;
    const start = new Int32Array(entries + 1);
    const kept = new Int32Array(this.ids.length);
    let n = 0;
    for (let v = 0; v < entries; v++) {
      const end = this.start[v + 1] as number;
      for (let p = this.start[v] as number; p < end; p++) {
        const id = this.ids[p] as number;
        if (keep(id)) kept[n++] = id;
      }
      start[v + 1] = n;
    }
    return new Postings(start, kept.slice(0, n));
  }

  /** How many names carry entry `v`. */
  count(v: number): number {
    return (this.start[v + 1] as number) - (this.start[v] as number);
  }

  /** Entry `v`'s names (a view into the flat array, not a copy). */
  of(v: number): Int32Array {
    return this.ids.subarray(this.start[v] as number, this.start[v + 1] as number);
  }
}
