import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Principal } from '../../src/auth/principal.js';
import { ForbiddenError } from '../../src/auth/permissions.js';
import { userActor } from '../../src/cases/actor.js';
import { getAlert, listAlerts, raiseAlert, raiseAlerts, sendAlertsToReview, transitionAlert, type AlertRow } from '../../src/cases/alerts-repo.js';
import { listAllowList, revokeAllowListEntry } from '../../src/cases/allow-list-repo.js';
import { verifyAuditChain } from '../../src/cases/audit-verify.js';
import { closeCase, getCase, openCase } from '../../src/cases/cases-repo.js';
import { approveDecision, proposeDecision, rejectDecision, withdrawDecision } from '../../src/cases/decisions-repo.js';
import { listFreezeRecords } from '../../src/cases/freeze-repo.js';
import type { Db } from '../../src/store/database.js';
import { upsertParty } from '../../src/store/parties-repo.js';
import { queryRows } from '../../src/store/rows.js';
import { auditLog } from '../../src/store/schema/index.js';
import { failsWith, rawSql, testBackends, type TestDatabase } from '../store/backends.js';
import { customer, hit, LIST_ARRIVED, minutesAfter, person, refusedWith } from './fixtures.js';

/**
 * Alerts, four-eyes decisions, the allow-list and freeze records, end to end through the repository
 * functions, on each backend. One database per backend; each test uses its own parties so tests do not
 * depend on one another's alerts.
 */

async function actionsFor(db: Db, subjectType: string, subjectId: number): Promise<string[]> {
  const rows = await db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, subjectType), eq(auditLog.subjectId, String(subjectId))))
    .orderBy(asc(auditLog.seq));
  return rows.map((r) => r.action);
}

async function raised(alert: Awaited<ReturnType<typeof raiseAlert>>): Promise<AlertRow> {
  assert.equal(alert.outcome, 'raised');
  return alert.outcome === 'raised' ? alert.alert : (undefined as never);
}

for (const backend of await testBackends()) {
  describe(`alerts, decisions, allow-list and freezes on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    let db: Db;
    let alice: Principal; // analyst: the usual maker
    let frank: Principal; // another analyst
    let bob: Principal; // supervisor: the usual checker
    let carol: Principal; // another supervisor
    let dave: Principal; // auditor
    let erin: Principal; // admin

    before(async () => {
      t = await backend.open();
      db = t.db;
      alice = await person(db, 'alice', 'analyst');
      frank = await person(db, 'frank', 'analyst');
      bob = await person(db, 'bob', 'supervisor');
      carol = await person(db, 'carol', 'supervisor');
      dave = await person(db, 'dave', 'auditor');
      erin = await person(db, 'erin', 'admin');
    });
    after(async () => {
      await t?.dispose();
    });

    /** Raise an alert and take it into review, ready for a decision. */
    async function inReview(name: string, ref: string, overrides: Parameters<typeof hit>[2] = {}, at = minutesAfter(LIST_ARRIVED, 5)) {
      const party = await customer(db, name);
      const alert = await raised(await raiseAlert(db, hit(party, ref, overrides), { now: at }));
      await transitionAlert(db, { alertId: alert.id, to: 'in_review' }, userActor(alice), minutesAfter(at, 1));
      return { party, alert };
    }

    test('a hit raises one open alert with everything needed to replay it; the same pair again finds it', async () => {
      const party = await customer(db, 'Ahmad Example');
      const first = await raiseAlert(db, hit(party, 'QDi.100'));
      const alert = await raised(first);
      assert.equal(alert.state, 'open');
      assert.equal(alert.algorithmVersion, 'match-1.0.0');
      assert.equal(alert.threshold, 0.8);
      assert.equal(alert.listVersionHash, 'c0ffee'.padEnd(64, '0'));
      assert.deepEqual(alert.explanation, { name: { score: 0.95, matched: 'ABU EXAMPLE' }, birthDate: { score: 1 } });
      const again = await raiseAlert(db, hit(party, 'QDi.100', { score: 0.99 }));
      assert.equal(again.outcome, 'existing');
      assert.equal(again.outcome === 'existing' && again.alert.id, alert.id);
      assert.deepEqual(await actionsFor(db, 'alert', alert.id), ['alert.raise']);
    });

    test('a batch of hits is raised in one transaction, each with its own outcome', async () => {
      const party = await customer(db, 'Batch Example');
      const outcomes = await raiseAlerts(db, [hit(party, 'QDi.110'), hit(party, 'QDi.111'), hit(party, 'QDi.110')]);
      assert.deepEqual(outcomes.map((o) => o.outcome), ['raised', 'raised', 'existing']);
      await assert.rejects(raiseAlerts(db, [hit(party, 'QDi.112'), { ...hit(party, 'QDi.113'), score: Number.NaN }]), refusedWith('invalid'));
      // A failure half-way (an unknown party breaks a foreign key) undoes the alerts raised before it.
      await assert.rejects(raiseAlerts(db, [hit(party, 'QDi.112'), { ...hit(party, 'QDi.113'), partyId: 999_999 }]), failsWith(/foreign key/));
      assert.equal((await listAlerts(db, { partyId: party.id })).length, 2, 'a failed batch raises nothing');
    });

    test('the same pair raised concurrently gives exactly one alert', async () => {
      const party = await customer(db, 'Concurrent Example');
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => raiseAlert(db, hit(party, 'QDi.101'))));
      assert.equal(outcomes.filter((o) => o.outcome === 'raised').length, 1);
      assert.equal(outcomes.filter((o) => o.outcome === 'existing').length, 5);
      assert.equal((await listAlerts(db, { partyId: party.id })).length, 1);
    });

    test('working states: analysts move alerts, auditors and admins cannot, nobody closes directly', async () => {
      const party = await customer(db, 'Working Example');
      const alert = await raised(await raiseAlert(db, hit(party, 'QDi.102')));
      await assert.rejects(transitionAlert(db, { alertId: alert.id, to: 'in_review' }, userActor(dave)), refusedWith('forbidden'));
      await assert.rejects(transitionAlert(db, { alertId: alert.id, to: 'in_review' }, userActor(erin)), refusedWith('forbidden'));
      const moved = await transitionAlert(db, { alertId: alert.id, to: 'escalated', reason: 'possible DOB match' }, userActor(alice));
      assert.equal(moved.state, 'escalated');
      assert.equal(moved.stateReason, 'possible DOB match');
      await assert.rejects(transitionAlert(db, { alertId: alert.id, to: 'in_review' }, userActor(alice)), refusedWith('forbidden'), 'only a supervisor de-escalates');
      await assert.rejects(transitionAlert(db, { alertId: alert.id, to: 'closed_false_positive' }, userActor(bob)), refusedWith('invalid-transition', /four-eyes/));
      await assert.rejects(transitionAlert(db, { alertId: 999_999, to: 'in_review' }, userActor(alice)), refusedWith('not-found'));
      assert.deepEqual(await actionsFor(db, 'alert', alert.id), ['alert.raise', 'alert.transition']);
    });

    test('true match on the UN list: the maker cannot approve themself, a wrong role cannot, a second supervisor does; a freeze record keeps the timeline', async () => {
      const { party, alert } = await inReview('True Match Example', 'QDi.200');
      const proposedAt = minutesAfter(LIST_ARRIVED, 60);
      const decision = await proposeDecision(db, { alertId: alert.id, kind: 'true_match', note: 'name, DOB and passport match' }, alice, { now: proposedAt });
      assert.equal(decision.status, 'pending');
      assert.equal((await getAlert(db, alert.id))?.state, 'in_review', 'nothing closes before the second person');

      await assert.rejects(approveDecision(db, { decisionId: decision.id }, alice), refusedWith('four-eyes'));
      // Even with a supervisor key, the maker is the same person.
      await assert.rejects(approveDecision(db, { decisionId: decision.id }, { ...alice, role: 'supervisor' }), refusedWith('four-eyes'));
      await assert.rejects(approveDecision(db, { decisionId: decision.id }, frank), refusedWith('forbidden'));
      await assert.rejects(approveDecision(db, { decisionId: decision.id }, dave), refusedWith('forbidden'));
      await assert.rejects(approveDecision(db, { decisionId: decision.id }, erin), refusedWith('forbidden'));

      const approvedAt = minutesAfter(LIST_ARRIVED, 90);
      const result = await approveDecision(db, { decisionId: decision.id, note: 'confirmed' }, bob, { now: approvedAt });
      assert.equal(result.alert.state, 'closed_true_match');
      assert.equal(result.decision.checkerUserId, bob.userId);
      assert.ok(result.freezeRecord, 'a UN true match produces a freeze record');
      const freeze = result.freezeRecord!;
      assert.equal(freeze.partyId, party.id);
      assert.equal(freeze.listedPartyRef, 'QDi.200');
      assert.equal(freeze.listedOn, '2015-09-23');
      assert.equal(freeze.listVersionArrivedAt.toISOString(), LIST_ARRIVED.toISOString());
      assert.equal(freeze.alertAt.toISOString(), minutesAfter(LIST_ARRIVED, 5).toISOString());
      assert.equal(freeze.decidedAt.toISOString(), proposedAt.toISOString());
      assert.equal(freeze.approvedAt.toISOString(), approvedAt.toISOString());
      assert.equal(freeze.frozenAt.toISOString(), approvedAt.toISOString());
      const [listed] = await listFreezeRecords(db, { partyId: party.id });
      assert.equal(listed?.timeline.arrivalToFreezeMs, 90 * 60_000);
      assert.equal(listed?.timeline.alertToDecisionMs, 55 * 60_000);

      await assert.rejects(approveDecision(db, { decisionId: decision.id }, carol), refusedWith('conflict'), 'approved once only');
      assert.deepEqual(await actionsFor(db, 'decision', decision.id), ['decision.propose', 'decision.approve']);
      assert.deepEqual(await actionsFor(db, 'freeze_record', freeze.id), ['freeze.create']);
      assert.deepEqual(await actionsFor(db, 'alert', alert.id), ['alert.raise', 'alert.transition', 'alert.transition']);
    });

    test('the database itself refuses a checker equal to the maker', async () => {
      const { alert } = await inReview('Constraint Example', 'QDi.201');
      const decision = await proposeDecision(db, { alertId: alert.id, kind: 'true_match', note: 'match' }, alice);
      await assert.rejects(rawSql(t, `update decisions set checker_user_id = maker_user_id where id = ${decision.id}`), failsWith(/decisions_four_eyes/));
    });

    test('a true match on a list without a freeze obligation closes without a freeze record', async () => {
      const { party, alert } = await inReview('Other List Example', 'OFAC-1', { listSource: 'ofac-sdn' });
      const decision = await proposeDecision(db, { alertId: alert.id, kind: 'true_match', note: 'match' }, alice);
      const result = await approveDecision(db, { decisionId: decision.id }, bob);
      assert.equal(result.alert.state, 'closed_true_match');
      assert.equal(result.freezeRecord, undefined);
      assert.deepEqual(await listFreezeRecords(db, { partyId: party.id }), []);
    });

    test('a rejected proposal leaves the alert as it was; the maker may withdraw, nobody else', async () => {
      const { alert } = await inReview('Rejected Example', 'QDi.202');
      const first = await proposeDecision(db, { alertId: alert.id, kind: 'false_positive', note: 'different person' }, alice);
      await assert.rejects(proposeDecision(db, { alertId: alert.id, kind: 'true_match', note: 'x' }, frank), refusedWith('conflict'), 'one pending decision per alert');
      await assert.rejects(transitionAlert(db, { alertId: alert.id, to: 'escalated' }, userActor(frank)), refusedWith('conflict'), 'state frozen while pending');
      await assert.rejects(rejectDecision(db, { decisionId: first.id, note: 'no' }, alice), refusedWith('four-eyes'));
      await assert.rejects(rejectDecision(db, { decisionId: first.id, note: ' ' }, bob), refusedWith('invalid'));
      const rejected = await rejectDecision(db, { decisionId: first.id, note: 'the DOB matches; look again' }, bob);
      assert.equal(rejected.status, 'rejected');
      assert.equal((await getAlert(db, alert.id))?.state, 'in_review');
      assert.deepEqual(await listAllowList(db, { partyId: alert.partyId }), [], 'a rejected false positive allows nothing');

      const second = await proposeDecision(db, { alertId: alert.id, kind: 'true_match', note: 'on second look' }, alice);
      await assert.rejects(withdrawDecision(db, second.id, bob), refusedWith('forbidden'));
      assert.equal((await withdrawDecision(db, second.id, alice)).status, 'withdrawn');
      assert.deepEqual(await actionsFor(db, 'decision', first.id), ['decision.propose', 'decision.reject']);
      assert.deepEqual(await actionsFor(db, 'decision', second.id), ['decision.propose', 'decision.withdraw']);
    });

    test('a decided false positive suppresses re-alerting for the pair while both records stay the same', async () => {
      const { party, alert } = await inReview('False Positive Example', 'QDi.300');
      const decision = await proposeDecision(db, { alertId: alert.id, kind: 'false_positive', note: 'different DOB and nationality', allowListDays: 30 }, alice);
      const approvedAt = new Date('2026-02-01T00:00:00Z');
      const result = await approveDecision(db, { decisionId: decision.id }, carol, { now: approvedAt });
      assert.equal(result.alert.state, 'closed_false_positive');
      const entry = result.allowListEntry!;
      assert.equal(entry.expiresAt.toISOString(), '2026-03-03T00:00:00.000Z');
      assert.equal(entry.listedRecordHash, 'lr1:QDi.300-v1');
      assert.equal(entry.partyDataHash, party.dataHash);

      const again = await raiseAlert(db, hit(party, 'QDi.300'), { now: new Date('2026-02-10T00:00:00Z') });
      assert.deepEqual(again, { outcome: 'suppressed', allowListEntryId: entry.id });
      assert.deepEqual(await actionsFor(db, 'party', party.id), ['alert.suppress']);
      assert.equal((await listAlerts(db, { partyId: party.id })).length, 1, 'no new alert');
    });

    test('an amended listed party re-alerts despite the allow-list', async () => {
      const { party, alert } = await inReview('Amended Example', 'QDi.301');
      const d = await proposeDecision(db, { alertId: alert.id, kind: 'false_positive', note: 'different person' }, alice);
      await approveDecision(db, { decisionId: d.id }, bob);
      const amended = await raiseAlert(db, hit(party, 'QDi.301', { listedRecordHash: 'lr1:QDi.301-v2' }));
      assert.equal(amended.outcome, 'raised');
      assert.equal(amended.outcome === 'raised' && amended.allowList.suppressed === false && amended.allowList.reason, 'listed-party-amended');
    });

    test('changed party data re-alerts despite the allow-list', async () => {
      const { party, alert } = await inReview('Changed Example', 'QDi.302');
      const d = await proposeDecision(db, { alertId: alert.id, kind: 'false_positive', note: 'different person' }, alice);
      await approveDecision(db, { decisionId: d.id }, bob);
      const { party: updated, outcome } = await upsertParty(db, { orgId: party.orgId, schema: 'Person', properties: { name: ['Changed Example'], birthDate: ['1971-04-11'] } });
      assert.equal(outcome, 'updated');
      assert.notEqual(updated.dataHash, party.dataHash);
      const again = await raiseAlert(db, hit(updated, 'QDi.302'));
      assert.equal(again.outcome === 'raised' && !again.allowList.suppressed && again.allowList.reason, 'party-data-changed');
    });

    test('an expired allow-list entry no longer suppresses', async () => {
      const { party, alert } = await inReview('Expired Example', 'QDi.303');
      const d = await proposeDecision(db, { alertId: alert.id, kind: 'false_positive', note: 'different person', allowListDays: 10 }, alice);
      await approveDecision(db, { decisionId: d.id }, bob, { now: new Date('2026-01-01T00:00:00Z') });
      const during = await raiseAlert(db, hit(party, 'QDi.303'), { now: new Date('2026-01-10T23:59:59Z') });
      assert.equal(during.outcome, 'suppressed');
      const afterExpiry = await raiseAlert(db, hit(party, 'QDi.303'), { now: new Date('2026-01-11T00:00:00Z') });
      assert.equal(afterExpiry.outcome === 'raised' && !afterExpiry.allowList.suppressed && afterExpiry.allowList.reason, 'expired');
    });

    test('a revoked allow-list entry no longer suppresses; only a supervisor revokes', async () => {
      const { party, alert } = await inReview('Revoked Example', 'QDi.304');
      const d = await proposeDecision(db, { alertId: alert.id, kind: 'false_positive', note: 'different person' }, alice);
      const { allowListEntry } = await approveDecision(db, { decisionId: d.id }, bob);
      await assert.rejects(revokeAllowListEntry(db, { id: allowListEntry!.id, note: 'new information' }, alice), ForbiddenError);
      const revoked = await revokeAllowListEntry(db, { id: allowListEntry!.id, note: 'new adverse media' }, carol);
      assert.equal(revoked.revokedBy, 'user:carol');
      await assert.rejects(revokeAllowListEntry(db, { id: allowListEntry!.id, note: 'again' }, carol), refusedWith('conflict'));
      const again = await raiseAlert(db, hit(party, 'QDi.304'));
      assert.equal(again.outcome === 'raised' && !again.allowList.suppressed && again.allowList.reason, 'revoked');
    });

    test('a listed party removed from the list sends its open and true-match alerts to review, never releasing a freeze', async () => {
      const ref = 'QDi.400';
      const open = await raised(await raiseAlert(db, hit(await customer(db, 'Removed Open'), ref)));
      const tm = await inReview('Removed Match', ref);
      const d = await proposeDecision(db, { alertId: tm.alert.id, kind: 'true_match', note: 'match' }, alice);
      const { freezeRecord } = await approveDecision(db, { decisionId: d.id }, bob);
      const fp = await inReview('Removed FP', ref);
      const d2 = await proposeDecision(db, { alertId: fp.alert.id, kind: 'false_positive', note: 'no' }, alice);
      await approveDecision(db, { decisionId: d2.id }, bob);

      const moved = await sendAlertsToReview(db, { listedPartyId: `un:${ref}`, reason: 'listed party removed from the UN list' });
      assert.deepEqual(moved.sort((a, b) => a - b), [open.id, tm.alert.id].sort((a, b) => a - b));
      assert.equal((await getAlert(db, open.id))?.state, 'in_review');
      assert.equal((await getAlert(db, tm.alert.id))?.stateReason, 'listed party removed from the UN list');
      assert.equal((await getAlert(db, fp.alert.id))?.state, 'closed_false_positive');
      assert.equal((await listFreezeRecords(db, { partyId: tm.party.id })).length, 1, 'the freeze record stays');

      // Confirmed again on review: still one freeze record, the original one.
      const d3 = await proposeDecision(db, { alertId: tm.alert.id, kind: 'true_match', note: 'still a match' }, frank);
      const again = await approveDecision(db, { decisionId: d3.id }, carol);
      assert.equal(again.freezeRecord, undefined);
      const records = await listFreezeRecords(db, { partyId: tm.party.id });
      assert.deepEqual(records.map((r) => r.id), [freezeRecord!.id]);
    });

    test('a case gathers one party\'s alerts and closes only when all are closed', async () => {
      const party = await customer(db, 'Case Example');
      const a1 = await raised(await raiseAlert(db, hit(party, 'QDi.500')));
      const a2 = await raised(await raiseAlert(db, hit(party, 'QDi.501')));
      const stranger = await raised(await raiseAlert(db, hit(await customer(db, 'Stranger'), 'QDi.500')));
      await assert.rejects(openCase(db, { partyId: party.id, title: 'x' }, dave), ForbiddenError);
      await assert.rejects(openCase(db, { partyId: party.id, title: 'mixed', alertIds: [a1.id, stranger.id] }, alice), refusedWith('invalid'));
      const { case: opened, alerts } = await openCase(db, { partyId: party.id, title: 'Case Example vs QDi.500/501', alertIds: [a1.id, a2.id] }, alice);
      assert.deepEqual(alerts.map((a) => a.caseId), [opened.id, opened.id]);
      await assert.rejects(closeCase(db, opened.id, alice), refusedWith('conflict', /not yet closed/));
      for (const a of [a1, a2]) {
        await transitionAlert(db, { alertId: a.id, to: 'in_review' }, userActor(alice));
        const d = await proposeDecision(db, { alertId: a.id, kind: 'false_positive', note: 'different person' }, alice);
        await approveDecision(db, { decisionId: d.id }, bob);
      }
      const closed = await closeCase(db, opened.id, alice);
      assert.equal(closed.state, 'closed');
      assert.equal((await getCase(db, opened.id))?.alerts.length, 2);
      assert.deepEqual(await actionsFor(db, 'case', opened.id), ['case.open', 'case.attach', 'case.attach', 'case.close']);
    });

    test('after all of it the audit chain holds', async () => {
      const r = await verifyAuditChain(db);
      assert.equal(r.ok, true, JSON.stringify(r.firstBad));
      const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log`);
      assert.equal(row?.n, r.verified);
      assert.ok(r.verified > 50, `${r.verified} entries`);
    });
  });
}
