import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../src/cases/audit-verify.js';
import { canonicalJson } from '../../src/cases/canonical-json.js';
import {
  approveRuleAlertDecision,
  getRuleAlert,
  listRuleAlerts,
  monitoringStats,
  proposeRuleAlertDecision,
  rejectRuleAlertDecision,
  transitionRuleAlert,
} from '../../src/cases/rule-alerts-repo.js';
import { userActor } from '../../src/cases/actor.js';
import { closeCase } from '../../src/cases/cases-repo.js';
import { parseEvent, parseEventsJsonl } from '../../src/monitoring/events.js';
import { eventPartyKeys } from '../../src/monitoring/event-keys.js';
import { loadHistoryFor, processAndStore, processAndStoreBatch } from '../../src/monitoring/event-store.js';
import { historyHorizonDays, historyKindsRead } from '../../src/monitoring/history-horizon.js';
import type { MonitorContext } from '../../src/monitoring/process.js';
import { auditLog, cases, monitoringEvents, monitoringHistory, ruleAlerts } from '../../src/store/schema/index.js';
import { person, refusedWith } from '../cases/fixtures.js';
import { testBackends, type TestDatabase } from '../store/backends.js';
import { FIXTURES, monitor } from './helpers.js';

const actor = 'system:test' as const;
const company = { name: 'Nordic Water Engineering AB', type: 'organization', iban: 'SE4550000000058398257466', country: 'SE' };
const kidnapping = { kind: 'flag', id: 'F-K', date: '2015-01-10', flag: 'kidnapping', party: company, note: 'engineer abducted near Kirkuk', place: { country: 'IQ' } };
const ransomWire = {
  kind: 'payment', id: 'P-R', date: '2015-03-02', amount: '500000.00 USD', debtor: company,
  creditor: { name: 'Ibrahim Sarraf', category: 'exchange-house', address: { town: 'Akçakale', country: 'TR' } }, remittance: 'فدية',
};

for (const backend of await testBackends()) {
  describe(`monitoring into the database (${backend.name})`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    let m: Omit<MonitorContext, 'history'>;
    before(async () => {
      t = await backend.open();
      m = await monitor();
    });
    after(async () => t?.dispose());

    it('stores every event with its outcome, every hit as a rule alert in a case of its own, and audits it', async () => {
      const events = parseEventsJsonl(readFileSync(join(FIXTURES, 'events.jsonl'), 'utf8'));
      const out = [];
      for (const e of events) out.push((await processAndStore(t.db, m, e, { actor })).outcome);
      assert.deepEqual(out.map((o) => [o.eventId, o.outcome, o.duplicate]), [['PAY-1', 'allow', false], ['PAY-2', 'block', false], ['ART-1', 'refuse', false], ['OIL-A', 'alert', false]]);
      assert.equal(out[0]!.caseId, null);
      assert.deepEqual(out[0]!.ruleAlertIds, []);
      const oil = out[3]!;
      assert.deepEqual(oil.hits.map((h) => h.ruleId), ['OIL-1', 'OIL-2']);
      const stored = await t.db.select().from(ruleAlerts).where(eq(ruleAlerts.monitoringEventId, oil.monitoringEventId)).orderBy(asc(ruleAlerts.id));
      assert.deepEqual(stored.map((a) => [a.ruleId, a.state, a.caseId]), [['OIL-1', 'open', oil.caseId], ['OIL-2', 'open', oil.caseId]]);
      const [theCase] = await t.db.select().from(cases).where(eq(cases.id, oil.caseId!));
      assert.equal(theCase!.partyId, null);
      assert.match(theCase!.title, /cargo OIL-A/);
      const block = out[1]!;
      assert.equal(block.hits.find((h) => h.ruleId === 'C2')?.severity, 'critical');
      const [ev] = await t.db.select().from(monitoringEvents).where(eq(monitoringEvents.eventId, 'PAY-2'));
      assert.equal(ev!.outcome, 'block');
      assert.equal((ev!.event as { id: string }).id, 'PAY-2');
      const actions = (await t.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);
      for (const a of ['event.process', 'rule-alert.raise', 'payment.block', 'object.refuse', 'case.open']) assert.ok(actions.includes(a as never), `audit has ${a}`);
      assert.equal(actions.filter((a) => a === 'event.process').length, 4);
      assert.equal((await verifyAuditChain(t.db)).ok, true);
    });

    it('a redelivered event is neither processed nor alerted again: the stored outcome comes back', async () => {
      const e = parseEventsJsonl(readFileSync(join(FIXTURES, 'events.jsonl'), 'utf8')).find((x) => x.id === 'OIL-A')!;
      const count = async (): Promise<number> => Number((await t.db.execute(sql`select count(*)::int as n from rule_alerts`) as unknown as { rows: { n: number }[] }).rows[0]!.n);
      const alertsBefore = await count();
      const again = await processAndStore(t.db, m, e, { actor });
      assert.equal(again.outcome.duplicate, true);
      assert.equal(again.decision, undefined);
      assert.equal(again.outcome.outcome, 'alert');
      assert.equal(again.outcome.ruleAlertIds.length, 2);
      assert.equal(await count(), alertsBefore);
    });

    it('history lives in the database: a kidnapping flag stored earlier makes the later ransom wire hit KFR-1', async () => {
      await processAndStore(t.db, m, parseEvent(kidnapping), { actor });
      const rows = await t.db.select().from(monitoringHistory).where(eq(monitoringHistory.eventId, 'F-K'));
      assert.deepEqual(rows.map((r) => r.kind), ['flag.kidnapping']);
      const wire = await processAndStore(t.db, m, parseEvent(ransomWire), { actor });
      assert.deepEqual(wire.outcome.hits.map((h) => h.ruleId).sort(), ['KFR-1', 'KFR-3']);
    });

    it('history older than every rule window is not loaded, but first-seen pairs still come from all of it', async () => {
      // Stored by the test before: the kidnapping flag F-K (2015-01-10) and the ransom wire P-R (2015-03-02).
      const later = parseEvent({ ...ransomWire, id: 'P-LATER', date: '2016-09-01' });
      const [debtorKey, creditorKey] = eventPartyKeys(later);
      const horizon = historyHorizonDays(m.pack)!;
      assert.ok(horizon >= 365 && horizon < 600, `horizon ${horizon} covers KFR-1's 365-day look-back`);
      const all = await loadHistoryFor(t.db, [later]);
      const windowed = await loadHistoryFor(t.db, [later], horizon);
      assert.equal(all.query(debtorKey!, 'flag.kidnapping', '2000-01-01', later.date).length, 1);
      assert.equal(windowed.query(debtorKey!, 'flag.kidnapping', '2000-01-01', later.date).length, 0, 'the flag is 600 days before: outside every window');
      assert.equal(all.firstSeen(debtorKey!, creditorKey!), '2015-03-02');
      assert.equal(windowed.firstSeen(debtorKey!, creditorKey!), '2015-03-02');
      // Within the horizon, the same records either way.
      const soon = parseEvent({ ...ransomWire, id: 'P-SOON', date: '2015-06-01' });
      const near = await loadHistoryFor(t.db, [soon], horizon);
      assert.deepEqual(near.query(debtorKey!, 'flag.kidnapping', '2000-01-01', soon.date), (await loadHistoryFor(t.db, [soon])).query(debtorKey!, 'flag.kidnapping', '2000-01-01', soon.date));
      assert.equal(near.query(debtorKey!, 'flag.kidnapping', '2000-01-01', soon.date).length, 1);
    });

    it('a batch loads only the history kinds its packs read, plus records under its own event ids', async () => {
      // Stored before: the kidnapping flag F-K (2015-01-10) and the ransom wire P-R (2015-03-02), both about the payer.
      const soon = parseEvent({ ...ransomWire, id: 'P-KINDS', date: '2015-06-01' });
      const [debtorKey, creditorKey] = eventPartyKeys(soon);
      const horizon = historyHorizonDays(m.pack)!;
      const kinds = historyKindsRead(m.pack)!;
      assert.ok(kinds.includes('flag.kidnapping') && !kinds.includes('payment.out'), kinds.join(', '));
      const full = await loadHistoryFor(t.db, [soon], horizon);
      const only = await loadHistoryFor(t.db, [soon], horizon, kinds);
      for (const kind of kinds) assert.deepEqual(only.query(debtorKey!, kind, '2000-01-01', soon.date), full.query(debtorKey!, kind, '2000-01-01', soon.date), kind);
      assert.equal(only.query(debtorKey!, 'flag.kidnapping', '2000-01-01', soon.date).length, 1);
      assert.equal(full.query(debtorKey!, 'payment.out', '2000-01-01', soon.date).length, 1);
      assert.throws(() => only.query(debtorKey!, 'payment.out', '2000-01-01', soon.date), /payment\.out was not loaded/);
      assert.equal(only.firstSeen(debtorKey!, creditorKey!), '2015-03-02');
      assert.equal(only.seen('P-R'), false, 'a payment record of another event is left out');
      // An event of the batch under the id of the stored wire (another kind): the wire's records are
      // loaded whatever their kind, so committing the new event's records is skipped as before.
      const sameId = parseEvent({ ...kidnapping, id: 'P-R', date: '2015-06-01' });
      assert.equal((await loadHistoryFor(t.db, [sameId], horizon)).seen('P-R'), true);
      assert.equal((await loadHistoryFor(t.db, [sameId], horizon, kinds)).seen('P-R'), true);
    });

    it('a batch is one transaction in which later events see earlier ones, and an id twice is judged once', async () => {
      const co = { ...company, iban: 'SE7280000810340009783242', name: 'Baltic Pumps AB' };
      const flag = parseEvent({ ...kidnapping, id: 'F-K2', party: co });
      const wire = parseEvent({ ...ransomWire, id: 'P-R2', debtor: co });
      const out = await processAndStoreBatch(t.db, m, [flag, wire, flag], { actor });
      assert.deepEqual(out.map((p) => [p.outcome.eventId, p.outcome.duplicate]), [['F-K2', false], ['P-R2', false], ['F-K2', true]]);
      assert.deepEqual(out[1]!.outcome.hits.map((h) => h.ruleId).sort(), ['KFR-1', 'KFR-3']);
      assert.equal(out[2]!.outcome.monitoringEventId, out[0]!.outcome.monitoringEventId);
      const rows = await t.db.select().from(monitoringEvents).where(eq(monitoringEvents.eventId, 'F-K2'));
      assert.equal(rows.length, 1);

      // One event.process audit entry for the batch, listing each recorded event once with its row and hash.
      const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'event.process')).orderBy(desc(auditLog.seq)).limit(1);
      assert.equal(entry!.subjectType, 'monitoring-event-batch');
      const listed = (entry!.payload as { events: { id: number; eventId: string; kind: string; outcome: string; eventHash: string }[] }).events;
      assert.deepEqual(listed.map((e) => [e.eventId, e.outcome]), [['F-K2', out[0]!.outcome.outcome], ['P-R2', out[1]!.outcome.outcome]]);
      for (const e of listed) {
        const [row] = await t.db.select().from(monitoringEvents).where(eq(monitoringEvents.id, e.id));
        assert.equal(row!.eventId, e.eventId);
        assert.equal(row!.eventHash, e.eventHash);
      }
      // The case and rule alerts of the wire keep entries of their own, and the chain holds.
      const raised = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'rule-alert.raise'), sql`${auditLog.payload}->>'eventId' = 'P-R2'`));
      assert.deepEqual(raised.map((r) => Number(r.subjectId)).sort((a, b) => a - b), [...out[1]!.outcome.ruleAlertIds].sort((a, b) => a - b));
      assert.equal((await verifyAuditChain(t.db)).ok, true);

      // A batch of known events records nothing, so it appends no entry.
      const seqBefore = (await t.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0]!.seq;
      const again = await processAndStoreBatch(t.db, m, [flag, wire], { actor });
      assert.deepEqual(again.map((p) => p.outcome.duplicate), [true, true]);
      assert.equal((await t.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0]!.seq, seqBefore);
    });

    it('stores each event as judged, non-Latin text included, hashed over its canonical JSON, and its history rows', async () => {
      // The rows go to the database as UTF-8 bytes with each event's canonical text spliced in
      // (event-rows.ts): what comes back must be the same values, Arabic and Turkish letters intact.
      const co = { ...company, iban: 'SE3550000000054910000003', name: 'شركة الرافدين' };
      const wire = parseEvent({ ...ransomWire, id: 'P-UTF', debtor: co, remittance: 'فدية "quoted" \\ back\nslash' });
      const [out] = await processAndStoreBatch(t.db, m, [wire], { actor });
      const [row] = await t.db.select().from(monitoringEvents).where(eq(monitoringEvents.id, out!.outcome.monitoringEventId));
      assert.deepEqual(row!.event, JSON.parse(JSON.stringify(wire)));
      assert.equal(row!.eventHash, createHash('sha256').update(canonicalJson(row!.event)).digest('hex'));
      const stored = await t.db.select().from(monitoringHistory).where(eq(monitoringHistory.monitoringEventId, out!.outcome.monitoringEventId)).orderBy(asc(monitoringHistory.id));
      assert.deepEqual(
        stored.map((h) => ({ key: h.partyKey, kind: h.kind, counterparty: h.counterparty ?? undefined, usdMinor: h.usdMinor ?? undefined, tags: h.tags })),
        out!.decision!.history.map((h) => ({ key: h.key, kind: h.kind, counterparty: h.counterparty, usdMinor: h.usdMinor, tags: h.tags })),
      );
      assert.ok(stored.length > 0);
    });

    it('rule alerts move like name alerts and close only by a four-eyes decision', async () => {
      const analyst = await person(t.db, 'ana', 'analyst');
      const supervisor = await person(t.db, 'sup', 'supervisor');
      const [alert] = await listRuleAlerts(t.db, { ruleId: 'OIL-2' });
      assert.ok(alert);
      assert.equal(alert.eventId, 'OIL-A');
      assert.equal(alert.kind, 'cargo');
      await assert.rejects(transitionRuleAlert(t.db, { ruleAlertId: alert.id, to: 'closed_false_positive' }, userActor(analyst)), refusedWith('invalid-transition'));
      await transitionRuleAlert(t.db, { ruleAlertId: alert.id, to: 'in_review', note: 'looking' }, userActor(analyst));
      const d = await proposeRuleAlertDecision(t.db, { ruleAlertId: alert.id, kind: 'false_positive', note: 'licensed refinery, price explained' }, analyst);
      await assert.rejects(approveRuleAlertDecision(t.db, { decisionId: d.id }, analyst), refusedWith('four-eyes'));
      await assert.rejects(proposeRuleAlertDecision(t.db, { ruleAlertId: alert.id, kind: 'true_match', note: 'x' }, analyst), refusedWith('conflict'));
      await rejectRuleAlertDecision(t.db, { decisionId: d.id, note: 'ask for the licence first' }, supervisor);
      const d2 = await proposeRuleAlertDecision(t.db, { ruleAlertId: alert.id, kind: 'false_positive', note: 'licence seen' }, analyst);
      const approved = await approveRuleAlertDecision(t.db, { decisionId: d2.id }, supervisor);
      assert.equal(approved.alert.state, 'closed_false_positive');
      const full = await getRuleAlert(t.db, alert.id);
      assert.equal(full!.state, 'closed_false_positive');
      assert.equal((full!.event as { id: string }).id, 'OIL-A');
      const stats = await monitoringStats(t.db, 30);
      const oil2 = stats.perRule.find((r) => r.ruleId === 'OIL-2')!;
      assert.deepEqual(oil2, { pack: 'oil', ruleId: 'OIL-2', alerts: 1, falsePositiveRate: 1 });
      assert.equal(stats.perRule.find((r) => r.ruleId === 'OIL-1')!.falsePositiveRate, null);
      assert.ok(stats.days.some((r) => r.ruleId === 'OIL-2' && r.closedFalsePositive === 1));
      const moves = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'rule-alert.transition'), eq(auditLog.subjectId, String(alert.id))));
      assert.equal(moves.length, 2);
      assert.equal((await verifyAuditChain(t.db)).ok, true);
    });
    it('a case holding rule alerts does not close while one of them is still open', async () => {
      const analyst = await person(t.db, 'ana2', 'analyst');
      const supervisor = await person(t.db, 'sup2', 'supervisor');
      const [oil1] = await listRuleAlerts(t.db, { ruleId: 'OIL-1' });
      assert.ok(oil1?.caseId, 'OIL-1 sits in the cargo case');
      await assert.rejects(closeCase(t.db, oil1.caseId, analyst), /rule alert \d+ \(open\)/);
      await transitionRuleAlert(t.db, { ruleAlertId: oil1.id, to: 'in_review' }, userActor(analyst));
      const d = await proposeRuleAlertDecision(t.db, { ruleAlertId: oil1.id, kind: 'false_positive', note: 'price explained by the contract' }, analyst);
      await approveRuleAlertDecision(t.db, { decisionId: d.id }, supervisor);
      const closed = await closeCase(t.db, oil1.caseId, analyst);
      assert.equal(closed.state, 'closed');
      assert.equal((await verifyAuditChain(t.db)).ok, true);
    });
  });
}
