/**
 * Case-management settings with their defaults, in one place. Callers pass a policy (from the
 * organisation's versioned configuration); nothing here reads the environment.
 */
export interface CasePolicy {
  /** How long a false-positive decision suppresses re-alerting, when the maker does not say. */
  allowListDays: number;
  /** The longest a maker may ask for: a decision should be looked at again within this time. */
  maxAllowListDays: number;
  /**
   * Lists whose true matches oblige a freeze and so produce a freeze record. UN Security Council
   * listings are binding asset freezes (resolutions 1267/1989/2253, 2199); other lists' true matches are
   * handled by the organisation's own procedure.
   */
  freezeSources: readonly string[];
}

export const DEFAULT_CASE_POLICY: CasePolicy = {
  allowListDays: 365,
  maxAllowListDays: 730,
  freezeSources: ['un'],
};
