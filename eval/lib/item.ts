/**
 * The shape of one labelled evaluation item, as stored one per line in eval/data/*.jsonl.
 *
 * `query` uses the FollowTheMoney-style property names of `interdict screen` input lines, so any
 * item can be fed to the CLI unchanged. `expected` holds the UN reference numbers a correct engine
 * must return ([] for a clean negative). `list` says which list version to screen against and,
 * for the cross-script and leave-one-out sets, which names to withhold from the index first, so that
 * the query's own text is never in the index it is screened against.
 */

export type EvalScript = 'arabic' | 'cyrillic' | 'latin';
export type EvalKind = 'person' | 'organization';

export interface EvalQuery {
  schema: 'Person' | 'Organization' | 'Company' | 'LegalEntity' | 'Vessel' | 'Aircraft';
  name: string;
  birthDate?: string | string[];
  nationality?: string | string[];
  country?: string | string[];
  gender?: string;
  passportNumber?: string | string[];
  idNumber?: string | string[];
}

/** Names of one listed party to drop before indexing (matched on the exact `full` text). */
export interface Withhold {
  ref: string;
  names: string[];
}

export interface ListSpec {
  /** "un-2026-01-28", "un-2018-06-07", ... resolved by eval/lib/paths.ts unListPath(). */
  version: string;
  /**
   * Items that share (version, variant) are screened against one engine built on the list with the
   * union of their withholdings removed. Every variant other than "full" is designed so that an item's
   * own withholding is the only one touching its expected party (see eval/build/un-own-names.ts).
   */
  variant: string;
  withhold?: Withhold[];
}

export interface EvalItem {
  id: string;
  query: EvalQuery;
  expected: string[];
  set: string;
  script: EvalScript;
  kind: EvalKind;
  list: ListSpec;
  /** un-latin-to-script only: the script of the names the expected record keeps in the index. */
  targetScript?: EvalScript;
  note: string;
}

export const FULL_UN_2026: ListSpec = { version: 'un-2026-01-28', variant: 'full' };
