import type { CasePolicy } from './policy.js';

/**
 * Freeze records: when one is due, and the timeline it proves. Pure.
 *
 * FATF expects a UN listing to be acted on "without delay", within hours. The record therefore keeps
 * every moment from the listing to the freeze, and the timeline gives the delay of each step, so a
 * supervisor (or an examiner) sees at once where time was spent.
 */
export function requiresFreeze(listSource: string, policy: CasePolicy): boolean {
  return policy.freezeSources.includes(listSource);
}

export interface FreezeMoments {
  /** The publisher's listing date, "YYYY-MM-DD" (a day, no time), when the list gives one. */
  listedOn: string | null;
  listVersionArrivedAt: Date;
  alertAt: Date;
  decidedAt: Date;
  approvedAt: Date;
  frozenAt: Date;
}

export interface FreezeTimeline {
  /** Milliseconds from the list version's arrival here to the alert (screening delay). */
  arrivalToAlertMs: number;
  /** From the alert to the maker's decision (review delay). */
  alertToDecisionMs: number;
  /** From the maker's decision to the checker's approval (four-eyes delay). */
  decisionToApprovalMs: number;
  /** From approval to the freeze. */
  approvalToFreezeMs: number;
  /** The figure that matters: from the list version's arrival to the freeze. */
  arrivalToFreezeMs: number;
  /** Whole days from the listing date to the freeze, when the listing date is known. */
  listingToFreezeDays: number | null;
}

export function freezeTimeline(m: FreezeMoments): FreezeTimeline {
  const listed = m.listedOn && /^\d{4}-\d{2}-\d{2}$/.test(m.listedOn) ? Date.parse(`${m.listedOn}T00:00:00Z`) : Number.NaN;
  return {
    arrivalToAlertMs: m.alertAt.getTime() - m.listVersionArrivedAt.getTime(),
    alertToDecisionMs: m.decidedAt.getTime() - m.alertAt.getTime(),
    decisionToApprovalMs: m.approvedAt.getTime() - m.decidedAt.getTime(),
    approvalToFreezeMs: m.frozenAt.getTime() - m.approvedAt.getTime(),
    arrivalToFreezeMs: m.frozenAt.getTime() - m.listVersionArrivedAt.getTime(),
    listingToFreezeDays: Number.isNaN(listed) ? null : Math.floor((m.frozenAt.getTime() - listed) / 86_400_000),
  };
}
