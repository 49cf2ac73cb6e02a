/**
 * A four-eyes decision as both kinds of alert carry it: name alerts (`/decisions`) and rule-pack
 * alerts (`/rule-alert-decisions`) share the maker/checker steps and differ only in what follows an
 * approval (allow-list and freeze for a name alert, nothing for a rule alert).
 */
export interface DecisionView {
  id: number;
  kind: 'true_match' | 'false_positive';
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  makerUserId: number;
  /** Name decisions always carry usernames; a rule decision may not (then the user id is shown). */
  makerUsername?: string;
  madeAt: string;
  makerNote: string;
  checkerUserId: number | null;
  checkerUsername?: string | null;
  checkedAt: string | null;
  checkerNote: string | null;
  /** Name alerts only: how long a false positive stays on the allow-list once approved. */
  allowListDays?: number | null;
}

export type DecisionKind = DecisionView['kind'];

export const DECISION_KINDS: readonly DecisionKind[] = ['true_match', 'false_positive'];

export const DECISION_KIND_LABEL: Record<DecisionKind, string> = { true_match: 'True match', false_positive: 'False positive' };

export function makerOf(d: DecisionView): string {
  return d.makerUsername ?? `user ${d.makerUserId}`;
}

export function checkerOf(d: DecisionView): string {
  return d.checkerUsername ?? `user ${d.checkerUserId}`;
}

/** The date an allow-list entry made today for `days` would end (YYYY-MM-DD). */
export function allowListExpiry(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
