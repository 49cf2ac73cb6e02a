/**
 * Rule alerts (raised by monitoring rules on an event, src/monitoring/event-store.ts): reading them,
 * moving them between working states, and closing them by a four-eyes decision. The same state
 * table (transitions.ts) and the same four-eyes rules (four-eyes.ts) as name alerts; the decisions
 * live in rule_alert_decisions. Closing a rule alert creates no allow-list entry and no freeze
 * record: it judges one event, not a standing pair of parties.
 *
 * Lock order as everywhere: the rule alert first, then its decision, the audit head last.
 */
import { and, asc, desc, eq, getTableColumns, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../store/database.js';
import { queryRows } from '../store/rows.js';
import { monitoringEvents, ruleAlertDecisions, ruleAlerts } from '../store/schema/index.js';
import { actorRole, auditActorOf, userActor, type CaseActor } from './actor.js';
import { appendAudit } from './audit-log.js';
import { DomainError, enforce } from './errors.js';
import { checkProposal, checkReview, checkWithdrawal, closingState } from './four-eyes.js';
import { DEFAULT_CASE_POLICY } from './policy.js';
import type { AlertState, DecisionKind, DecisionStatus } from './states.js';
import { checkDirectTransition } from './transitions.js';

export type RuleAlertRow = typeof ruleAlerts.$inferSelect;
export type RuleAlertDecisionRow = typeof ruleAlertDecisions.$inferSelect;

/** A rule alert as the API shows it: the row plus its event's own id and kind. */
export type RuleAlert = RuleAlertRow & { eventId: string; kind: string };

const selection = {
  id: ruleAlerts.id,
  monitoringEventId: ruleAlerts.monitoringEventId,
  eventId: monitoringEvents.eventId,
  kind: monitoringEvents.kind,
  caseId: ruleAlerts.caseId,
  pack: ruleAlerts.pack,
  packVersion: ruleAlerts.packVersion,
  ruleId: ruleAlerts.ruleId,
  reasonCode: ruleAlerts.reasonCode,
  severity: ruleAlerts.severity,
  evidence: ruleAlerts.evidence,
  hardControl: ruleAlerts.hardControl,
  state: ruleAlerts.state,
  stateReason: ruleAlerts.stateReason,
  createdAt: ruleAlerts.createdAt,
  updatedAt: ruleAlerts.updatedAt,
};

export interface RuleAlertFilter {
  states?: readonly AlertState[];
  pack?: string;
  ruleId?: string;
  caseId?: number;
  /** Keyset paging: ids below this one (newest first). */
  beforeId?: number;
  limit?: number;
}

export async function listRuleAlerts(db: Db, filter: RuleAlertFilter = {}): Promise<RuleAlert[]> {
  const conditions: SQL[] = [];
  if (filter.states && filter.states.length > 0) conditions.push(inArray(ruleAlerts.state, [...filter.states]));
  if (filter.pack !== undefined) conditions.push(eq(ruleAlerts.pack, filter.pack));
  if (filter.ruleId !== undefined) conditions.push(eq(ruleAlerts.ruleId, filter.ruleId));
  if (filter.caseId !== undefined) conditions.push(eq(ruleAlerts.caseId, filter.caseId));
  if (filter.beforeId !== undefined) conditions.push(lt(ruleAlerts.id, filter.beforeId));
  return db
    .select(selection)
    .from(ruleAlerts)
    .innerJoin(monitoringEvents, eq(monitoringEvents.id, ruleAlerts.monitoringEventId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(ruleAlerts.id))
    .limit(Math.min(Math.max(filter.limit ?? 100, 1), 1000));
}

export async function getRuleAlert(db: Db, id: number): Promise<(RuleAlert & { event: unknown }) | undefined> {
  const [row] = await db
    .select({ ...selection, event: monitoringEvents.event })
    .from(ruleAlerts)
    .innerJoin(monitoringEvents, eq(monitoringEvents.id, ruleAlerts.monitoringEventId))
    .where(eq(ruleAlerts.id, id));
  return row;
}

async function lockRuleAlert(tx: Db, id: number): Promise<RuleAlertRow> {
  const [row] = await tx.select().from(ruleAlerts).where(eq(ruleAlerts.id, id)).for('update');
  if (!row) throw new DomainError('not-found', `no rule alert ${id}`);
  return row;
}

async function pendingDecision(tx: Db, ruleAlertId: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: ruleAlertDecisions.id })
    .from(ruleAlertDecisions)
    .where(and(eq(ruleAlertDecisions.ruleAlertId, ruleAlertId), eq(ruleAlertDecisions.status, 'pending')));
  return row !== undefined;
}

/** Move a rule alert between working states (open, in_review, escalated); closing needs a decision. */
export async function transitionRuleAlert(
  db: Db,
  input: { ruleAlertId: number; to: AlertState; note?: string },
  actor: CaseActor,
  now: Date = new Date(),
): Promise<RuleAlertRow> {
  return db.transaction(async (tx) => {
    const alert = await lockRuleAlert(tx, input.ruleAlertId);
    enforce(checkDirectTransition(alert.state, input.to, actorRole(actor), await pendingDecision(tx, alert.id)));
    const [moved] = await tx
      .update(ruleAlerts)
      .set({ state: input.to, stateReason: input.note ?? null, updatedAt: now })
      .where(eq(ruleAlerts.id, alert.id))
      .returning();
    if (!moved) throw new Error(`rule alert ${alert.id} vanished while being moved`);
    await appendAudit(tx, {
      actor: auditActorOf(actor),
      action: 'rule-alert.transition',
      subjectType: 'rule-alert',
      subjectId: alert.id,
      payload: { from: alert.state, to: input.to, note: input.note ?? null },
      at: now,
    });
    return moved;
  });
}

/** The maker's step: propose closing a rule alert as a true match or a false positive. */
export async function proposeRuleAlertDecision(
  db: Db,
  input: { ruleAlertId: number; kind: DecisionKind; note: string },
  maker: Principal,
  now: Date = new Date(),
): Promise<RuleAlertDecisionRow> {
  return db.transaction(async (tx) => {
    const alert = await lockRuleAlert(tx, input.ruleAlertId);
    enforce(
      checkProposal(
        { maker, kind: input.kind, alertState: alert.state, hasPendingDecision: await pendingDecision(tx, alert.id), note: input.note },
        DEFAULT_CASE_POLICY,
      ),
    );
    const [decision] = await tx
      .insert(ruleAlertDecisions)
      .values({ ruleAlertId: alert.id, kind: input.kind, status: 'pending', fromState: alert.state, makerUserId: maker.userId, madeAt: now, makerNote: input.note.trim() })
      .returning();
    if (!decision) throw new Error(`decision on rule alert ${alert.id} was not inserted`);
    await appendAudit(tx, {
      actor: auditActorOf(userActor(maker)),
      action: 'decision.propose',
      subjectType: 'rule-alert-decision',
      subjectId: decision.id,
      payload: { ruleAlertId: alert.id, kind: decision.kind, fromState: alert.state, note: decision.makerNote },
      at: now,
    });
    return decision;
  });
}

async function lockDecision(tx: Db, decisionId: number): Promise<{ decision: RuleAlertDecisionRow; alert: RuleAlertRow }> {
  const [peek] = await tx.select({ ruleAlertId: ruleAlertDecisions.ruleAlertId }).from(ruleAlertDecisions).where(eq(ruleAlertDecisions.id, decisionId));
  if (!peek) throw new DomainError('not-found', `no rule-alert decision ${decisionId}`);
  const alert = await lockRuleAlert(tx, peek.ruleAlertId);
  const [decision] = await tx.select().from(ruleAlertDecisions).where(eq(ruleAlertDecisions.id, decisionId)).for('update');
  if (!decision) throw new DomainError('not-found', `no rule-alert decision ${decisionId}`);
  return { decision, alert };
}

/** The checker's step: a different person approves, and the rule alert is closed. */
export async function approveRuleAlertDecision(
  db: Db,
  input: { decisionId: number; note?: string },
  checker: Principal,
  now: Date = new Date(),
): Promise<{ decision: RuleAlertDecisionRow; alert: RuleAlertRow }> {
  return db.transaction(async (tx) => {
    const { decision, alert } = await lockDecision(tx, input.decisionId);
    enforce(checkReview({ checker, decision, alertState: alert.state }));
    const [approved] = await tx
      .update(ruleAlertDecisions)
      .set({ status: 'approved', checkerUserId: checker.userId, checkedAt: now, checkerNote: input.note?.trim() || null })
      .where(eq(ruleAlertDecisions.id, decision.id))
      .returning();
    const to = closingState(decision.kind);
    const [closed] = await tx
      .update(ruleAlerts)
      .set({ state: to, stateReason: `four-eyes decision ${decision.id}: ${decision.kind}`, updatedAt: now })
      .where(eq(ruleAlerts.id, alert.id))
      .returning();
    if (!approved || !closed) throw new Error(`rule-alert decision ${decision.id} vanished while being approved`);
    const by = auditActorOf(userActor(checker));
    await appendAudit(tx, [
      { actor: by, action: 'decision.approve', subjectType: 'rule-alert-decision', subjectId: decision.id, payload: { ruleAlertId: alert.id, kind: decision.kind, note: approved.checkerNote }, at: now },
      { actor: by, action: 'rule-alert.transition', subjectType: 'rule-alert', subjectId: alert.id, payload: { from: alert.state, to, decisionId: decision.id }, at: now },
    ]);
    return { decision: approved, alert: closed };
  });
}

/** The checker declines: the rule alert stays where it was, the decision is closed as rejected. */
export async function rejectRuleAlertDecision(db: Db, input: { decisionId: number; note?: string }, checker: Principal, now: Date = new Date()): Promise<RuleAlertDecisionRow> {
  return db.transaction(async (tx) => {
    const { decision, alert } = await lockDecision(tx, input.decisionId);
    enforce(checkReview({ checker, decision, alertState: alert.state }));
    const [rejected] = await tx
      .update(ruleAlertDecisions)
      .set({ status: 'rejected', checkerUserId: checker.userId, checkedAt: now, checkerNote: input.note?.trim() || null })
      .where(eq(ruleAlertDecisions.id, decision.id))
      .returning();
    if (!rejected) throw new Error(`rule-alert decision ${decision.id} vanished while being rejected`);
    await appendAudit(tx, {
      actor: auditActorOf(userActor(checker)),
      action: 'decision.reject',
      subjectType: 'rule-alert-decision',
      subjectId: decision.id,
      payload: { ruleAlertId: alert.id, note: rejected.checkerNote },
      at: now,
    });
    return rejected;
  });
}

/** The maker takes back their own pending proposal. */
export async function withdrawRuleAlertDecision(db: Db, decisionId: number, maker: Principal, now: Date = new Date()): Promise<RuleAlertDecisionRow> {
  return db.transaction(async (tx) => {
    const { decision, alert } = await lockDecision(tx, decisionId);
    enforce(checkWithdrawal(maker, decision));
    const [withdrawn] = await tx.update(ruleAlertDecisions).set({ status: 'withdrawn', checkedAt: now }).where(eq(ruleAlertDecisions.id, decision.id)).returning();
    if (!withdrawn) throw new Error(`rule-alert decision ${decision.id} vanished while being withdrawn`);
    await appendAudit(tx, {
      actor: auditActorOf(userActor(maker)),
      action: 'decision.withdraw',
      subjectType: 'rule-alert-decision',
      subjectId: decision.id,
      payload: { ruleAlertId: alert.id },
      at: now,
    });
    return withdrawn;
  });
}

/** Decisions name their maker and checker by username too (screens show people, not user ids). */
export async function listRuleAlertDecisions(
  db: Db,
  filter: { ruleAlertId?: number; status?: DecisionStatus } = {},
): Promise<(RuleAlertDecisionRow & { makerUsername: string; checkerUsername: string | null })[]> {
  const conditions: SQL[] = [];
  if (filter.ruleAlertId !== undefined) conditions.push(eq(ruleAlertDecisions.ruleAlertId, filter.ruleAlertId));
  if (filter.status !== undefined) conditions.push(eq(ruleAlertDecisions.status, filter.status));
  return db
    .select({
      ...getTableColumns(ruleAlertDecisions),
      makerUsername: sql<string>`(select u.username from users u where u.id = ${ruleAlertDecisions.makerUserId})`,
      checkerUsername: sql<string | null>`(select u.username from users u where u.id = ${ruleAlertDecisions.checkerUserId})`,
    })
    .from(ruleAlertDecisions)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(ruleAlertDecisions.id))
    .limit(1000);
}

export interface MonitoringStats {
  days: { date: string; pack: string; ruleId: string; alerts: number; closedFalsePositive: number; closedTrueMatch: number }[];
  perRule: { pack: string; ruleId: string; alerts: number; falsePositiveRate: number | null }[];
  listingToFreeze: { alertId: number; listedOn: string | null; frozenAt: string; hours: number | null }[];
}

/**
 * Figures for the dashboard over the last `days` days: rule alerts raised per day and rule with how
 * many of them are closed either way; per rule, the share of closed alerts that were false positives
 * (null while none is closed); and, from freeze_records, hours from a party's listing to its freeze.
 * Counts are cast to int in SQL: PGlite and pg return count(*) differently.
 */
export async function monitoringStats(db: Db, days: number, now: Date = new Date()): Promise<MonitoringStats> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const fp = sql<number>`cast(count(*) filter (where ${ruleAlerts.state} = 'closed_false_positive') as int)`;
  const tm = sql<number>`cast(count(*) filter (where ${ruleAlerts.state} = 'closed_true_match') as int)`;
  const n = sql<number>`cast(count(*) as int)`;
  const day = sql<string>`to_char(${ruleAlerts.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const perDay = await db
    .select({ date: day, pack: ruleAlerts.pack, ruleId: ruleAlerts.ruleId, alerts: n, closedFalsePositive: fp, closedTrueMatch: tm })
    .from(ruleAlerts)
    .where(gte(ruleAlerts.createdAt, since))
    .groupBy(day, ruleAlerts.pack, ruleAlerts.ruleId)
    .orderBy(day, ruleAlerts.pack, ruleAlerts.ruleId);
  const perRuleRows = await db
    .select({ pack: ruleAlerts.pack, ruleId: ruleAlerts.ruleId, alerts: n, fp, tm })
    .from(ruleAlerts)
    .where(gte(ruleAlerts.createdAt, since))
    .groupBy(ruleAlerts.pack, ruleAlerts.ruleId)
    .orderBy(ruleAlerts.pack, ruleAlerts.ruleId);
  const freezeRows = await queryRows<{ alert_id: string | number; listed_on: string | null; frozen_at: string | Date }>(
    db,
    sql`select alert_id::int as alert_id, listed_on, frozen_at from freeze_records where frozen_at >= ${since.toISOString()} order by frozen_at`,
  );
  return {
    days: perDay.map((r) => ({ ...r, alerts: Number(r.alerts), closedFalsePositive: Number(r.closedFalsePositive), closedTrueMatch: Number(r.closedTrueMatch) })),
    perRule: perRuleRows.map((r) => {
      const closed = Number(r.fp) + Number(r.tm);
      return { pack: r.pack, ruleId: r.ruleId, alerts: Number(r.alerts), falsePositiveRate: closed > 0 ? Number(r.fp) / closed : null };
    }),
    listingToFreeze: freezeRows.map((r) => {
      const frozenAt = new Date(r.frozen_at);
      // The listing date is a calendar day (UTC midnight): hours from its start to the freeze.
      const hours = r.listed_on ? Math.round(((frozenAt.getTime() - Date.parse(`${r.listed_on}T00:00:00Z`)) / 3_600_000) * 10) / 10 : null;
      return { alertId: Number(r.alert_id), listedOn: r.listed_on, frozenAt: frozenAt.toISOString(), hours };
    }),
  };
}
