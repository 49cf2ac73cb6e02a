import { can } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { ALLOWED, refuse, type Verdict } from './errors.js';
import type { CasePolicy } from './policy.js';
import type { AlertState, DecisionKind, DecisionStatus } from './states.js';
import { findTransition } from './transitions.js';

/**
 * The four-eyes rules, as pure functions: a maker proposes closing an alert; a different person with
 * the checker's permission approves or rejects. The maker can withdraw their own proposal but never
 * approve it, whatever role their key has.
 */
export function closingState(kind: DecisionKind): AlertState {
  return kind === 'true_match' ? 'closed_true_match' : 'closed_false_positive';
}

export interface ProposalFacts {
  maker: Pick<Principal, 'role'>;
  kind: DecisionKind;
  alertState: AlertState;
  hasPendingDecision: boolean;
  /** For a false positive: requested allow-list duration. */
  allowListDays?: number | undefined;
  note: string;
}

export function checkProposal(f: ProposalFacts, policy: CasePolicy): Verdict {
  if (!can(f.maker.role, 'decisions:propose')) return refuse('forbidden', `role ${f.maker.role} may not propose decisions`);
  const rule = findTransition(f.alertState, closingState(f.kind));
  if (!rule || rule.via !== 'decision') {
    return refuse('invalid-transition', `an alert in state ${f.alertState} cannot be closed as ${f.kind}; it must be in review or escalated`);
  }
  if (f.hasPendingDecision) return refuse('conflict', 'a decision on this alert is already pending');
  if (f.note.trim() === '') return refuse('invalid', 'a decision needs a note saying why');
  if (f.kind === 'true_match' && f.allowListDays !== undefined) return refuse('invalid', 'an allow-list duration only applies to a false positive');
  if (f.allowListDays !== undefined) {
    if (!Number.isInteger(f.allowListDays) || f.allowListDays < 1 || f.allowListDays > policy.maxAllowListDays) {
      return refuse('invalid', `allow-list duration must be a whole number of days from 1 to ${policy.maxAllowListDays}`);
    }
  }
  return ALLOWED;
}

export interface ReviewFacts {
  checker: Pick<Principal, 'userId' | 'role'>;
  decision: { status: DecisionStatus; makerUserId: number; fromState: AlertState };
  alertState: AlertState;
}

/** May `checker` approve (or reject) this decision? The same rule for both: rejecting is deciding too. */
export function checkReview(f: ReviewFacts): Verdict {
  if (f.decision.status !== 'pending') return refuse('conflict', `the decision is ${f.decision.status}, not pending`);
  if (f.checker.userId === f.decision.makerUserId) {
    return refuse('four-eyes', 'four eyes: the person who proposed a decision cannot approve or reject it; a second person must');
  }
  if (!can(f.checker.role, 'decisions:approve')) return refuse('forbidden', `role ${f.checker.role} may not approve or reject decisions`);
  if (f.alertState !== f.decision.fromState) {
    return refuse('conflict', `the alert moved from ${f.decision.fromState} to ${f.alertState} since the decision was proposed`);
  }
  return ALLOWED;
}

export function checkWithdrawal(actor: Pick<Principal, 'userId'>, decision: { status: DecisionStatus; makerUserId: number }): Verdict {
  if (decision.status !== 'pending') return refuse('conflict', `the decision is ${decision.status}, not pending`);
  if (actor.userId !== decision.makerUserId) return refuse('forbidden', 'only the maker can withdraw a proposal; others approve or reject it');
  return ALLOWED;
}
