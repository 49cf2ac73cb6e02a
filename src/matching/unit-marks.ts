/**
 * Which of one candidates() call's units reach each listed name (index.ts), as a set of unit bits
 * per name, and whether a name reached by such a set of units could be a candidate at all.
 *
 * The units before the early stop admit the names they reach; most of those names (on a large
 * list, the many names carrying the query's heaviest token and none of its others) fail the final
 * test for want of the other units. Marking first which units reach each name lets the admitting
 * units admit only names whose set of units could lift them to the needed score.
 */
import { planBound, unitBest, type RetrievalPlan, type Unit } from './retrieval-plan.js';
import type { Postings } from './postings.js';

/** The bit of the unit at walk position `j` in a unit set: one per unit, those from the eighth on sharing the last. */
export function unitBit(j: number): number {
  return 1 << (j < 7 ? j : 7);
}

/**
 * Per name, a 16-bit word: the call's stamp (1..255) in the high byte and the bits of the units that
 * reach the name in the low byte. A word from an earlier call reads as no units, so nothing is
 * cleared per call (the whole array once every 255 calls). Two bytes a name, so the array the
 * walks test stays in cache on a large list.
 */
export class UnitMarks {
  private readonly words: Uint16Array;
  private stamp = 0;

  constructor(size: number) {
    this.words = new Uint16Array(size);
  }

  /** Starts a call: every name reads as reached by no unit. */
  begin(): void {
    if (++this.stamp > 255) {
      this.words.fill(0);
      this.stamp = 1;
    }
  }

  /**
   * Adds `bit` to the unit set of every name carrying one of the entries `vocab` (`postings`: the
   * names by entry). One call per unit, its loops written out, rather than markAll per entry: on the
   * UN bench mix a call marks ~232 postings spread over most of its ~59 entries, and the method call
   * per entry (not inlined into index.ts markUnitSets, in the profiles) cost a share comparable to
   * the marks. (The same loops behind a shared helper read 1.02x instead of 1.08x: not inlined either.)
   */
  markEntries(vocab: Int32Array, postings: Postings, bit: number): void {
    const words = this.words;
    const high = this.stamp << 8;
    const { start, ids } = postings;
    for (let k = 0; k < vocab.length; k++) {
      const v = vocab[k] as number;
      const end = start[v + 1] as number;
      for (let p = start[v] as number; p < end; p++) {
        const id = ids[p] as number;
        const w = words[id] as number;
        words[id] = ((w & 0xff00) === high ? w : high) | bit;
      }
    }
  }

  /** Adds `bit` to the unit set of every name of `ids`. */
  markAll(ids: Int32Array, bit: number): void {
    const words = this.words;
    const high = this.stamp << 8;
    for (let p = 0; p < ids.length; p++) {
      const id = ids[p] as number;
      const w = words[id] as number;
      words[id] = ((w & 0xff00) === high ? w : high) | bit;
    }
  }

  /** The unit set of name `id` in this call. */
  of(id: number): number {
    const w = this.words[id] as number;
    return w >>> 8 === this.stamp ? w & 0xff : 0;
  }
}

/**
 * Whether a name with no initials reached by a set of the plan's units (and by no merged or split
 * spelling: those names are admitted before) could reach the needed score: each unit at its largest
 * credit (single or merged reading), its weight covered. Taken with twice the final test's slack,
 * so a set refused here fails that test whatever order a name's credit was summed in. Answers are
 * kept per set for the call (a few sets per call).
 */
export class UnitSetBounds {
  /** Per unit set: 0 not asked yet, 1 may reach, 2 cannot. */
  private readonly known = new Uint8Array(256);
  private plan: RetrievalPlan | undefined;
  private needed = 0;
  private slack = 0;

  /** Starts a call with `plan` and the needed name score; `slack` is the final test's. */
  begin(plan: RetrievalPlan, neededScore: number, slack: number): void {
    this.known.fill(0);
    this.plan = plan;
    this.needed = neededScore;
    this.slack = slack;
  }

  /** Whether a name without initials that units `set` (unitBit bits) reach may be a candidate. */
  mayReach(set: number): boolean {
    let k = this.known[set] as number;
    if (k === 0) {
      k = this.bound(set) >= this.needed ? 1 : 2;
      this.known[set] = k;
    }
    return k === 1;
  }

  /**
   * Whether marking `bit` can change an answer the admitting walks ask: some set R of the other
   * bits of `used` holding a bit of `admitting` (the sets a walk asks about, less `bit`) may reach
   * with `bit` and not without it. If not, a name's answer is the same whether or not the bit's
   * unit was marked on it, so the unit need not be marked. 2^(bits in use) sets at most.
   */
  decides(bit: number, used: number, admitting: number): boolean {
    const rest = used & ~bit;
    for (let r = rest; r !== 0; r = (r - 1) & rest) {
      if ((r & admitting) === 0) continue;
      if (this.mayReach(r | bit) !== this.mayReach(r)) return true;
    }
    return false;
  }

  private bound(set: number): number {
    const plan = this.plan as RetrievalPlan;
    let credit = 0;
    let cover = 0;
    for (let j = 0; j < plan.units.length; j++) {
      if ((set & unitBit(j)) === 0) continue;
      const u = plan.units[j] as Unit;
      credit += unitBest(plan, u);
      cover += u.weight;
    }
    return planBound(plan, credit + 2 * this.slack, plan.total - cover, 0);
  }
}
