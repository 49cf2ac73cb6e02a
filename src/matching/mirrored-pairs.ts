/**
 * The pairs of the vocabulary's own similarity lists (vocabulary-matches.ts) that a build computes
 * once for both of their entries: entry a's list holds b with keyedSimilarityValue(a, b) exactly
 * when b's holds a with keyedSimilarityValue(b, a), and the two values are the same double, for two
 * "mirrored" entries (below). The lower entry's list (lists are built in ascending entry order)
 * computes the pair and files it here; the higher entry's list takes it instead of computing it.
 * About half the pairs on the UN list, where every entry gets a list.
 *
 * Why a pair is symmetric (argued from the code; test/matching/vocabulary-matches.test.ts compares
 * every list built so with one computed afresh, so a change that breaks it fails there):
 *
 * - Reach. An entry's list is the entries its own retrieval keys (tokenKeys) reach in the index,
 *   and a key reaches exactly the retrievable entries carrying it (NameIndex.keyIds). Two stored
 *   entries are both retrievable (they have postings), so a reaches b exactly when they share a
 *   key, which is symmetric.
 * - Value. keyedSimilarityValue(q, l) is the best of its readings: the folded forms; q's
 *   alternative form against l's folded one and q's folded one against l's alternative form (each
 *   less the same penalty); the written spellings; the keyboard slip. Swapping q and l swaps the two
 *   alternative readings and leaves the others as they are, each reading's arguments swapped. A
 *   reading's similarity comes from the cliff of the longer length (symmetric) and the weighted
 *   distance's table, which distance.ts columnTable shows is the same double either way round (SUB
 *   is symmetric, a letter's indel cost depends on its own side's script and the other's, the band
 *   and the long-vowel and transposition tests read both sides alike, and each cell is the least
 *   of the same sums added in the same order). keyboardSlip is symmetric (names/keyboard.ts).
 * - The bounds. Each reading is first put to refusals and stops (refusedAt's presence, length and
 *   surplus-pairing bounds, the table's band and row exit), summed in an order that depends on
 *   which side is which; but each refuses only a reading whose table cost is over the reading's
 *   limit by more than its slack (1e-9, far above the rounding of such sums), which the full table
 *   would refuse too. So every reading comes out at its exact value or is refused where it could
 *   not beat the best so far; the readings run in another order when swapped (the two alternative
 *   ones), so the running best and the limits differ, but the result is the largest exact value
 *   either way: the same double.
 * - Not argued: the letter-count bound (distance.ts letterCountBound), which the table's caller
 *   takes without slack, summed in an order that depends on the sides, where a form's letter masks
 *   do not hold its counts (NOT_LAYERED: a letter four times or more, the written x, a digit). An
 *   entry with such a form is not mirrored: its pairs are computed from both sides, as before.
 */
import { formsLayered, SHAPE_SIZE } from './form-shape.js';

export class MirroredPairs {
  private readonly mirroredEntry: Uint8Array;
  /** Per entry: the pairs waiting for its list, as ids and similarities (undefined: none). */
  private readonly waitingIds: (number[] | undefined)[] = [];
  private readonly waitingValues: (number[] | undefined)[] = [];

  /** Over a vocabulary of `size` entries with shapes `shapes` (form-shape.ts); `stored(v)`: entry v gets a list. */
  constructor(size: number, shapes: Int32Array, stored: (v: number) => boolean) {
    this.mirroredEntry = new Uint8Array(size);
    for (let v = 0; v < size; v++) if (stored(v) && formsLayered(shapes, v * SHAPE_SIZE)) this.mirroredEntry[v] = 1;
  }

  /** Whether entry v's pairs with other mirrored entries are computed once (it gets a list, and its forms' masks hold their letter counts). */
  mirrored(v: number): boolean {
    return this.mirroredEntry[v] === 1;
  }

  /** Files pair (later, earlier) with similarity s, computed for earlier's list, for later's. */
  file(later: number, earlier: number, s: number): void {
    let ids = this.waitingIds[later];
    let values = this.waitingValues[later];
    if (ids === undefined || values === undefined) {
      ids = this.waitingIds[later] = [];
      values = this.waitingValues[later] = [];
    }
    ids.push(earlier);
    values.push(s);
  }

  /** Appends the pairs waiting for entry v's list to `vocab` and `similarity`, and forgets them. */
  take(v: number, vocab: number[], similarity: number[]): void {
    const ids = this.waitingIds[v];
    const values = this.waitingValues[v];
    if (ids === undefined || values === undefined) return;
    for (let k = 0; k < ids.length; k++) {
      vocab.push(ids[k] as number);
      similarity.push(values[k] as number);
    }
    this.waitingIds[v] = undefined;
    this.waitingValues[v] = undefined;
  }
}
