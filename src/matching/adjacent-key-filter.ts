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

/** Only skeleton keys take part in cuts (score.ts cutKeys builds `k:` keys from the halves). */
export const CUT_KEY_PREFIX = 'k:';

/** Bits per inserted pair: with two probes this keeps false positives near 5%. */
const BITS_PER_PAIR = 8;
/** Memory cap for the bit table (2^30 bits = 128 MiB): a larger list simply sees more false positives. */
const MAX_BITS_LOG2 = 30;
const MIN_BITS_LOG2 = 10;

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function keyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
        h = Uint32Array.from(keysOf(v).filter((k) => k.startsWith(CUT_KEY_PREFIX)), keyHash);
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

  /** False only when no adjacent listed pair carries `left` then `right` (both `k:` keys). */
  mayHave(left: string, right: string): boolean {
    if (!left.startsWith(CUT_KEY_PREFIX) || !right.startsWith(CUT_KEY_PREFIX)) return true;
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
