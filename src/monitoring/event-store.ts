/**
 * Monitoring against the database: every processed event with its outcome (monitoring_events), what
 * it adds to history (monitoring_history), every rule hit as a rule alert (rule_alerts) in a case,
 * and the audit entries, one transaction per batch of events. The CLI, the API and the queue
 * workers all go through processAndStoreBatch, so an event is judged and recorded the same way
 * whichever door it came in.
 *
 * Idempotency by (kind, event id): an event already recorded is neither processed nor alerted again;
 * its stored outcome is returned with duplicate: true. Two workers racing on the same event may both
 * judge it, but only the first insert of its monitoring_events row wins (ON CONFLICT DO NOTHING
 * waits for the other transaction and then skips the row); the loser records nothing for it.
 *
 * Cases: one case per event with alerts (party_id null, titled with the event), holding all of that
 * event's rule alerts. Not attached to a customer's screening case: an event's parties are mostly
 * counterparties who are not customers, and an event is worked as one unit (one payment blocked).
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { AuditActor } from '../cases/audit-actions.js';
import { appendAudit, type AuditEvent } from '../cases/audit-log.js';
import { canonicalJson } from '../cases/canonical-json.js';
import type { Db } from '../store/database.js';
import { queryRows } from '../store/rows.js';
import { cases, monitoringEvents, monitoringHistory, ruleAlerts, type EventOutcome } from '../store/schema/index.js';
import { eventPartyKeys } from './event-keys.js';
import type { MonitoringEvent } from './events.js';
import { InMemoryHistory, type HistoryRecord } from './history.js';
import { processEvent, type Decision, type MonitorContext, type RuleHit } from './process.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export interface OutcomeHit {
  pack: string;
  ruleId: string;
  reasonCode: string;
  severity: Severity;
  evidence: unknown;
}

/** What the API answers for an event, and what a worker records: the same for a first delivery and a redelivery. */
export interface StoredOutcome {
  eventId: string;
  kind: MonitoringEvent['kind'];
  outcome: EventOutcome;
  duplicate: boolean;
  hits: OutcomeHit[];
  ruleAlertIds: number[];
  caseId: number | null;
  monitoringEventId: number;
}

/** The rule id of the alert raised when rules failed to evaluate (process.ts: the event alerts). */
const RULE_ERROR = 'RULE-ERROR';

/**
 * Severity of a hit, for queues and dashboards: a hard control (blocked payment, refused object) is
 * critical; otherwise by the rule's score (0-100): 70 and up high, 40 and up medium, else low.
 */
export function severityOf(hit: Pick<RuleHit, 'action' | 'score' | 'hardControl'>): Severity {
  if (hit.hardControl || hit.action !== 'alert') return 'critical';
  if (hit.score >= 70) return 'high';
  if (hit.score >= 40) return 'medium';
  return 'low';
}

/** The rule alerts a decision raises: one per rule hit, and one for rule errors (a control that could not run). */
export function alertsOf(d: Decision): (OutcomeHit & { hardControl: string | null })[] {
  const out = d.ruleHits.map((h) => ({
    pack: h.pack,
    ruleId: h.code,
    reasonCode: h.code,
    severity: severityOf(h),
    evidence: h.evidence,
    hardControl: h.hardControl ?? null,
  }));
  if (d.errors.length > 0) out.push({ pack: 'monitoring', ruleId: RULE_ERROR, reasonCode: RULE_ERROR, severity: 'high', evidence: { errors: d.errors }, hardControl: null });
  return out;
}

export function eventHash(event: MonitoringEvent): string {
  return createHash('sha256').update(canonicalJson(event)).digest('hex');
}

/** The stored outcome of an event already processed, or undefined. */
export async function findProcessed(db: Db, kind: string, eventId: string): Promise<StoredOutcome | undefined> {
  const [row] = await db
    .select({ id: monitoringEvents.id, outcome: monitoringEvents.outcome, kind: monitoringEvents.kind, eventId: monitoringEvents.eventId })
    .from(monitoringEvents)
    .where(and(eq(monitoringEvents.kind, kind), eq(monitoringEvents.eventId, eventId)));
  if (!row || row.outcome === null) return undefined;
  const alerts = await db.select().from(ruleAlerts).where(eq(ruleAlerts.monitoringEventId, row.id)).orderBy(asc(ruleAlerts.id));
  return {
    eventId: row.eventId,
    kind: row.kind as MonitoringEvent['kind'],
    outcome: row.outcome,
    duplicate: true,
    hits: alerts.map((a) => ({ pack: a.pack, ruleId: a.ruleId, reasonCode: a.reasonCode, severity: a.severity as Severity, evidence: a.evidence })),
    ruleAlertIds: alerts.map((a) => a.id),
    caseId: alerts[0]?.caseId ?? null,
    monitoringEventId: row.id,
  };
}

export interface StoreOptions {
  actor: AuditActor;
  now?: Date;
}

function caseTitle(event: MonitoringEvent, d: Decision): string {
  return `${event.kind} ${event.id} (${event.date}): ${d.decision} ${d.reasons.join(', ')}`.slice(0, 300);
}

export interface ProcessedEvent {
  outcome: StoredOutcome;
  /** The full decision, when the event was processed now (not for a duplicate). */
  decision?: Decision;
}

const keyOf = (e: { kind: string; eventId?: string; id?: string }): string => `${e.kind}\u0000${e.eventId ?? e.id}`;

/** Rows per INSERT statement. */
const INSERT_CHUNK = 1000;

/*
 * Events and history rows go in as ONE jsonb parameter per statement, unpacked by
 * jsonb_array_elements in array order (WITH ORDINALITY), rather than as drizzle multi-row values:
 * ten parameters per row made drizzle's parameter handling the largest item of a worker's profile.
 */
interface EventRowInput {
  eventId: string;
  kind: string;
  event: unknown;
  eventHash: string;
  occurredAt: string;
  outcome: string;
  rulePack: string;
  decision: unknown;
}

async function insertEvents(tx: Db, rows: EventRowInput[], now: Date): Promise<{ id: string | number; kind: string; event_id: string }[]> {
  return queryRows(
    tx,
    sql`insert into monitoring_events (event_id, kind, event, event_hash, occurred_at, received_at, processed_at, outcome, rule_pack_versions, decision)
        select r->>'eventId', r->>'kind', r->'event', r->>'eventHash', (r->>'occurredAt')::timestamptz, ${now.toISOString()}::timestamptz,
               ${now.toISOString()}::timestamptz, r->>'outcome', jsonb_build_array(r->>'rulePack'), r->'decision'
          from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) with ordinality as t(r, n)
         order by n
        on conflict (kind, event_id) do nothing
        returning id::text as id, kind, event_id`,
  );
}

async function insertHistory(tx: Db, rows: (typeof monitoringHistory.$inferInsert)[]): Promise<void> {
  await tx.execute(
    sql`insert into monitoring_history (monitoring_event_id, event_id, date, party_key, kind, counterparty, usd_minor, quantity_m3, tags)
        select (r->>'monitoringEventId')::bigint, r->>'eventId', r->>'date', r->>'partyKey', r->>'kind', r->>'counterparty',
               (r->>'usdMinor')::bigint, (r->>'quantityM3')::float8, r->'tags'
          from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) with ordinality as t(r, n)
         order by n`,
  );
}

/**
 * The history a batch of events may read: every record about their parties dated up to the latest
 * of their dates. Processing then adds each event's records as it goes, so a later event of the
 * batch sees an earlier one, as in one in-process run.
 */
export async function loadHistoryFor(db: Db, events: readonly MonitoringEvent[]): Promise<InMemoryHistory> {
  const history = new InMemoryHistory();
  const keys = [...new Set(events.flatMap(eventPartyKeys))];
  if (keys.length === 0) return history;
  const maxDate = events.reduce((m, e) => (e.date > m ? e.date : m), '');
  const rows = await db
    .select()
    .from(monitoringHistory)
    .where(and(inArray(monitoringHistory.partyKey, keys), lte(monitoringHistory.date, maxDate)))
    .orderBy(asc(monitoringHistory.id));
  const byEvent = new Map<string, HistoryRecord[]>();
  for (const r of rows) {
    let list = byEvent.get(r.eventId);
    if (!list) byEvent.set(r.eventId, (list = []));
    list.push({
      eventId: r.eventId,
      date: r.date,
      key: r.partyKey,
      kind: r.kind,
      tags: r.tags,
      ...(r.counterparty !== null ? { counterparty: r.counterparty } : {}),
      ...(r.usdMinor !== null ? { usdMinor: r.usdMinor } : {}),
      ...(r.quantityM3 !== null ? { quantityM3: r.quantityM3 } : {}),
    });
  }
  for (const [id, records] of byEvent) history.commit(id, records);
  return history;
}

/** The history one event may read (see loadHistoryFor). */
export function loadHistory(db: Db, event: MonitoringEvent): Promise<InMemoryHistory> {
  return loadHistoryFor(db, [event]);
}

/**
 * Judge and record a batch of events in one transaction, in the given order (a queue's delivery
 * order, which publishers keep by date): per event its row, history, rule alerts in a case of its
 * own, and the audit entries (event.process; case.open; rule-alert.raise per alert; payment.block or
 * object.refuse for a hard control), appended together at the end. One transaction per batch
 * rather than per event: a commit, the audit chain's head lock and each statement's round trip are
 * most of an event's cost (docs/rules.md, throughput).
 *
 * Events recorded before, or twice in the batch, come back as duplicates with the stored outcome
 * and are not judged again. An event another worker records at the same moment is skipped by ON
 * CONFLICT DO NOTHING (which waits for that worker's commit) and comes back as a duplicate too.
 */
export async function processAndStoreBatch(db: Db, monitor: Omit<MonitorContext, 'history'>, events: readonly MonitoringEvent[], options: StoreOptions): Promise<ProcessedEvent[]> {
  if (events.length === 0) return [];
  const now = options.now ?? new Date();
  const actor = options.actor;
  return db.transaction(async (tx) => {
    // 1. Which are known already.
    const known = await tx
      .select({ kind: monitoringEvents.kind, eventId: monitoringEvents.eventId })
      .from(monitoringEvents)
      .where(inArray(monitoringEvents.eventId, [...new Set(events.map((e) => e.id))]));
    const recorded = new Set(known.map(keyOf));
    const fresh: MonitoringEvent[] = [];
    const firstInBatch = new Set<string>();
    for (const e of events) {
      const k = keyOf(e);
      if (recorded.has(k) || firstInBatch.has(k)) continue;
      firstInBatch.add(k);
      fresh.push(e);
    }

    // 2. Judge the fresh ones in order, each seeing the history of those before it.
    const history = await loadHistoryFor(tx, fresh);
    const decisions = new Map<string, Decision>();
    for (const e of fresh) {
      const d = processEvent(e, { ...monitor, history });
      history.commit(e.id, d.history);
      decisions.set(keyOf(e), d);
    }

    // 3. Their rows, in (kind, id) order so two workers never lock the same two rows in opposite orders.
    const byKey = new Map<string, StoredOutcome>();
    const audit: AuditEvent[] = [];
    const ordered = [...fresh].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    const rowIds = new Map<string, number>();
    const hashes = new Map(fresh.map((e) => [keyOf(e), eventHash(e)]));
    for (let i = 0; i < ordered.length; i += INSERT_CHUNK) {
      const chunk = ordered.slice(i, i + INSERT_CHUNK).map((e) => {
        const { history: _h, ...decision } = decisions.get(keyOf(e))!;
        // As parsed: plain JSON values already (the readers build them), so no canonical copy; the
        // hash is over the canonical form, so it does not depend on key order.
        return { eventId: e.id, kind: e.kind, event: e, eventHash: hashes.get(keyOf(e))!, occurredAt: `${e.date}T00:00:00Z`, outcome: decision.decision, rulePack: decision.rulePack, decision };
      });
      for (const r of await insertEvents(tx, chunk, now)) rowIds.set(keyOf({ kind: r.kind, eventId: r.event_id }), Number(r.id));
    }

    // 4. History, cases and rule alerts of the events this transaction recorded, in processing order.
    const historyRows: (typeof monitoringHistory.$inferInsert)[] = [];
    for (const e of fresh) {
      const rowId = rowIds.get(keyOf(e));
      if (rowId === undefined) continue;
      for (const r of decisions.get(keyOf(e))!.history) {
        historyRows.push({ monitoringEventId: rowId, eventId: e.id, date: r.date, partyKey: r.key, kind: r.kind, counterparty: r.counterparty ?? null, usdMinor: r.usdMinor ?? null, quantityM3: r.quantityM3 ?? null, tags: r.tags });
      }
    }
    for (let i = 0; i < historyRows.length; i += INSERT_CHUNK) await insertHistory(tx, historyRows.slice(i, i + INSERT_CHUNK));

    const alertRows: (typeof ruleAlerts.$inferInsert)[] = [];
    for (const e of fresh) {
      const rowId = rowIds.get(keyOf(e));
      if (rowId === undefined) continue;
      const d = decisions.get(keyOf(e))!;
      audit.push({
        actor,
        action: 'event.process',
        subjectType: 'monitoring-event',
        subjectId: rowId,
        payload: { eventId: e.id, kind: e.kind, outcome: d.decision, reasons: d.reasons, rulePack: d.rulePack, eventHash: hashes.get(keyOf(e))! },
        at: now,
      });
      const raised = alertsOf(d);
      let caseId: number | null = null;
      if (raised.length > 0) {
        const title = caseTitle(e, d);
        const [opened] = await tx.insert(cases).values({ partyId: null, state: 'open', title, createdBy: actor, createdAt: now, updatedAt: now }).returning({ id: cases.id });
        if (!opened) throw new Error(`no case inserted for event ${e.id}`);
        caseId = opened.id;
        audit.push({ actor, action: 'case.open', subjectType: 'case', subjectId: caseId, payload: { monitoringEventId: rowId, eventId: e.id, title }, at: now });
        for (const a of raised) {
          alertRows.push({
            monitoringEventId: rowId, caseId, pack: a.pack, packVersion: d.rulePack, ruleId: a.ruleId, reasonCode: a.reasonCode, severity: a.severity,
            evidence: a.evidence ?? {}, hardControl: a.hardControl, state: 'open', createdAt: now, updatedAt: now,
          });
        }
      }
      byKey.set(keyOf(e), { eventId: e.id, kind: e.kind, outcome: d.decision, duplicate: false, hits: raised.map(({ hardControl: _x, ...h }) => h), ruleAlertIds: [], caseId, monitoringEventId: rowId });
    }
    const insertedAlerts: { id: number; monitoringEventId: number; ruleId: string; hardControl: string | null; caseId: number | null }[] = [];
    for (let i = 0; i < alertRows.length; i += INSERT_CHUNK) {
      insertedAlerts.push(
        ...(await tx
          .insert(ruleAlerts)
          .values(alertRows.slice(i, i + INSERT_CHUNK))
          .returning({ id: ruleAlerts.id, monitoringEventId: ruleAlerts.monitoringEventId, ruleId: ruleAlerts.ruleId, hardControl: ruleAlerts.hardControl, caseId: ruleAlerts.caseId })),
      );
    }
    insertedAlerts.sort((a, b) => a.id - b.id);
    const byRow = new Map([...byKey.values()].map((o) => [o.monitoringEventId, o]));
    for (const a of insertedAlerts) {
      const o = byRow.get(a.monitoringEventId)!;
      o.ruleAlertIds.push(a.id);
      audit.push({ actor, action: 'rule-alert.raise', subjectType: 'rule-alert', subjectId: a.id, payload: { monitoringEventId: a.monitoringEventId, eventId: o.eventId, ruleId: a.ruleId, hardControl: a.hardControl, caseId: a.caseId }, at: now });
    }
    for (const o of byKey.values()) {
      if (o.outcome === 'block') audit.push({ actor, action: 'payment.block', subjectType: 'monitoring-event', subjectId: o.monitoringEventId, payload: { eventId: o.eventId, reasons: decisions.get(keyOf(o))!.reasons }, at: now });
      if (o.outcome === 'refuse') audit.push({ actor, action: 'object.refuse', subjectType: 'monitoring-event', subjectId: o.monitoringEventId, payload: { eventId: o.eventId, reasons: decisions.get(keyOf(o))!.reasons }, at: now });
    }
    await appendAudit(tx, audit);

    // 5. Answers in input order; duplicates get the stored outcome.
    const out: ProcessedEvent[] = [];
    for (const e of events) {
      const k = keyOf(e);
      const mine = byKey.get(k);
      if (mine && !out.some((p) => p.outcome === mine)) {
        out.push({ outcome: mine, decision: decisions.get(k)! });
        continue;
      }
      const earlier = mine ? { ...mine, duplicate: true } : await findProcessed(tx, e.kind, e.id);
      if (!earlier) throw new Error(`event ${e.kind} ${e.id} was neither recorded nor found`);
      out.push({ outcome: earlier });
    }
    return out;
  });
}

/** Judge one event against the database's history and record it; a recorded event comes back as a duplicate. */
export async function processAndStore(db: Db, monitor: Omit<MonitorContext, 'history'>, event: MonitoringEvent, options: StoreOptions): Promise<ProcessedEvent> {
  const [one] = await processAndStoreBatch(db, monitor, [event], options);
  return one!;
}
