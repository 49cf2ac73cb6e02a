/**
 * A Bloom filter over the (left key, right key) pairs that two ADJACENT listed tokens can present to
 * a query token cut in two (index.ts splitNames, score.ts cutMatches): for every pair of vocabulary
 * entries (b, c) that stand side by side in some listed name, every skeleton key of b combined with
 * every skeleton key of c.
 *
 * Most cuts of most query tokens meet no such pair, yet finding that out by walking postings costs
 * the length of the postings of the rarer half (on a million-name list a half such as "k:m" reaches
 * hundreds of thousands of names). The filter answers "certainly not" in two memory reads. It never
 * answers "no" for a pair that is there (a Bloom filter has false positives only), so splitNames
 * returns exactly what it returned without it: the filter changes the cost, never the candidates.
 */

import { runSteps, type Steps } from '../util/event-loop.js';

/**
 * Only skeleton keys take part in cuts (score.ts cuts builds `k:` keys from the halves, and the
 * positional `d:` keys for a half of one consonant, prepared.ts gapKeys).
 */
export function isCutKey(key: string): boolean {
  return key.startsWith('k:') || key.startsWith('d:');
}

/** Bits per inserted pair: with two probes this keeps false positives near 5%. */
const BITS_PER_PAIR = 8;
/** Memory cap for the bit table (2^30 bits = 128 MiB): a larger list simply sees more false positives. */
const MAX_BITS_LOG2 = 30;
const MIN_BITS_LOG2 = 10;

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function keyHash(s: string): number {
  let h = KEY_HASH_START;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), KEY_HASH_PRIME);
  return h >>> 0;
}

/**
 * keyHash's start (the hash of the empty string) and the multiplier of its step: keyHash(s) is
 * h = Math.imul(h ^ code, KEY_HASH_PRIME) over s's code units from KEY_HASH_START, taken >>> 0 (so a
 * key can be hashed from its parts without being built, key-presence.ts). The step is written out
 * where it is taken: as a function call it returned its 32-bit value boxed on every letter.
 */
export const KEY_HASH_START = 0x811c9dc5;
export const KEY_HASH_PRIME = 0x01000193;

/** Two probe positions from the pair of key hashes (double hashing from one 32-bit mix each). */
function probe1(l: number, r: number): number {
  let h = Math.imul(l ^ 0x9e3779b9, 0x85ebca6b) ^ r;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}
function probe2(l: number, r: number): number {
  let h = Math.imul(r ^ 0x27d4eb2f, 0xc2b2ae35) ^ Math.imul(l, 0x165667b1);
  h = Math.imul(h ^ (h >>> 13), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An AdjacentKeyFilter's contents (AdjacentKeyFilter.parts, restore). */
export interface AdjacentKeyFilterParts {
  bits: Uint32Array;
  mask: number;
  adjacentPairs: number;
  insertedKeyPairs: number;
}

export class AdjacentKeyFilter {
  private constructor(
    private readonly bits: Uint32Array,
    private readonly mask: number,
    /** Adjacent token positions visited and key pairs inserted (for the build report and tests). */
    readonly adjacentPairs: number,
    readonly insertedKeyPairs: number,
  ) {}

  /**
   * `adjacent(visit)` calls visit(b, c) for every pair of adjacent listed tokens (vocabulary ids, both
   * retrievable; a pair may come more than once: inserting it again changes nothing); `keysOf(v)`
   * gives a vocabulary entry's retrieval keys.
   */
  static build(adjacent: (visit: (b: number, c: number) => void) => void, vocabularySize: number, keysOf: (v: number) => readonly string[]): AdjacentKeyFilter {
    const hashes: (Uint32Array | undefined)[] = new Array(vocabularySize);
    const hashesOf = (v: number): Uint32Array => {
      let h = hashes[v];
      if (h === undefined) {
        h = Uint32Array.from(keysOf(v).filter(isCutKey), keyHash);
        hashes[v] = h;
      }
      return h;
    };
    // First pass sizes the table, second fills it (visiting the names twice is cheaper than keeping
    // a set of distinct pairs on a million-name list).
    let inserts = 0;
    let adjacentPairs = 0;
    adjacent((b, c) => {
      adjacentPairs++;
      inserts += hashesOf(b).length * hashesOf(c).length;
    });
    let log2 = MIN_BITS_LOG2;
    while (log2 < MAX_BITS_LOG2 && 2 ** log2 < inserts * BITS_PER_PAIR) log2++;
    const bits = new Uint32Array(2 ** (log2 - 5));
    const mask = 2 ** log2 - 1;
    adjacent((b, c) => {
      const hb = hashesOf(b);
      const hc = hashesOf(c);
      for (let i = 0; i < hb.length; i++) {
        const x = hb[i] as number;
        for (let j = 0; j < hc.length; j++) {
          const y = hc[j] as number;
          const p = probe1(x, y) & mask;
          const q = probe2(x, y) & mask;
          bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
          bits[q >>> 5] = (bits[q >>> 5] as number) | (1 << (q & 31));
        }
      }
    });
    return new AdjacentKeyFilter(bits, mask, adjacentPairs, inserts);
  }

  /** What the filter holds, for a saved engine (engine-snapshot.ts); the bits are not copied. */
  get parts(): AdjacentKeyFilterParts {
    return { bits: this.bits, mask: this.mask, adjacentPairs: this.adjacentPairs, insertedKeyPairs: this.insertedKeyPairs };
  }

  /** The filter `parts` of a built one describe (as read back from a saved engine). */
  static restore(parts: AdjacentKeyFilterParts): AdjacentKeyFilter {
    const { bits, mask } = parts;
    // The table is a power of two of bits, at least 2^MIN_BITS_LOG2, and the mask addresses all of it.
    if (bits.length < 2 ** (MIN_BITS_LOG2 - 5) || (bits.length & (bits.length - 1)) !== 0 || mask !== bits.length * 32 - 1) {
      throw new RangeError(`not an adjacent-key filter: ${bits.length} words, mask ${mask}`);
    }
    return new AdjacentKeyFilter(bits, mask, parts.adjacentPairs, parts.insertedKeyPairs);
  }

  /** False only when no adjacent listed pair carries `left` then `right` (both cut keys, isCutKey). */
  mayHave(left: string, right: string): boolean {
    if (!isCutKey(left) || !isCutKey(right)) return true;
    const x = keyHash(left);
    const y = keyHash(right);
    const p = probe1(x, y) & this.mask;
    if (((this.bits[p >>> 5] as number) & (1 << (p & 31))) === 0) return false;
    const q = probe2(x, y) & this.mask;
    return ((this.bits[q >>> 5] as number) & (1 << (q & 31))) !== 0;
  }

  get bytes(): number {
    return this.bits.byteLength;
  }
}

/**
 * The distinct pairs (b, c) of vocabulary entries standing side by side in some listed name, each
 * with the places where b is directly followed by c (the flat position of b among all listed tokens,
 * listed-tokens.ts, ascending; nameOf gives the name of a place), reachable from either side: the
 * right neighbours of b, and the left neighbours of c.
 *
 * splitNames needs the names with such a pair for b among the entries carrying a cut's left key and
 * c among those carrying its right key. Walking the postings of one half and checking every name's
 * adjacent tokens costs the postings of that half (a half reaching "Mohammed" reaches a large share
 * of a big list); walking the distinct neighbours of the entries costs far less, because common
 * tokens stand next to the same few tokens over and over.
 */
/** Called for a pair of adjacent listed tokens: their entries b and c, the name, and the flat position of b. */
export type VisitPair = (b: number, c: number, name: number, at: number) => void;

/** Vocabulary entries whose pairs AdjacentPairs.buildSteps sorts between two points where it may pause. */
const SORT_STEP = 1024;

export class AdjacentPairs {
  /** collect()'s marks of the entries of its two sides (the side it checks against, see there). */
  private readonly left: SideMarks;
  private readonly right: SideMarks;
  /** Per entry list met with more than a few entries: its distinct neighbours on that side (see walkCost). */
  private readonly rightDegrees = new WeakMap<Int32Array, number>();
  private readonly leftDegrees = new WeakMap<Int32Array, number>();

  private constructor(
    /** Pairs of entry b are rightStart[b] .. rightStart[b + 1] - 1, ascending by their right entry. */
    private readonly rightStart: Int32Array,
    /** Per pair: its left and right entry. */
    private readonly pairLeft: Int32Array,
    private readonly pairRight: Int32Array,
    /** Per pair: its places (the flat position of its left token) are positions[placeStart[i] .. placeStart[i + 1] - 1], ascending. */
    private readonly placeStart: Int32Array,
    private readonly positions: Int32Array,
    /** Per listed token position: the id of its name (set for the left token of every pair held). */
    private readonly nameAt: Int32Array,
    /** Pairs whose right entry is c: leftPairs[leftStart[c] .. leftStart[c + 1] - 1]. */
    private readonly leftStart: Int32Array,
    private readonly leftPairs: Int32Array,
  ) {
    const size = rightStart.length - 1;
    this.left = new SideMarks(size);
    this.right = new SideMarks(size);
  }

  /**
   * `adjacent(visit)` calls visit(b, c, name, at) for every adjacent pair of listed tokens the pairs
   * should hold, `at` the flat position of b (listed-tokens.ts), in ascending order of `at`.
   */
  static build(adjacent: (visit: VisitPair) => void, vocabularySize: number): AdjacentPairs {
    return runSteps(AdjacentPairs.buildSteps(function* (visit) {
      adjacent(visit);
    }, vocabularySize));
  }

  /**
   * build as steps (index.ts buildSteps, for a server's thread): `adjacent` yields where it may pause,
   * and so does the sorting of the entries' pairs, every SORT_STEP entries.
   */
  static *buildSteps(adjacent: (visit: VisitPair) => Steps<void>, vocabularySize: number): Steps<AdjacentPairs> {
    // Counting sort by left entry, then each left entry's group sorted by (right entry, name).
    const count = new Int32Array(vocabularySize + 1);
    let total = 0;
    let lastAt = -1;
    yield* adjacent((b, _c, _id, at) => {
      count[b + 1] = (count[b + 1] as number) + 1;
      total++;
      lastAt = at;
    });
    for (let v = 0; v < vocabularySize; v++) count[v + 1] = (count[v + 1] as number) + (count[v] as number);
    const fill = count.slice(0, vocabularySize);
    const right = new Int32Array(total);
    const place = new Int32Array(total);
    // The name of each position (positions come in ascending order, so the last is the largest).
    const nameAt = new Int32Array(lastAt + 1);
    yield* adjacent((b, c, id, at) => {
      if (at >= POSITION_SPAN || c >= VOCAB_SPAN) throw new RangeError(`adjacent pairs hold at most ${POSITION_SPAN} listed tokens and ${VOCAB_SPAN} entries`);
      const k = fill[b] as number;
      fill[b] = k + 1;
      right[k] = c;
      place[k] = at;
      nameAt[at] = id;
    });
    const rightStart = new Int32Array(vocabularySize + 1);
    const pairLeft: number[] = [];
    const pairRight: number[] = [];
    const placeStart: number[] = [];
    const positions = new Int32Array(total);
    let kept = 0;
    let order = new Float64Array(0);
    for (let b = 0; b < vocabularySize; b++) {
      if (b % SORT_STEP === SORT_STEP - 1) yield;
      rightStart[b] = pairLeft.length;
      const from = count[b] as number;
      const to = count[b + 1] as number;
      if (to === from) continue;
      // (right entry, position) as one exact double, sorted numerically: right * POSITION_SPAN + at.
      if (order.length < to - from) order = new Float64Array(Math.max(to - from, order.length * 2));
      const group = order.subarray(0, to - from);
      for (let k = from; k < to; k++) group[k - from] = (right[k] as number) * POSITION_SPAN + (place[k] as number);
      group.sort();
      let lastPair = -1;
      for (let k = 0; k < group.length; k++) {
        const x = group[k] as number;
        const c = Math.floor(x / POSITION_SPAN);
        const at = x - c * POSITION_SPAN;
        if (c !== lastPair) {
          pairLeft.push(b);
          pairRight.push(c);
          placeStart.push(kept);
          lastPair = c;
        }
        positions[kept++] = at;
      }
    }
    rightStart[vocabularySize] = pairLeft.length;
    placeStart.push(kept);
    const pairs = pairLeft.length;
    const leftStart = new Int32Array(vocabularySize + 1);
    for (let i = 0; i < pairs; i++) leftStart[(pairRight[i] as number) + 1] = (leftStart[(pairRight[i] as number) + 1] as number) + 1;
    for (let v = 0; v < vocabularySize; v++) leftStart[v + 1] = (leftStart[v + 1] as number) + (leftStart[v] as number);
    const at = leftStart.slice(0, vocabularySize);
    const leftPairs = new Int32Array(pairs);
    for (let i = 0; i < pairs; i++) {
      const c = pairRight[i] as number;
      leftPairs[at[c] as number] = i;
      at[c] = (at[c] as number) + 1;
    }
    return new AdjacentPairs(rightStart, Int32Array.from(pairLeft), Int32Array.from(pairRight), Int32Array.from(placeStart), positions, nameAt, leftStart, leftPairs);
  }

  /**
   * Appends to `places` the places (left token positions) of every pair (b, c) with b in `left`
   * and c in `right`, walking the side with fewer distinct neighbours and checking the other side's
   * entries by marks (nameOf gives each place's name). The lists are the index's key lists, the same objects every time a key
   * comes back (splitNames cuts the forms of many query tokens into the same few halves: "k:M",
   * "k:MD"): the marks of the list checked last on a side are kept, and each list's count of
   * neighbours is taken once.
   */
  collect(left: Int32Array, right: Int32Array, places: PlaceSink): void {
    if (this.walkCost(left, this.rightDegrees, this.rightStart) <= this.walkCost(right, this.leftDegrees, this.leftStart)) {
      const rightMark = this.right.marks;
      const mark = this.right.mark(right);
      for (let k = 0; k < left.length; k++) {
        const b = left[k] as number;
        const end = this.rightStart[b + 1] as number;
        for (let i = this.rightStart[b] as number; i < end; i++) if (rightMark[this.pairRight[i] as number] === mark) this.placesOf(i, places);
      }
    } else {
      const leftMark = this.left.marks;
      const mark = this.left.mark(left);
      for (let k = 0; k < right.length; k++) {
        const c = right[k] as number;
        const end = this.leftStart[c + 1] as number;
        for (let j = this.leftStart[c] as number; j < end; j++) {
          const i = this.leftPairs[j] as number;
          if (leftMark[this.pairLeft[i] as number] === mark) this.placesOf(i, places);
        }
      }
    }
  }

  /**
   * The distinct neighbours of the entries of `list` on one side (`start`: rightStart or leftStart),
   * the cost of walking the list from that side: summed once per list of more than a few entries
   * and kept in `known` (a short list costs less to sum than to look up).
   */
  private walkCost(list: Int32Array, known: WeakMap<Int32Array, number>, start: Int32Array): number {
    if (list.length <= SUMMED_DIRECTLY) return neighbours(list, start);
    let cost = known.get(list);
    if (cost === undefined) {
      cost = neighbours(list, start);
      known.set(list, cost);
    }
    return cost;
  }

  /** The name of the pair whose left token is at `at` (a place collect gave). */
  nameOf(at: number): number {
    return this.nameAt[at] as number;
  }

  private placesOf(pair: number, places: PlaceSink): void {
    const end = this.placeStart[pair + 1] as number;
    for (let p = this.placeStart[pair] as number; p < end; p++) places.push(this.positions[p] as number);
  }

  get bytes(): number {
    return this.rightStart.byteLength + this.pairLeft.byteLength + this.pairRight.byteLength + this.placeStart.byteLength + this.positions.byteLength + this.nameAt.byteLength + this.leftStart.byteLength + this.leftPairs.byteLength;
  }
}

/** Where collect appends places: the index's reused IntBuffer (int-buffer.ts), or a plain array. */
export interface PlaceSink {
  push(at: number): unknown;
}

/** Entry lists up to this length have their neighbours summed on every call (AdjacentPairs.walkCost). */
const SUMMED_DIRECTLY = 8;

/** Sum over the entries v of `list` of start[v + 1] - start[v]: their distinct neighbours on one side. */
function neighbours(list: Int32Array, start: Int32Array): number {
  let sum = 0;
  for (let k = 0; k < list.length; k++) {
    const v = list[k] as number;
    sum += (start[v + 1] as number) - (start[v] as number);
  }
  return sum;
}

/**
 * Marks of the entries of one list, for one side of AdjacentPairs.collect: marks[v] === stamp for
 * exactly the entries of the list marked last. Marking the same list object again costs nothing
 * (lists are never modified); a new list takes a new stamp, so the old marks need no clearing.
 */
class SideMarks {
  readonly marks: Uint32Array;
  private stamp = 0;
  private marked: Int32Array | undefined;

  constructor(size: number) {
    this.marks = new Uint32Array(size);
  }

  /** Marks the entries of `list` (unless it is the list marked last); the stamp they carry. */
  mark(list: Int32Array): number {
    if (list === this.marked) return this.stamp;
    if (++this.stamp === 0xffffffff) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    const marks = this.marks;
    const stamp = this.stamp;
    for (let k = 0; k < list.length; k++) marks[list[k] as number] = stamp;
    this.marked = list;
    return stamp;
  }
}

/** Listed token positions are below this (2^26 = 67,108,864) and entries below VOCAB_SPAN: right * POSITION_SPAN + at < 2^53, exact. */
const POSITION_SPAN = 2 ** 26;
const VOCAB_SPAN = 2 ** 27;
