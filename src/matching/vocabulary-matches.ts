/**
 * The similarity lists (index.ts TokenMatches) of the vocabulary's own forms, computed when the index
 * is built and kept with a saved engine (engine-snapshot.ts).
 *
 * A query that writes a listed token exactly (a true hit, and many clean names) asks NameIndex.matches
 * for the list of a form the vocabulary already holds; on the UN list's cold benchmark pass a third
 * of the forms whose lists were computed were such forms (docs/benchmarks.md, session 15 h1). Their
 * lists are the same values whenever they are computed, so they are computed once per list version
 * and read first, in a store the per-form caches' clearing does not touch.
 *
 * Every list sits in three flat arrays: list k (of vocabulary entry entries[k], ascending in k) holds
 * the entries ids[start[k] .. start[k + 1]) with similarities similarity[same range], ids ascending.
 */
import type { TokenMatches } from './index.js';
import type { Steps } from '../util/event-loop.js';

/** The flat arrays of a store, as a saved engine keeps them. */
export interface VocabularyMatchesParts {
  entries: Int32Array;
  start: Int32Array;
  ids: Int32Array;
  similarity: Float64Array;
}

export class VocabularyMatches {
  readonly entries: Int32Array;
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly similarity: Float64Array;

  private constructor(parts: VocabularyMatchesParts) {
    this.entries = parts.entries;
    this.start = parts.start;
    this.ids = parts.ids;
    this.similarity = parts.similarity;
  }

  /**
   * The lists of the entries `chosen` accepts among `size`, computed by `compute` one entry at a
   * time, pausing (`yield`) after each: one list costs ~0.1-0.2 ms, so a pause every entry keeps a
   * sliced build's slices near their length whatever the list.
   */
  static *buildSteps(size: number, chosen: (v: number) => boolean, compute: (v: number) => TokenMatches): Steps<VocabularyMatches> {
    const entries: number[] = [];
    const lists: TokenMatches[] = [];
    let total = 0;
    for (let v = 0; v < size; v++) {
      if (!chosen(v)) continue;
      const list = compute(v);
      entries.push(v);
      lists.push(list);
      total += list.vocab.length;
      yield;
    }
    const start = new Int32Array(entries.length + 1);
    const ids = new Int32Array(total);
    const similarity = new Float64Array(total);
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k] as TokenMatches;
      const at = start[k] as number;
      ids.set(list.vocab, at);
      similarity.set(list.similarity, at);
      start[k + 1] = at + list.vocab.length;
    }
    return new VocabularyMatches({ entries: Int32Array.from(entries), start, ids, similarity });
  }

  /**
   * A store from a saved engine's arrays, over a vocabulary of `size` entries. Throws a RangeError
   * when they cannot be a store's (the saved engine is then refused): entries ascending within the
   * vocabulary, list bounds ascending and covering ids exactly, each list's ids ascending within the
   * vocabulary, every similarity in (0, 1].
   */
  static restore(parts: VocabularyMatchesParts, size: number): VocabularyMatches {
    const { entries, start, ids, similarity } = parts;
    if (start.length !== entries.length + 1 || start[0] !== 0 || start[entries.length] !== ids.length || similarity.length !== ids.length) {
      throw new RangeError('vocabulary lists: bounds');
    }
    for (let k = 0; k < entries.length; k++) {
      const v = entries[k] as number;
      if (v < 0 || v >= size || (k > 0 && v <= (entries[k - 1] as number))) throw new RangeError('vocabulary lists: entries');
      const from = start[k] as number;
      const to = start[k + 1] as number;
      if (to < from) throw new RangeError('vocabulary lists: bounds');
      for (let j = from; j < to; j++) {
        const id = ids[j] as number;
        if (id < 0 || id >= size || (j > from && id <= (ids[j - 1] as number))) throw new RangeError('vocabulary lists: ids');
        const s = similarity[j] as number;
        if (!(s > 0 && s <= 1)) throw new RangeError('vocabulary lists: similarities');
      }
    }
    return new VocabularyMatches(parts);
  }

  get size(): number {
    return this.entries.length;
  }

  /** List k (of entry entries[k]), as views of the flat arrays (not copied). */
  list(k: number): TokenMatches {
    const from = this.start[k] as number;
    const to = this.start[k + 1] as number;
    return { vocab: this.ids.subarray(from, to), similarity: this.similarity.subarray(from, to) };
  }

  get parts(): VocabularyMatchesParts {
    return { entries: this.entries, start: this.start, ids: this.ids, similarity: this.similarity };
  }
}

/**
 * The split lists (index.ts splitNames: the names a query token cut in two may meet, and the adjacent
 * pairs by position) of the vocabulary's own folded forms, computed with the index like the
 * similarity lists above: a query token written as a listed one asks for them too. Keyed by the
 * folded form, so one list per distinct folded form, filed under the first entry holding it.
 * List k: names names[namesStart[k] .. namesStart[k + 1]), places at[atStart[k] .. atStart[k + 1]).
 */
export interface SplitListsParts {
  entries: Int32Array;
  namesStart: Int32Array;
  names: Int32Array;
  atStart: Int32Array;
  at: Int32Array;
}

/** One split list: names ascending, places ascending. */
export interface SplitList {
  names: Int32Array;
  at: Int32Array;
}

export class VocabularySplits {
  private constructor(readonly parts: SplitListsParts) {}

  /** The lists of the entries `chosen` accepts (asked in ascending order), computed one a step (see VocabularyMatches.buildSteps). */
  static *buildSteps(size: number, chosen: (v: number) => boolean, compute: (v: number) => SplitList): Steps<VocabularySplits> {
    const entries: number[] = [];
    const lists: SplitList[] = [];
    for (let v = 0; v < size; v++) {
      if (!chosen(v)) continue;
      entries.push(v);
      lists.push(compute(v));
      yield;
    }
    const names = flat(lists.map((l) => l.names));
    const at = flat(lists.map((l) => l.at));
    return new VocabularySplits({ entries: Int32Array.from(entries), namesStart: names.start, names: names.values, atStart: at.start, at: at.values });
  }

  /**
   * A store from a saved engine's arrays over a vocabulary of `size` entries, `nameCount` names and
   * `placeCount` listed tokens. Throws a RangeError when they cannot be one: entries ascending within
   * the vocabulary, bounds covering the values exactly, each list ascending within its range.
   */
  static restore(parts: SplitListsParts, size: number, nameCount: number, placeCount: number): VocabularySplits {
    ascendingWithin(parts.entries, 0, parts.entries.length, size, 'entries');
    checkLists(parts.entries.length, parts.namesStart, parts.names, nameCount, 'names');
    checkLists(parts.entries.length, parts.atStart, parts.at, placeCount, 'places');
    return new VocabularySplits(parts);
  }

  get size(): number {
    return this.parts.entries.length;
  }

  /** List k (of entry entries[k]), as views of the flat arrays. */
  list(k: number): SplitList {
    const p = this.parts;
    return { names: p.names.subarray(p.namesStart[k] as number, p.namesStart[k + 1] as number), at: p.at.subarray(p.atStart[k] as number, p.atStart[k + 1] as number) };
  }
}

/** Lists laid end to end: list k is values[start[k] .. start[k + 1]). */
function flat(lists: readonly Int32Array[]): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) start[k + 1] = (start[k] as number) + (lists[k] as Int32Array).length;
  const values = new Int32Array(start[lists.length] as number);
  for (let k = 0; k < lists.length; k++) values.set(lists[k] as Int32Array, start[k] as number);
  return { start, values };
}

function ascendingWithin(values: Int32Array, from: number, to: number, bound: number, what: string): void {
  for (let j = from; j < to; j++) {
    const x = values[j] as number;
    if (x < 0 || x >= bound || (j > from && x <= (values[j - 1] as number))) throw new RangeError(`vocabulary splits: ${what}`);
  }
}

function checkLists(count: number, start: Int32Array, values: Int32Array, bound: number, what: string): void {
  if (start.length !== count + 1 || start[0] !== 0 || start[count] !== values.length) throw new RangeError(`vocabulary splits: ${what} bounds`);
  for (let k = 0; k < count; k++) {
    const from = start[k] as number;
    const to = start[k + 1] as number;
    if (to < from) throw new RangeError(`vocabulary splits: ${what} bounds`);
    ascendingWithin(values, from, to, bound, what);
  }
}

/**
 * A store's lists filed by key (index.ts: the similarity lists by form key, the split lists by folded
 * form), each list's object made on first use and kept for the index's life: the retrieval plan and
 * the memo key their per-list work on the object, and a command started from a saved engine meets
 * only a few of the lists, so making them all would cost its start. `make` is a module-level
 * function (not a closure over an index), so two indexes filed alike compare equal.
 */
export class FiledLists<S, L> {
  private readonly positions = new Map<string, number>();
  private readonly made: (L | undefined)[] = [];
  private store: S | undefined;

  /** `make(store, k)`: the object of the store's list k. */
  constructor(private readonly make: (store: S, k: number) => L) {}

  /** Files `store`'s lists 0 .. count - 1 under keyOf(k), pausing every `step` (a sliced build). */
  *file(store: S, count: number, keyOf: (k: number) => string, step: number): Steps<void> {
    this.store = store;
    for (let k = 0; k < count; k++) {
      if (k % step === step - 1) yield;
      this.positions.set(keyOf(k), k);
    }
  }

  /** The list filed under `key`, or undefined when none is. */
  get(key: string): L | undefined {
    const k = this.positions.get(key);
    if (k === undefined) return undefined;
    let out = this.made[k];
    if (out === undefined) {
      out = this.make(this.store as S, k);
      this.made[k] = out;
    }
    return out;
  }
}
