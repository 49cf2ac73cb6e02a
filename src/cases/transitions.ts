import type { Role } from '../auth/roles.js';
import { ALLOWED, refuse, type Verdict } from './errors.js';
import type { AlertState } from './states.js';

/**
 * Every allowed move of an alert, in one table.
 *
 * `direct` moves are made by one person (or the system) with one of the listed roles. `decision` moves
 * close an alert and happen only when a four-eyes decision is approved (decisions-repo.ts); nobody can
 * make them directly, whatever their role.
 *
 * Reopening a closed alert goes to review, never back to open-and-forgotten: a true match reopened
 * (say, the listed party was removed from the list) is a question for a person, and its freeze is not
 * lifted by this system.
 */
export interface TransitionRule {
  from: AlertState;
  to: AlertState;
  via: 'direct' | 'decision';
  /** For direct moves: who may make them. */
  by: readonly (Role | 'system')[];
  why: string;
}

export const TRANSITIONS: readonly TransitionRule[] = [
  { from: 'open', to: 'in_review', via: 'direct', by: ['analyst', 'supervisor', 'system'], why: 'someone starts working on it (or the list changed under it)' },
  { from: 'open', to: 'escalated', via: 'direct', by: ['analyst', 'supervisor'], why: 'needs a senior look straight away' },
  { from: 'in_review', to: 'open', via: 'direct', by: ['analyst', 'supervisor'], why: 'handed back to the queue' },
  { from: 'in_review', to: 'escalated', via: 'direct', by: ['analyst', 'supervisor'], why: 'needs a senior look' },
  { from: 'escalated', to: 'in_review', via: 'direct', by: ['supervisor'], why: 'a supervisor hands it back' },
  { from: 'in_review', to: 'closed_true_match', via: 'decision', by: [], why: 'four-eyes decision: true match' },
  { from: 'in_review', to: 'closed_false_positive', via: 'decision', by: [], why: 'four-eyes decision: false positive' },
  { from: 'escalated', to: 'closed_true_match', via: 'decision', by: [], why: 'four-eyes decision: true match' },
  { from: 'escalated', to: 'closed_false_positive', via: 'decision', by: [], why: 'four-eyes decision: false positive' },
  { from: 'closed_true_match', to: 'in_review', via: 'direct', by: ['supervisor', 'system'], why: 'reopened for review' },
  { from: 'closed_false_positive', to: 'in_review', via: 'direct', by: ['supervisor', 'system'], why: 'reopened for review' },
];

export function findTransition(from: AlertState, to: AlertState): TransitionRule | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** May `role` move an alert from `from` to `to` by itself (not through a decision)? */
export function checkDirectTransition(from: AlertState, to: AlertState, role: Role | 'system', pendingDecision: boolean): Verdict {
  const rule = findTransition(from, to);
  if (!rule) return refuse('invalid-transition', `an alert cannot go from ${from} to ${to}`);
  if (rule.via === 'decision') {
    return refuse('invalid-transition', `closing an alert as ${to} needs a four-eyes decision: propose it, and a second person approves`);
  }
  if (!rule.by.includes(role)) return refuse('forbidden', `${role} may not move an alert from ${from} to ${to} (allowed: ${rule.by.join(', ')})`);
  // A pending decision was proposed against the current state; moving the alert underneath it would
  // let the checker approve something other than what the maker saw.
  if (pendingDecision) return refuse('conflict', 'a decision on this alert is pending: approve, reject or withdraw it first');
  return ALLOWED;
}
