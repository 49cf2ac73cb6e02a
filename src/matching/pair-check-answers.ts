/**
 * The key checks of merged and split pairings (score.ts cutHalfBits, queryJoinMatches), kept across
 * queries by the query side's form. memo.ts PairCheckMemo answers each (query token, vocabulary
 * entry) question once per query; the next query asked them all again, and on a warm UN pass
 * those first answers (string-set lookups of every cut half or joined key) were about a tenth of
 * the time, while most query token forms come back query after query (names, common tokens).
 *
 * Exact: cutHalfBits(a, b, side) reads the query token only through its folded form (its cuts'
 * keys, score.ts cuts), and queryJoinMatches(q, i, b) the query name only through the joined form
 * of tokens i and i + 1 (joinedAt, whose keys joinedFormKeys derives); both read the listed token
 * only through its keys, which PairCheckMemo asks about only for entries whose tokens all have
 * the same keys (its `cacheable`). So (form, entry) fixes the answer.
 */
import type { PreparedName, PreparedToken } from './prepared.js';
import { cutHalfBits, joinedAt, queryJoinMatches } from './score.js';

/** Answers kept, all forms together; past this the store starts afresh (a bound on its memory). */
const ANSWER_LIMIT = 1_000_000;

export class PairCheckAnswers {
  /** Per query token folded form: cutHalfBits by 2 x entry id + side. */
  private readonly cuts = new Map<string, Map<number, number>>();
  /** Per joined form of two adjacent query tokens: queryJoinMatches by entry id. */
  private readonly joins = new Map<string, Map<number, boolean>>();
  private size = 0;

  /** `limit`: answers kept before the store starts afresh (tests lower it). */
  constructor(private readonly limit = ANSWER_LIMIT) {}

  /** cutHalfBits(a, b, side), for a listed token b whose entry's tokens all have b's keys. */
  cutBits(a: PreparedToken, b: PreparedToken, side: 0 | 1): number {
    const byEntry = this.formMap(this.cuts, a.folded);
    const key = 2 * b.id + side;
    let bits = byEntry.get(key);
    if (bits === undefined) {
      bits = cutHalfBits(a, b, side);
      this.keep(byEntry, key, bits);
    }
    return bits;
  }

  /** queryJoinMatches(q, i, b), for a listed token b whose entry's tokens all have b's keys. */
  joinMatches(q: PreparedName, i: number, b: PreparedToken): boolean {
    const byEntry = this.formMap(this.joins, joinedAt(q, i));
    let yes = byEntry.get(b.id);
    if (yes === undefined) {
      yes = queryJoinMatches(q, i, b);
      this.keep(byEntry, b.id, yes);
    }
    return yes;
  }

  private formMap<V>(forms: Map<string, Map<number, V>>, form: string): Map<number, V> {
    let byEntry = forms.get(form);
    if (byEntry === undefined) {
      byEntry = new Map();
      forms.set(form, byEntry);
    }
    return byEntry;
  }

  private keep<V>(byEntry: Map<number, V>, key: number, value: V): void {
    if (this.size >= this.limit) {
      // byEntry may be one of the maps dropped here: it then holds this one answer, unreferenced.
      this.cuts.clear();
      this.joins.clear();
      this.size = 0;
    }
    byEntry.set(key, value);
    this.size++;
  }
}
