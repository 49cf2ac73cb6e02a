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
import { hash as oneShotHash } from 'node:crypto';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { AuditActor } from '../cases/audit-actions.js';
import { appendAuditInTransaction, type AuditEvent } from '../cases/audit-log.js';
import { canonicalJson } from '../cases/canonical-json.js';
import type { Db } from '../store/database.js';
import { monitoringEvents, ruleAlerts, type EventOutcome } from '../store/schema/index.js';
import { processedEntry } from './event-audit.js';
import { insertCases, insertEvents, insertHistory, insertRuleAlerts, recordedKeys, selectHistory, type AlertRowInput, type HistoryRowInput, type InsertedAlert } from './event-rows.js';
import { eventPartyKeys } from './event-keys.js';
import type { MonitoringEvent } from './events.js';
import { daysBefore, InMemoryHistory, type HistoryRecord } from './history.js';
import { historyHorizonDays, historyKindsRead } from './history-horizon.js';
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

/**
 * The decision as monitoring_events stores it: every field but its history records (those go to
 * monitoring_history), as JSON text. JSON.stringify leaves out a property whose value is
 * undefined, so blanking `history` for the call gives the text of a copy without it, without the
 * copy: an object rest copy (`{ history, ...rest }`) per event was a visible share of the batch's
 * own CPU (V8 does it in its runtime, property by property).
 */
function storedDecisionJson(d: Decision): string {
  const history = d.history;
  (d as { history: HistoryRecord[] | undefined }).history = undefined;
  try {
    return JSON.stringify(d);
  } finally {
    d.history = history;
  }
}

/** Rows per INSERT statement. */
const INSERT_CHUNK = 1000;

/**
 * The history a batch of events may read: every record about their parties dated up to the latest
 * of their dates, and, given `horizonDays` (history-horizon.ts), only from that many days before the
 * earliest of them, plus the date each two of their parties first met (event-rows.ts
 * selectHistory, the same statement), which first-seen rules read however old. Given `kinds`
 * (history-horizon.ts historyKindsRead: the kinds the packs' facts read), only records of those
 * kinds, plus any record stored under one of the batch's own event ids (see HistoryKindFilter); a
 * record of another kind could only ever seed a first-seen pair, and those come apart. Processing
 * then adds each event's records as it goes, so a later event of the batch sees an earlier one, as
 * in one in-process run.
 */
export async function loadHistoryFor(db: Db, events: readonly MonitoringEvent[], horizonDays?: number, kinds?: readonly string[]): Promise<InMemoryHistory> {
  const history = new InMemoryHistory(kinds && new Set(kinds));
  const keys = [...new Set(events.flatMap(eventPartyKeys))];
  if (keys.length === 0) return history;
  let maxDate = '';
  let minDate = '9999-12-31';
  for (const e of events) {
    if (e.date > maxDate) maxDate = e.date;
    if (e.date < minDate) minDate = e.date;
  }
  const fromDate = horizonDays === undefined ? undefined : daysBefore(minDate, horizonDays);
  const byEvent = new Map<string, HistoryRecord[]>();
  // First-seen pairs come apart whenever records are left out (by date or by kind): committing the
  // loaded records no longer meets every pair.
  const only = kinds && { kinds, eventIds: events.map((e) => e.id) };
  const read = await selectHistory(db, keys, maxDate, fromDate, fromDate !== undefined || only !== undefined, only);
  for (const record of read.records) {
    let list = byEvent.get(record.eventId);
    if (!list) byEvent.set(record.eventId, (list = []));
    list.push(record);
  }
  for (const [id, records] of byEvent) history.commit(id, records);
  for (const [party, counterparty, date] of read.firstSeen) history.seedFirstSeen(party, counterparty, date);
  return history;
}

/** The history one event may read (see loadHistoryFor). */
export function loadHistory(db: Db, event: MonitoringEvent): Promise<InMemoryHistory> {
  return loadHistoryFor(db, [event]);
}

/**
 * Judge and record a batch of events in one transaction, in the given order (a queue's delivery
 * order, which publishers keep by date): per event its row, history, rule alerts in a case of its
 * own, and the audit entries (ONE event.process for the batch listing every event it recorded,
 * event-audit.ts; case.open per case; rule-alert.raise per alert; payment.block or object.refuse for
 * a hard control), appended together at the end without a savepoint (appendAuditInTransaction).
 * One transaction per batch rather than per event, and each kind of row in one statement
 * (event-rows.ts): a commit, the audit chain's head lock and each statement's round trip are most
 * of an event's cost (docs/rules.md, Performance).
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
    // Each event's (kind, id) key is built once: rebuilding it in every lookup and sort comparison
    // was garbage made per event several times over (a fifth of a worker's CPU is the collector).
    const eventKeys = events.map(keyOf);
    const recorded = new Set((await recordedKeys(tx, events)).map((r) => keyOf({ kind: r.kind, eventId: r.event_id })));
    // What this transaction judges, one record per event in processing order: its decision, hash,
    // row id and outcome on the record rather than in a map per field (five maps looked up by
    // key string over and over were a visible share of the batch's own CPU).
    const judged: Judged[] = [];
    const byKey = new Map<string, Judged>();
    for (let i = 0; i < events.length; i++) {
      const key = eventKeys[i]!;
      if (recorded.has(key) || byKey.has(key)) continue;
      const j: Judged = { e: events[i]!, key, d: undefined!, hash: '', rowId: undefined, outcome: undefined };
      judged.push(j);
      byKey.set(key, j);
    }

    // 2. Judge the fresh ones in order, each seeing the history of those before it.
    const history = await loadHistoryFor(tx, judged.map((j) => j.e), historyHorizonDays(monitor.pack), historyKindsRead(monitor.pack));
    const context = { ...monitor, history };
    for (const j of judged) {
      j.d = processEvent(j.e, context);
      history.commit(j.e.id, j.d.history);
    }

    // 3. Their rows, in (kind, id) order so two workers never lock the same two rows in opposite orders.
    const audit: AuditEvent[] = [];
    const ordered = [...judged].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (let i = 0; i < ordered.length; i += INSERT_CHUNK) {
      const chunk = ordered.slice(i, i + INSERT_CHUNK).map((j) => {
        const { e, d } = j;
        // The canonical JSON is both what is hashed and what is stored: the same value as the
        // event (jsonb keeps no key order), serialised once instead of twice.
        const eventJson = canonicalJson(e);
        // crypto.hash: the same SHA-256 hex as lists/version.ts sha256Hex, one call instead of a Hash
        // object's three (20,000 event texts: 44-93 ms -> 31-38 ms).
        j.hash = oneShotHash('sha256', eventJson);
        return { eventId: e.id, kind: e.kind, eventJson, eventHash: j.hash, occurredAt: `${e.date}T00:00:00Z`, outcome: d.decision, rulePack: d.rulePack, decisionJson: storedDecisionJson(d) };
      });
      for (const r of await insertEvents(tx, chunk, now)) byKey.get(keyOf({ kind: r.kind, eventId: r.event_id }))!.rowId = Number(r.id);
    }
    // The events this transaction recorded (the others another worker recorded first), in processing order.
    const mine = judged.filter((j) => j.rowId !== undefined);

    // 4. History, cases and rule alerts of the events this transaction recorded, in processing order.
    const historyRows: HistoryRowInput[] = [];
    for (const { e, d, rowId } of mine) {
      for (const r of d.history) {
        historyRows.push([rowId!, e.id, r.date, r.key, r.kind, r.counterparty ?? null, r.usdMinor ?? null, r.quantityM3 ?? null, r.tags]);
      }
    }
    for (let i = 0; i < historyRows.length; i += INSERT_CHUNK) await insertHistory(tx, historyRows.slice(i, i + INSERT_CHUNK));

    // Cases: one per event with alerts, all in one statement. Ids come from one sequence, handed out
    // row by row in insertion order within a statement, so the ids sorted ascending are the rows in
    // array order (the same reliance as the rule alerts' audit order below).
    const withAlerts: { j: Judged; raised: ReturnType<typeof alertsOf>; title: string }[] = [];
    const byRow = new Map<number, StoredOutcome>();
    for (const j of mine) {
      const { e, d } = j;
      const raised = alertsOf(d);
      if (raised.length > 0) withAlerts.push({ j, raised, title: caseTitle(e, d) });
      j.outcome = { eventId: e.id, kind: e.kind, outcome: d.decision, duplicate: false, hits: raised.map(({ hardControl: _x, ...h }) => h), ruleAlertIds: [], caseId: null, monitoringEventId: j.rowId! };
      byRow.set(j.rowId!, j.outcome);
    }
    const caseIds = await insertCases(tx, withAlerts.map((w) => w.title), actor, now);
    const alertRows: AlertRowInput[] = [];
    withAlerts.forEach((w, i) => {
      const caseId = caseIds[i]!;
      const { e, d, rowId } = w.j;
      w.j.outcome!.caseId = caseId;
      // Audit payloads are built with their keys in sorted order: canonicalJson then writes them as
      // they are, without a key-sorted copy (src/cases/canonical-json.ts). Same text either way.
      audit.push({ actor, action: 'case.open', subjectType: 'case', subjectId: caseId, payload: { eventId: e.id, monitoringEventId: rowId!, title: w.title }, at: now });
      for (const a of w.raised) {
        alertRows.push({ monitoringEventId: rowId!, caseId, pack: a.pack, packVersion: d.rulePack, ruleId: a.ruleId, reasonCode: a.reasonCode, severity: a.severity, evidence: a.evidence ?? {}, hardControl: a.hardControl });
      }
    });
    const insertedAlerts: InsertedAlert[] = [];
    for (let i = 0; i < alertRows.length; i += INSERT_CHUNK) insertedAlerts.push(...(await insertRuleAlerts(tx, alertRows.slice(i, i + INSERT_CHUNK), now)));
    insertedAlerts.sort((a, b) => a.id - b.id);
    for (const a of insertedAlerts) {
      const o = byRow.get(a.monitoringEventId)!;
      o.ruleAlertIds.push(a.id);
      audit.push({ actor, action: 'rule-alert.raise', subjectType: 'rule-alert', subjectId: a.id, payload: { caseId: a.caseId, eventId: o.eventId, hardControl: a.hardControl, monitoringEventId: a.monitoringEventId, ruleId: a.ruleId }, at: now });
    }
    for (const { d, outcome: o } of mine) {
      if (o!.outcome === 'block') audit.push({ actor, action: 'payment.block', subjectType: 'monitoring-event', subjectId: o!.monitoringEventId, payload: { eventId: o!.eventId, reasons: d.reasons }, at: now });
      if (o!.outcome === 'refuse') audit.push({ actor, action: 'object.refuse', subjectType: 'monitoring-event', subjectId: o!.monitoringEventId, payload: { eventId: o!.eventId, reasons: d.reasons }, at: now });
    }
    // Keys in sorted order, as the other payloads (a copy of 512 of these per batch saved).
    const processed = processedEntry(mine.map(({ e, d, rowId, hash }) => ({ eventHash: hash, eventId: e.id, id: rowId!, kind: e.kind, outcome: d.decision, reasons: d.reasons, rulePack: d.rulePack })), actor, now);
    if (processed) audit.unshift(processed);
    await appendAuditInTransaction(tx, audit);

    // 5. Answers in input order; duplicates get the stored outcome.
    const out: ProcessedEvent[] = [];
    // A set, not a scan of `out`: a scan per event made answering quadratic in the batch size.
    const answered = new Set<StoredOutcome>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const j = byKey.get(eventKeys[i]!);
      const recordedNow = j?.outcome;
      if (recordedNow && !answered.has(recordedNow)) {
        answered.add(recordedNow);
        out.push({ outcome: recordedNow, decision: j.d });
        continue;
      }
      const earlier = recordedNow ? { ...recordedNow, duplicate: true } : await findProcessed(tx, e.kind, e.id);
      if (!earlier) throw new Error(`event ${e.kind} ${e.id} was neither recorded nor found`);
      out.push({ outcome: earlier });
    }
    return out;
  });
}

/** An event a batch judges (processAndStoreBatch), and what the batch learns about it step by step. */
interface Judged {
  e: MonitoringEvent;
  /** keyOf(e) */
  key: string;
  d: Decision;
  /** SHA-256 of its canonical JSON, once its row is built. */
  hash: string;
  /** Its monitoring_events row, when this transaction inserted it. */
  rowId: number | undefined;
  /** Its answer, once its rule alerts are known. */
  outcome: StoredOutcome | undefined;
}

/** Judge one event against the database's history and record it; a recorded event comes back as a duplicate. */
export async function processAndStore(db: Db, monitor: Omit<MonitorContext, 'history'>, event: MonitoringEvent, options: StoreOptions): Promise<ProcessedEvent> {
  const [one] = await processAndStoreBatch(db, monitor, [event], options);
  return one!;
}
