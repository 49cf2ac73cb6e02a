import { and, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import { sqlList } from '../store/schema/columns.js';
import type { Db } from '../store/database.js';
import { alerts, decisions } from '../store/schema/index.js';
import { actorRole, auditActorOf, systemActor, type CaseActor } from './actor.js';
import { latestEntryForPair } from './allow-list-repo.js';
import { evaluateAllowList, type AllowListOutcome } from './allow-list-rules.js';
import type { AuditActor } from './audit-actions.js';
import { appendAudit, type AuditEvent } from './audit-log.js';
import { toStoredJson } from './canonical-json.js';
import { DomainError, enforce } from './errors.js';
import { CLOSED_STATES, type AlertState } from './states.js';
import { checkDirectTransition } from './transitions.js';

export type AlertRow = typeof alerts.$inferSelect;

/** What screening hands over when a party scores at or above the threshold against a listed party. */
export interface NewAlert {
  partyId: number;
  screeningResultId?: number | null;
  score: number;
  threshold: number;
  algorithmVersion: string;
  /** The matcher's explanation, kept as given (it is what a replay must reproduce). */
  explanation: unknown;
  listSource: string;
  listVersionHash: string;
  listVersionArrivedAt: Date;
  listedPartyId: string;
  listedPartyRef: string;
  listedOn?: string | null;
  /** See record-hash.ts. */
  listedRecordHash: string;
  partyDataHash: string;
}

export type RaiseOutcome =
  | { outcome: 'raised'; alert: AlertRow; allowList: AllowListOutcome }
  /** A live alert for the pair exists already: it is returned instead of a second one. */
  | { outcome: 'existing'; alert: AlertRow }
  /** A valid allow-list entry for the pair says this was decided as a false positive. */
  | { outcome: 'suppressed'; allowListEntryId: number };

// Constants written into the SQL rather than bound as parameters: ON CONFLICT can only match the
// partial unique index when its WHERE is provably the index's own predicate.
const liveState = sql`${alerts.state} not in (${sql.raw(sqlList(CLOSED_STATES))})`;

type RaiseOptions = { actor?: CaseActor; now?: Date };

function checkHit(input: NewAlert): void {
  if (!Number.isFinite(input.score) || !Number.isFinite(input.threshold)) throw new DomainError('invalid', 'score and threshold must be finite numbers');
}

/**
 * The work of raising one alert inside a transaction, returning the audit event instead of appending
 * it, so that callers append last (see appendAudit on lock order).
 */
async function raiseInTx(tx: Db, input: NewAlert, actor: AuditActor, now: Date): Promise<{ outcome: RaiseOutcome; event?: AuditEvent }> {
  const [live] = await tx
    .select()
    .from(alerts)
    .where(and(eq(alerts.partyId, input.partyId), eq(alerts.listedPartyId, input.listedPartyId), liveState));
  if (live) return { outcome: { outcome: 'existing', alert: live } };

  const allow = evaluateAllowList(await latestEntryForPair(tx, input.partyId, input.listedPartyId), input, now);
  if (allow.suppressed) {
    return {
      outcome: { outcome: 'suppressed', allowListEntryId: allow.entryId },
      event: {
        actor,
        action: 'alert.suppress',
        subjectType: 'party',
        subjectId: input.partyId,
        payload: { listedPartyId: input.listedPartyId, allowListEntryId: allow.entryId, score: input.score, listVersionHash: input.listVersionHash },
        at: now,
      },
    };
  }

  const [alert] = await tx
    .insert(alerts)
    .values({
      partyId: input.partyId,
      screeningResultId: input.screeningResultId ?? null,
      state: 'open',
      score: input.score,
      threshold: input.threshold,
      algorithmVersion: input.algorithmVersion,
      explanation: toStoredJson(input.explanation),
      listSource: input.listSource,
      listVersionHash: input.listVersionHash,
      listVersionArrivedAt: input.listVersionArrivedAt,
      listedPartyId: input.listedPartyId,
      listedPartyRef: input.listedPartyRef,
      listedOn: input.listedOn ?? null,
      listedRecordHash: input.listedRecordHash,
      partyDataHash: input.partyDataHash,
      createdAt: now,
      updatedAt: now,
    })
    // Another transaction raised the same pair since our check: the partial unique index says so.
    .onConflictDoNothing({ target: [alerts.partyId, alerts.listedPartyId], where: liveState })
    .returning();
  if (!alert) {
    const [other] = await tx.select().from(alerts).where(and(eq(alerts.partyId, input.partyId), eq(alerts.listedPartyId, input.listedPartyId), liveState));
    if (!other) throw new Error(`alert for party ${input.partyId} and ${input.listedPartyId} neither inserted nor found`);
    return { outcome: { outcome: 'existing', alert: other } };
  }
  return {
    outcome: { outcome: 'raised', alert, allowList: allow },
    event: {
      actor,
      action: 'alert.raise',
      subjectType: 'alert',
      subjectId: alert.id,
      payload: {
        partyId: alert.partyId,
        listedPartyId: alert.listedPartyId,
        listedPartyRef: alert.listedPartyRef,
        score: alert.score,
        threshold: alert.threshold,
        algorithmVersion: alert.algorithmVersion,
        listVersionHash: alert.listVersionHash,
        allowList: allow.reason,
      },
      at: now,
    },
  };
}

/**
 * Raise an alert for a screening hit, unless the pair already has a live alert or an allow-list entry
 * that still holds. Audited either way: a suppressed hit is as much a fact as a raised one.
 */
export async function raiseAlert(db: Db, input: NewAlert, options: RaiseOptions = {}): Promise<RaiseOutcome> {
  checkHit(input);
  const now = options.now ?? new Date();
  const actor = auditActorOf(options.actor ?? systemActor('screening'));
  return db.transaction(async (tx) => {
    const { outcome, event } = await raiseInTx(tx, input, actor, now);
    if (event) await appendAudit(tx, event);
    return outcome;
  });
}

/**
 * Raise many alerts in one transaction, as re-screening after a list update does: one commit instead
 * of one per alert (the commit's flush to disk is most of an alert's cost), all or nothing, and the
 * audit entries appended together at the end.
 *
 * Concurrent batches should not share pairs (split re-screening work by party): two batches inserting
 * the same two pairs in opposite orders wait on each other, and PostgreSQL aborts one of them.
 */
export async function raiseAlerts(db: Db, inputs: readonly NewAlert[], options: RaiseOptions = {}): Promise<RaiseOutcome[]> {
  inputs.forEach(checkHit);
  const now = options.now ?? new Date();
  const actor = auditActorOf(options.actor ?? systemActor('screening'));
  return db.transaction(async (tx) => {
    const outcomes: RaiseOutcome[] = [];
    const events: AuditEvent[] = [];
    for (const input of inputs) {
      const { outcome, event } = await raiseInTx(tx, input, actor, now);
      outcomes.push(outcome);
      if (event) events.push(event);
    }
    await appendAudit(tx, events);
    return outcomes;
  });
}

export async function getAlert(db: Db, id: number): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id));
  return row;
}

export interface AlertFilter {
  states?: readonly AlertState[];
  partyId?: number;
  listedPartyId?: string;
  /** The list the listed party is on ("un"). */
  listSource?: string;
  /** Score band, inclusive. */
  minScore?: number;
  maxScore?: number;
  /** Age: raised at or after / before these moments. */
  createdAfter?: Date;
  createdBefore?: Date;
  /** Keyset paging: alerts with an id below this one (newest first). */
  beforeId?: number;
  limit?: number;
}

export async function listAlerts(db: Db, filter: AlertFilter = {}): Promise<AlertRow[]> {
  const conditions: SQL[] = [];
  if (filter.states && filter.states.length > 0) conditions.push(inArray(alerts.state, [...filter.states]));
  if (filter.partyId !== undefined) conditions.push(eq(alerts.partyId, filter.partyId));
  if (filter.listedPartyId !== undefined) conditions.push(eq(alerts.listedPartyId, filter.listedPartyId));
  if (filter.listSource !== undefined) conditions.push(eq(alerts.listSource, filter.listSource));
  if (filter.minScore !== undefined) conditions.push(gte(alerts.score, filter.minScore));
  if (filter.maxScore !== undefined) conditions.push(lte(alerts.score, filter.maxScore));
  if (filter.createdAfter !== undefined) conditions.push(gte(alerts.createdAt, filter.createdAfter));
  if (filter.createdBefore !== undefined) conditions.push(lt(alerts.createdAt, filter.createdBefore));
  if (filter.beforeId !== undefined) conditions.push(lt(alerts.id, filter.beforeId));
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
  return db
    .select()
    .from(alerts)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(alerts.id))
    .limit(limit);
}

/** Lock an alert for the rest of the transaction, or fail with not-found. */
export async function lockAlert(tx: Db, id: number): Promise<AlertRow> {
  const [alert] = await tx.select().from(alerts).where(eq(alerts.id, id)).for('update');
  if (!alert) throw new DomainError('not-found', `no alert ${id}`);
  return alert;
}

export async function hasPendingDecision(tx: Db, alertId: number): Promise<boolean> {
  const [row] = await tx.select({ id: decisions.id }).from(decisions).where(and(eq(decisions.alertId, alertId), eq(decisions.status, 'pending')));
  return row !== undefined;
}

/** Move an alert by hand (not a closing decision: see decisions-repo.ts). */
export async function transitionAlert(
  db: Db,
  input: { alertId: number; to: AlertState; reason?: string },
  actor: CaseActor,
  now: Date = new Date(),
): Promise<AlertRow> {
  return db.transaction(async (tx) => {
    const alert = await lockAlert(tx, input.alertId);
    enforce(checkDirectTransition(alert.state, input.to, actorRole(actor), await hasPendingDecision(tx, alert.id)));
    const [moved] = await tx
      .update(alerts)
      .set({ state: input.to, stateReason: input.reason ?? null, updatedAt: now })
      .where(eq(alerts.id, alert.id))
      .returning();
    if (!moved) throw new Error(`alert ${alert.id} vanished while being moved`);
    await appendAudit(tx, {
      actor: auditActorOf(actor),
      action: 'alert.transition',
      subjectType: 'alert',
      subjectId: alert.id,
      payload: { from: alert.state, to: input.to, reason: input.reason ?? null },
      at: now,
    });
    return moved;
  });
}

/**
 * A listed party was removed from (or changed on) its list: every alert on it that is open, or closed
 * as a true match, goes to review for a person to look at. Never an automatic release: a freeze stays
 * until someone decides otherwise, outside this function. Alerts already in review or escalated stay
 * where they are (a person is on them); closed false positives need nothing.
 */
export async function sendAlertsToReview(
  db: Db,
  input: { listedPartyId: string; reason: string },
  actor: CaseActor = systemActor('rescreen'),
  now: Date = new Date(),
): Promise<number[]> {
  return db.transaction(async (tx) => {
    const affected = await tx
      .select()
      .from(alerts)
      .where(and(eq(alerts.listedPartyId, input.listedPartyId), inArray(alerts.state, ['open', 'closed_true_match'])))
      .orderBy(alerts.id)
      .for('update');
    const moved: number[] = [];
    const events = [];
    for (const alert of affected) {
      enforce(checkDirectTransition(alert.state, 'in_review', actorRole(actor), false));
      await tx.update(alerts).set({ state: 'in_review', stateReason: input.reason, updatedAt: now }).where(eq(alerts.id, alert.id));
      moved.push(alert.id);
      events.push({
        actor: auditActorOf(actor),
        action: 'alert.transition' as const,
        subjectType: 'alert',
        subjectId: alert.id,
        payload: { from: alert.state, to: 'in_review', reason: input.reason },
        at: now,
      });
    }
    await appendAudit(tx, events);
    return moved;
  });
}
