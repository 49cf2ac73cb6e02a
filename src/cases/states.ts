/**
 * Alert states and the transitions between them, as data: one table that the rules, the database
 * check constraint and the documentation all read.
 */
export const ALERT_STATES = ['open', 'in_review', 'escalated', 'closed_true_match', 'closed_false_positive'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const CLOSED_STATES: readonly AlertState[] = ['closed_true_match', 'closed_false_positive'];

export function isClosed(state: AlertState): boolean {
  return CLOSED_STATES.includes(state);
}

export function isAlertState(value: string): value is AlertState {
  return (ALERT_STATES as readonly string[]).includes(value);
}

/** What a decision concludes. Both need a second person (four eyes). */
export const DECISION_KINDS = ['true_match', 'false_positive'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const DECISION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const CASE_STATES = ['open', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];
