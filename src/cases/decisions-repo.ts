import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../store/database.js';
import { alerts, allowList, decisions, freezeRecords, users } from '../store/schema/index.js';
import { auditActorOf, userActor } from './actor.js';
import { hasPendingDecision, lockAlert, type AlertRow } from './alerts-repo.js';
import { allowListExpiry } from './allow-list-rules.js';
import type { AuditEvent } from './audit-log.js';
import { appendAudit } from './audit-log.js';
import { DomainError, enforce } from './errors.js';
import { checkProposal, checkReview, checkWithdrawal, closingState } from './four-eyes.js';
import { freezeTimeline, requiresFreeze } from './freeze-rules.js';
import { DEFAULT_CASE_POLICY, type CasePolicy } from './policy.js';
import type { DecisionKind, DecisionStatus } from './states.js';

export type DecisionRow = typeof decisions.$inferSelect;
export type AllowListRow = typeof allowList.$inferSelect;
export type FreezeRecordRow = typeof freezeRecords.$inferSelect;

export interface DecisionOptions {
  now?: Date;
  policy?: CasePolicy;
}

export interface Proposal {
  alertId: number;
  kind: DecisionKind;
  note: string;
  /** False positives only: how long the allow-list entry lasts (default: the policy's). */
  allowListDays?: number;
}

/** The maker's step: propose closing an alert. Nothing is closed until a second person approves. */
export async function proposeDecision(db: Db, proposal: Proposal, maker: Principal, options: DecisionOptions = {}): Promise<DecisionRow> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? DEFAULT_CASE_POLICY;
  return db.transaction(async (tx) => {
    const alert = await lockAlert(tx, proposal.alertId);
    enforce(
      checkProposal(
        {
          maker,
          kind: proposal.kind,
          alertState: alert.state,
          hasPendingDecision: await hasPendingDecision(tx, alert.id),
          allowListDays: proposal.allowListDays,
          note: proposal.note,
        },
        policy,
      ),
    );
    const [decision] = await tx
      .insert(decisions)
      .values({
        alertId: alert.id,
        kind: proposal.kind,
        status: 'pending',
        fromState: alert.state,
        makerUserId: maker.userId,
        madeAt: now,
        makerNote: proposal.note.trim(),
        allowListDays: proposal.kind === 'false_positive' ? (proposal.allowListDays ?? policy.allowListDays) : null,
      })
      .returning();
    if (!decision) throw new Error(`decision on alert ${alert.id} was not inserted`);
    await appendAudit(tx, {
      actor: auditActorOf(userActor(maker)),
      action: 'decision.propose',
      subjectType: 'decision',
      subjectId: decision.id,
      payload: { alertId: alert.id, kind: decision.kind, fromState: alert.state, note: decision.makerNote, allowListDays: decision.allowListDays },
      at: now,
    });
    return decision;
  });
}

/**
 * Lock the decision's alert, then the decision: always alert first, as every other write on alerts
 * does, so two transactions never wait on each other in opposite orders.
 */
async function lockDecisionAndAlert(tx: Db, decisionId: number): Promise<{ decision: DecisionRow; alert: AlertRow }> {
  const [peek] = await tx.select({ alertId: decisions.alertId }).from(decisions).where(eq(decisions.id, decisionId));
  if (!peek) throw new DomainError('not-found', `no decision ${decisionId}`);
  const alert = await lockAlert(tx, peek.alertId);
  const [decision] = await tx.select().from(decisions).where(eq(decisions.id, decisionId)).for('update');
  if (!decision) throw new DomainError('not-found', `no decision ${decisionId}`);
  return { decision, alert };
}

export interface ApprovalResult {
  decision: DecisionRow;
  alert: AlertRow;
  /** A false positive's allow-list entry. */
  allowListEntry?: AllowListRow;
  /** A true match on a list that obliges a freeze. */
  freezeRecord?: FreezeRecordRow;
}

/**
 * The checker's step. Closes the alert, and then: a false positive goes on the allow-list (with its
 * expiry and the two hashes it was decided on); a true match on a freeze list (the UN list) gets a
 * freeze record with the full timeline. All of it, and its audit entries, in one transaction.
 */
export async function approveDecision(
  db: Db,
  input: { decisionId: number; note?: string },
  checker: Principal,
  options: DecisionOptions = {},
): Promise<ApprovalResult> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? DEFAULT_CASE_POLICY;
  return db.transaction(async (tx) => {
    const { decision, alert } = await lockDecisionAndAlert(tx, input.decisionId);
    enforce(checkReview({ checker, decision, alertState: alert.state }));
    const actor = auditActorOf(userActor(checker));
    const [approved] = await tx
      .update(decisions)
      .set({ status: 'approved', checkerUserId: checker.userId, checkedAt: now, checkerNote: input.note?.trim() || null })
      .where(eq(decisions.id, decision.id))
      .returning();
    const target = closingState(decision.kind);
    const [closed] = await tx
      .update(alerts)
      .set({ state: target, stateReason: `decision ${decision.id}`, updatedAt: now })
      .where(eq(alerts.id, alert.id))
      .returning();
    if (!approved || !closed) throw new Error(`decision ${decision.id} or alert ${alert.id} vanished during approval`);
    const events: AuditEvent[] = [
      {
        actor,
        action: 'decision.approve',
        subjectType: 'decision',
        subjectId: decision.id,
        payload: { alertId: alert.id, kind: decision.kind, makerUserId: decision.makerUserId, checkerUserId: checker.userId, note: approved.checkerNote },
        at: now,
      },
      { actor, action: 'alert.transition', subjectType: 'alert', subjectId: alert.id, payload: { from: alert.state, to: target, decisionId: decision.id }, at: now },
    ];
    const result: ApprovalResult = { decision: approved, alert: closed };

    if (decision.kind === 'false_positive') {
      const days = decision.allowListDays ?? policy.allowListDays;
      const [entry] = await tx
        .insert(allowList)
        .values({
          partyId: alert.partyId,
          listedPartyId: alert.listedPartyId,
          listedRecordHash: alert.listedRecordHash,
          partyDataHash: alert.partyDataHash,
          decisionId: decision.id,
          createdAt: now,
          expiresAt: allowListExpiry(now, days),
        })
        .returning();
      if (!entry) throw new Error(`allow-list entry for decision ${decision.id} was not inserted`);
      result.allowListEntry = entry;
      events.push({
        actor,
        action: 'allowlist.add',
        subjectType: 'allow_list',
        subjectId: entry.id,
        payload: { partyId: entry.partyId, listedPartyId: entry.listedPartyId, expiresAt: entry.expiresAt.toISOString(), decisionId: decision.id },
        at: now,
      });
    } else if (requiresFreeze(alert.listSource, policy)) {
      const moments = {
        listedOn: alert.listedOn,
        listVersionArrivedAt: alert.listVersionArrivedAt,
        alertAt: alert.createdAt,
        decidedAt: decision.madeAt,
        approvedAt: now,
        // The freeze takes effect when the decision does: this system is where the party is blocked.
        frozenAt: now,
      };
      const [record] = await tx
        .insert(freezeRecords)
        .values({
          partyId: alert.partyId,
          alertId: alert.id,
          decisionId: decision.id,
          listSource: alert.listSource,
          listedPartyId: alert.listedPartyId,
          listedPartyRef: alert.listedPartyRef,
          listVersionHash: alert.listVersionHash,
          ...moments,
        })
        // A reopened and again confirmed alert keeps its first freeze record: the freeze never lapsed.
        .onConflictDoNothing({ target: freezeRecords.alertId })
        .returning();
      if (record) {
        result.freezeRecord = record;
        events.push({
          actor,
          action: 'freeze.create',
          subjectType: 'freeze_record',
          subjectId: record.id,
          payload: {
            partyId: record.partyId,
            listedPartyId: record.listedPartyId,
            listedPartyRef: record.listedPartyRef,
            listVersionHash: record.listVersionHash,
            timeline: { ...freezeTimeline(moments) },
          },
          at: now,
        });
      }
    }
    await appendAudit(tx, events);
    return result;
  });
}

/** The checker declines: the alert stays where it was, for the maker (or another) to work on. */
export async function rejectDecision(db: Db, input: { decisionId: number; note: string }, checker: Principal, now: Date = new Date()): Promise<DecisionRow> {
  if (input.note.trim() === '') throw new DomainError('invalid', 'a rejection needs a note saying why');
  return db.transaction(async (tx) => {
    const { decision, alert } = await lockDecisionAndAlert(tx, input.decisionId);
    enforce(checkReview({ checker, decision, alertState: alert.state }));
    const [rejected] = await tx
      .update(decisions)
      .set({ status: 'rejected', checkerUserId: checker.userId, checkedAt: now, checkerNote: input.note.trim() })
      .where(eq(decisions.id, decision.id))
      .returning();
    if (!rejected) throw new Error(`decision ${decision.id} vanished while being rejected`);
    await appendAudit(tx, {
      actor: auditActorOf(userActor(checker)),
      action: 'decision.reject',
      subjectType: 'decision',
      subjectId: decision.id,
      payload: { alertId: alert.id, kind: decision.kind, note: rejected.checkerNote },
      at: now,
    });
    return rejected;
  });
}

/** The maker takes back their own proposal. */
export async function withdrawDecision(db: Db, decisionId: number, maker: Principal, now: Date = new Date()): Promise<DecisionRow> {
  return db.transaction(async (tx) => {
    const { decision, alert } = await lockDecisionAndAlert(tx, decisionId);
    enforce(checkWithdrawal(maker, decision));
    const [withdrawn] = await tx.update(decisions).set({ status: 'withdrawn', checkedAt: now }).where(eq(decisions.id, decision.id)).returning();
    if (!withdrawn) throw new Error(`decision ${decision.id} vanished while being withdrawn`);
    await appendAudit(tx, {
      actor: auditActorOf(userActor(maker)),
      action: 'decision.withdraw',
      subjectType: 'decision',
      subjectId: decision.id,
      payload: { alertId: alert.id, kind: decision.kind },
      at: now,
    });
    return withdrawn;
  });
}

/**
 * A decision as people read it: the row plus the maker's and checker's usernames, so screens and
 * reports name people rather than user ids (the ids stay, for four-eyes checks and joins).
 */
export type DecisionView = DecisionRow & { makerUsername: string; checkerUsername: string | null };

const makers = alias(users, 'makers');
const checkers = alias(users, 'checkers');

async function selectDecisionViews(db: Db, where: SQL | undefined, limit: number): Promise<DecisionView[]> {
  const rows = await db
    .select({ decision: decisions, makerUsername: makers.username, checkerUsername: checkers.username })
    .from(decisions)
    .innerJoin(makers, eq(makers.id, decisions.makerUserId))
    .leftJoin(checkers, eq(checkers.id, decisions.checkerUserId))
    .where(where)
    .orderBy(desc(decisions.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.decision, makerUsername: r.makerUsername, checkerUsername: r.checkerUsername ?? null }));
}

/** Add the usernames to a decision row just written (the answers of propose, approve, reject, withdraw). */
export async function withUsernames(db: Db, row: DecisionRow): Promise<DecisionView> {
  const [view] = await selectDecisionViews(db, eq(decisions.id, row.id), 1);
  if (!view) throw new Error(`decision ${row.id} vanished`);
  return view;
}

export async function getDecision(db: Db, id: number): Promise<DecisionView | undefined> {
  const [row] = await selectDecisionViews(db, eq(decisions.id, id), 1);
  return row;
}

export async function listDecisions(db: Db, filter: { status?: DecisionStatus; alertId?: number; alertIds?: readonly number[] } = {}): Promise<DecisionView[]> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(decisions.status, filter.status));
  if (filter.alertId !== undefined) conditions.push(eq(decisions.alertId, filter.alertId));
  if (filter.alertIds !== undefined) {
    if (filter.alertIds.length === 0) return [];
    conditions.push(inArray(decisions.alertId, [...filter.alertIds]));
  }
  return selectDecisionViews(db, conditions.length > 0 ? and(...conditions) : undefined, 1000);
}
