/**
 * Which of one candidates() call's units reach each listed name (index.ts), as a set of unit bits
 * per name kept in one word with the name's admission in the call (NameMarks), and whether a name
 * reached by such a set of units could be a candidate at all.
 *
 * The units before the early stop admit the names they reach; most of those names (on a large
 * list, the many names carrying the query's heaviest token and none of its others) fail the final
 * test for want of the other units. Marking first which units reach each name lets the admitting
 * units admit only names whose set of units could lift them to the needed score.
 */
import { planBound, type RetrievalPlan, type Unit } from './retrieval-plan.js';

/** The bit of the unit at walk position `j` in a unit set: one per unit, those from the eighth on sharing the last. */
export function unitBit(j: number): number {
  return 1 << (j < 7 ? j : 7);
}

/** NameMarks word layout: the unit bits (unitBit) of the current call in the low byte. */
export const UNIT_BITS = 0xff;
/** Set for a name carrying at least one initial (fixed at build, kept through every call). */
export const HAS_INITIALS = 1 << 8;
/** Set once the name is admitted in the current call. */
export const ADMITTED = 1 << 9;
/** `word & STAMP_MASK` is the call's stamp (shifted): bits 10 to 30. */
export const STAMP_MASK = -1024;
/** `word & ADMITTED_MASK` equals `stampBits | ADMITTED` exactly when the name is admitted in this call. */
export const ADMITTED_MASK = -512;
const STAMP_SHIFT = 10;
/** Stamps stay under 2^21, so a word never sets bit 31 (an Int32Array holds it as a small positive integer). */
const STAMP_LIMIT = 1 << 21;

/**
 * Per listed name, one 32-bit word for a candidates() call: the call's stamp, whether the name has
 * been admitted in it, which of its units reach the name (markUnitSets), and whether the name
 * carries initials at all. The walks ask all three of every posting they read; kept in three arrays
 * (an admission stamp, the unit marks and the initials count) they cost three random reads per
 * posting on a large list, where one word costs one. A word whose stamp is not the current call's
 * reads as not admitted and reached by no unit, so nothing is cleared per call (the stamps only,
 * once every two million calls); HAS_INITIALS survives every call.
 *
 * The hot loops (index.ts) read `words` and `stampBits` directly with the masks above; the methods
 * here say what those reads mean.
 */
export class NameMarks {
  readonly words: Int32Array;
  /** The current call's stamp, shifted into place (compare with `word & STAMP_MASK`). */
  stampBits = 0;
  private stamp = 0;

  /** `initials[id]`: how many initials name `id` carries. */
  constructor(initials: Uint8Array) {
    this.words = new Int32Array(initials.length);
    for (let id = 0; id < initials.length; id++) if ((initials[id] as number) > 0) this.words[id] = HAS_INITIALS;
  }

  /** Starts a call: every name reads as not admitted and reached by no unit. */
  begin(): void {
    if (++this.stamp >= STAMP_LIMIT) {
      const words = this.words;
      for (let id = 0; id < words.length; id++) words[id] = (words[id] as number) & HAS_INITIALS;
      this.stamp = 1;
    }
    this.stampBits = this.stamp << STAMP_SHIFT;
  }

  /**
   * Adds `bit` to the unit set of every name carrying one of the entries `vocab` (`postings`: the
   * names by entry). One call per unit, its loops written out, rather than markAll per entry: on the
   * UN bench mix a call marks ~232 postings spread over most of its ~59 entries, and the method call
   * per entry (not inlined into index.ts markUnitSets, in the profiles) cost a share comparable to
   * the marks. (The same loops behind a shared helper read 1.02x instead of 1.08x: not inlined either.)
   */
  markEntries(vocab: Int32Array, postings: readonly Int32Array[], bit: number): void {
    const words = this.words;
    const current = this.stampBits;
    for (let k = 0; k < vocab.length; k++) {
      const ids = postings[vocab[k] as number] as Int32Array;
      for (let p = 0; p < ids.length; p++) {
        const id = ids[p] as number;
        const w = words[id] as number;
        words[id] = ((w & STAMP_MASK) === current ? w : current | (w & HAS_INITIALS)) | bit;
      }
    }
  }

  /** Adds `bit` to the unit set of every name of `ids`. */
  markAll(ids: Int32Array, bit: number): void {
    const words = this.words;
    const current = this.stampBits;
    for (let p = 0; p < ids.length; p++) {
      const id = ids[p] as number;
      const w = words[id] as number;
      words[id] = ((w & STAMP_MASK) === current ? w : current | (w & HAS_INITIALS)) | bit;
    }
  }

  /** Marks name `id` admitted in this call (its unit bits are kept). */
  admit(id: number): void {
    const w = this.words[id] as number;
    const current = this.stampBits;
    this.words[id] = ((w & STAMP_MASK) === current ? w : current | (w & HAS_INITIALS)) | ADMITTED;
  }

  /** Whether name `id` has been admitted in this call. */
  admitted(id: number): boolean {
    return ((this.words[id] as number) & ADMITTED_MASK) === (this.stampBits | ADMITTED);
  }

  /** The unit set of name `id` in this call. */
  of(id: number): number {
    const w = this.words[id] as number;
    return (w & STAMP_MASK) === this.stampBits ? w & UNIT_BITS : 0;
  }

  /** Whether name `id` carries an initial. */
  hasInitials(id: number): boolean {
    return ((this.words[id] as number) & HAS_INITIALS) !== 0;
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

  private bound(set: number): number {
    const plan = this.plan as RetrievalPlan;
    let credit = 0;
    let cover = 0;
    for (let j = 0; j < plan.units.length; j++) {
      if ((set & unitBit(j)) === 0) continue;
      const u = plan.units[j] as Unit;
      const split = plan.splitCredit[u.position] as number;
      credit += split > u.maxCredit ? split : u.maxCredit;
      cover += u.weight;
    }
    return planBound(plan, credit + 2 * this.slack, plan.total - cover, 0);
  }
}
