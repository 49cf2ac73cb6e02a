import type { SanctionedParty } from '../lists/model.js';
import { MatchEngine, type Match } from '../matching/engine.js';
import type { Query } from '../matching/query.js';

/**
 * Screening against only the listed parties a new list version added or amended, which is what makes
 * re-screening a million customers after a list update take seconds instead of an hour.
 *
 * Two stages, because a name's token weights depend on how common the token is in the list the engine
 * was built on (src/matching/prepared.ts, tokenWeight): an engine built on 50 parties weighs tokens
 * differently from one built on the whole list, so its scores are not the scores the list in force
 * gives. The alerts must carry the real ones (a replay against the stored list version must show the
 * same score), so:
 *
 *   1. prefilter: the small engine over the target parties, with a floor `margin` below the threshold,
 *      finds the few customers that come anywhere near a target;
 *   2. confirm: only those are screened by the engine of the whole list in force, and the matches on
 *      target parties at or above the threshold are the result.
 *
 * The margin absorbs the weight difference; the benchmark (bench/rescreen.bench.ts) checks the
 * prefilter against the full engine on a sample and reports any hit it would have missed.
 */
export interface DiffScreenerOptions {
  threshold: number;
  /** How far below the threshold the prefilter looks. */
  margin?: number;
}

export const DEFAULT_PREFILTER_MARGIN = 0.2;
/** Most matches a confirmation asks the full engine for: every target party must fit. */
const CONFIRM_LIMIT_FLOOR = 20;

export class DiffScreener {
  readonly prefilter: MatchEngine | undefined;
  private readonly targetIds: Set<string>;
  private readonly floor: number;
  private readonly confirmLimit: number;
  /** Customers that passed the prefilter (for the report: how much confirmation work there was). */
  candidates = 0;

  constructor(
    private readonly full: MatchEngine,
    targets: readonly SanctionedParty[],
    private readonly options: DiffScreenerOptions,
  ) {
    this.targetIds = new Set(targets.map((p) => p.id));
    this.prefilter = targets.length > 0 ? MatchEngine.build([...targets], { listVersions: full.listVersions }) : undefined;
    this.floor = Math.max(0.05, options.threshold - (options.margin ?? DEFAULT_PREFILTER_MARGIN));
    this.confirmLimit = Math.max(CONFIRM_LIMIT_FLOOR, targets.length);
  }

  get targets(): number {
    return this.targetIds.size;
  }

  /** The matches of `query` on target parties, scored by the full engine; [] for nearly everyone. */
  screen(query: Query): Match[] {
    if (!this.prefilter) return [];
    // Only whether anything comes near matters here: reaches() stops at the first such party.
    if (!this.prefilter.reaches(query, this.floor)) return [];
    this.candidates += 1;
    return this.full
      .screen(query, { threshold: this.options.threshold, limit: this.confirmLimit })
      .filter((m) => m.match && this.targetIds.has(m.entityId));
  }
}
