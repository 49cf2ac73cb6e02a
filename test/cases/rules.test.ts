import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowListExpiry, evaluateAllowList, type AllowListEntryFacts } from '../../src/cases/allow-list-rules.js';
import { checkProposal, checkReview, checkWithdrawal, closingState } from '../../src/cases/four-eyes.js';
import { freezeTimeline, requiresFreeze } from '../../src/cases/freeze-rules.js';
import { DEFAULT_CASE_POLICY } from '../../src/cases/policy.js';
import { ALERT_STATES, isClosed } from '../../src/cases/states.js';
import { checkDirectTransition, findTransition, TRANSITIONS } from '../../src/cases/transitions.js';

/** The pure rules of alerts, four eyes, the allow-list and freezes: no database. */

describe('alert transitions', () => {
  test('the table names only known states, and every closed state is reached through a decision only', () => {
    for (const t of TRANSITIONS) {
      assert.ok(ALERT_STATES.includes(t.from) && ALERT_STATES.includes(t.to), `${t.from} -> ${t.to}`);
      assert.notEqual(t.from, t.to);
      if (isClosed(t.to)) assert.equal(t.via, 'decision', `${t.from} -> ${t.to} must need four eyes`);
      else assert.equal(t.via, 'direct');
    }
  });

  test('an analyst moves an open alert into review and escalates it', () => {
    assert.deepEqual(checkDirectTransition('open', 'in_review', 'analyst', false), { ok: true });
    assert.deepEqual(checkDirectTransition('in_review', 'escalated', 'analyst', false), { ok: true });
  });

  test('nobody closes an alert directly, not even a supervisor', () => {
    for (const role of ['analyst', 'supervisor', 'admin', 'system'] as const) {
      const v = checkDirectTransition('in_review', 'closed_true_match', role, false);
      assert.equal(v.ok, false);
      assert.equal(!v.ok && v.code, 'invalid-transition');
      assert.match(!v.ok ? v.message : '', /four-eyes/);
    }
  });

  test('a wrong role is refused: only a supervisor de-escalates; auditor and admin move nothing', () => {
    const deEscalate = checkDirectTransition('escalated', 'in_review', 'analyst', false);
    assert.equal(!deEscalate.ok && deEscalate.code, 'forbidden');
    assert.deepEqual(checkDirectTransition('escalated', 'in_review', 'supervisor', false), { ok: true });
    for (const role of ['auditor', 'admin'] as const) {
      const v = checkDirectTransition('open', 'in_review', role, false);
      assert.equal(!v.ok && v.code, 'forbidden', role);
    }
  });

  test('transitions not in the table are refused', () => {
    const v = checkDirectTransition('open', 'open', 'supervisor', false);
    assert.equal(!v.ok && v.code, 'invalid-transition');
    assert.equal(findTransition('closed_true_match', 'closed_false_positive'), undefined);
    assert.equal(findTransition('open', 'closed_false_positive'), undefined, 'an alert is reviewed before it is closed');
  });

  test('the system may send alerts to review but not escalate or hand back', () => {
    assert.deepEqual(checkDirectTransition('open', 'in_review', 'system', false), { ok: true });
    assert.deepEqual(checkDirectTransition('closed_true_match', 'in_review', 'system', false), { ok: true });
    assert.equal(checkDirectTransition('open', 'escalated', 'system', false).ok, false);
  });

  test('a pending decision freezes the alert\'s state', () => {
    const v = checkDirectTransition('in_review', 'escalated', 'analyst', true);
    assert.equal(!v.ok && v.code, 'conflict');
  });
});

describe('four eyes', () => {
  const pending = { status: 'pending' as const, makerUserId: 1, fromState: 'in_review' as const };

  test('an analyst proposes; a proposal needs a note and a reviewable state', () => {
    const base = { maker: { role: 'analyst' as const }, kind: 'true_match' as const, alertState: 'in_review' as const, hasPendingDecision: false, note: 'DOB and passport match' };
    assert.deepEqual(checkProposal(base, DEFAULT_CASE_POLICY), { ok: true });
    const noNote = checkProposal({ ...base, note: '  ' }, DEFAULT_CASE_POLICY);
    assert.equal(!noNote.ok && noNote.code, 'invalid');
    const fromOpen = checkProposal({ ...base, alertState: 'open' }, DEFAULT_CASE_POLICY);
    assert.equal(!fromOpen.ok && fromOpen.code, 'invalid-transition');
    const twice = checkProposal({ ...base, hasPendingDecision: true }, DEFAULT_CASE_POLICY);
    assert.equal(!twice.ok && twice.code, 'conflict');
    const auditor = checkProposal({ ...base, maker: { role: 'auditor' } }, DEFAULT_CASE_POLICY);
    assert.equal(!auditor.ok && auditor.code, 'forbidden');
  });

  test('allow-list days apply to false positives only and stay within the policy', () => {
    const fp = { maker: { role: 'analyst' as const }, kind: 'false_positive' as const, alertState: 'escalated' as const, hasPendingDecision: false, note: 'different DOB' };
    assert.deepEqual(checkProposal({ ...fp, allowListDays: 90 }, DEFAULT_CASE_POLICY), { ok: true });
    for (const days of [0, -1, 1.5, DEFAULT_CASE_POLICY.maxAllowListDays + 1]) {
      assert.equal(checkProposal({ ...fp, allowListDays: days }, DEFAULT_CASE_POLICY).ok, false, String(days));
    }
    assert.equal(checkProposal({ ...fp, kind: 'true_match', allowListDays: 30 }, DEFAULT_CASE_POLICY).ok, false);
  });

  test('the maker cannot approve their own decision, whatever their role', () => {
    const v = checkReview({ checker: { userId: 1, role: 'supervisor' }, decision: pending, alertState: 'in_review' });
    assert.equal(!v.ok && v.code, 'four-eyes');
  });

  test('a second person with the wrong role cannot approve', () => {
    for (const role of ['analyst', 'admin', 'auditor'] as const) {
      const v = checkReview({ checker: { userId: 2, role }, decision: pending, alertState: 'in_review' });
      assert.equal(!v.ok && v.code, 'forbidden', role);
    }
  });

  test('a second person who is a supervisor approves', () => {
    assert.deepEqual(checkReview({ checker: { userId: 2, role: 'supervisor' }, decision: pending, alertState: 'in_review' }), { ok: true });
  });

  test('a decided or stale decision cannot be reviewed', () => {
    const done = checkReview({ checker: { userId: 2, role: 'supervisor' }, decision: { ...pending, status: 'approved' }, alertState: 'in_review' });
    assert.equal(!done.ok && done.code, 'conflict');
    const moved = checkReview({ checker: { userId: 2, role: 'supervisor' }, decision: pending, alertState: 'escalated' });
    assert.equal(!moved.ok && moved.code, 'conflict');
  });

  test('only the maker withdraws', () => {
    assert.deepEqual(checkWithdrawal({ userId: 1 }, pending), { ok: true });
    assert.equal(checkWithdrawal({ userId: 2 }, pending).ok, false);
  });

  test('decision kinds close into their states', () => {
    assert.equal(closingState('true_match'), 'closed_true_match');
    assert.equal(closingState('false_positive'), 'closed_false_positive');
  });
});

describe('allow-list', () => {
  const now = new Date('2026-02-01T12:00:00Z');
  const entry: AllowListEntryFacts = {
    id: 9,
    listedRecordHash: 'lr1:aaa',
    partyDataHash: 'pd1:bbb',
    expiresAt: new Date('2026-08-01T00:00:00Z'),
    revokedAt: null,
  };
  const same = { listedRecordHash: 'lr1:aaa', partyDataHash: 'pd1:bbb' };

  test('a valid entry for unchanged records suppresses', () => {
    assert.deepEqual(evaluateAllowList(entry, same, now), { suppressed: true, entryId: 9 });
  });

  test('no entry, an expired entry, a revoked entry do not', () => {
    assert.deepEqual(evaluateAllowList(undefined, same, now), { suppressed: false, reason: 'no-entry' });
    assert.equal(evaluateAllowList(entry, same, new Date('2026-08-01T00:00:00Z')).suppressed, false, 'expiry is exclusive');
    assert.deepEqual(evaluateAllowList(entry, same, new Date('2026-09-01T00:00:00Z')), { suppressed: false, reason: 'expired', entryId: 9 });
    assert.deepEqual(evaluateAllowList({ ...entry, revokedAt: now }, same, now), { suppressed: false, reason: 'revoked', entryId: 9 });
  });

  test('an amended listed party or changed party data re-alerts', () => {
    assert.deepEqual(evaluateAllowList(entry, { ...same, listedRecordHash: 'lr1:new' }, now), { suppressed: false, reason: 'listed-party-amended', entryId: 9 });
    assert.deepEqual(evaluateAllowList(entry, { ...same, partyDataHash: 'pd1:new' }, now), { suppressed: false, reason: 'party-data-changed', entryId: 9 });
  });

  test('expiry is the approval time plus whole days', () => {
    assert.equal(allowListExpiry(new Date('2026-01-01T10:00:00Z'), 365).toISOString(), '2027-01-01T10:00:00.000Z');
  });
});

describe('freeze', () => {
  test('UN true matches oblige a freeze; other lists follow the organisation\'s procedure', () => {
    assert.equal(requiresFreeze('un', DEFAULT_CASE_POLICY), true);
    assert.equal(requiresFreeze('ofac-sdn', DEFAULT_CASE_POLICY), false);
  });

  test('the timeline gives the delay of each step and the total since the list arrived', () => {
    const t = freezeTimeline({
      listedOn: '2026-01-27',
      listVersionArrivedAt: new Date('2026-01-28T06:00:00Z'),
      alertAt: new Date('2026-01-28T06:05:00Z'),
      decidedAt: new Date('2026-01-28T08:00:00Z'),
      approvedAt: new Date('2026-01-28T09:00:00Z'),
      frozenAt: new Date('2026-01-28T09:00:00Z'),
    });
    assert.deepEqual(t, {
      arrivalToAlertMs: 5 * 60_000,
      alertToDecisionMs: 115 * 60_000,
      decisionToApprovalMs: 3_600_000,
      approvalToFreezeMs: 0,
      arrivalToFreezeMs: 3 * 3_600_000,
      listingToFreezeDays: 1,
    });
    assert.equal(freezeTimeline({ ...{ listVersionArrivedAt: new Date(0), alertAt: new Date(0), decidedAt: new Date(0), approvedAt: new Date(0), frozenAt: new Date(0) }, listedOn: null }).listingToFreezeDays, null);
  });
});
