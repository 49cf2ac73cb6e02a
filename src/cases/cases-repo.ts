import { and, asc, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { assertCan } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../store/database.js';
import { alerts, cases, ruleAlerts } from '../store/schema/index.js';
import { auditActorOf, userActor } from './actor.js';
import type { AlertRow } from './alerts-repo.js';
import type { AuditEvent } from './audit-log.js';
import { appendAudit } from './audit-log.js';
import { DomainError } from './errors.js';
import { isClosed, type CaseState } from './states.js';

export type CaseRow = typeof cases.$inferSelect;

/**
 * A case gathers the alerts of one party that are worked together. The alerts carry the states and
 * the decisions; a case is open until every one of its alerts is closed.
 */
export async function openCase(
  db: Db,
  input: { partyId: number; title: string; alertIds?: readonly number[] },
  actor: Principal,
  now: Date = new Date(),
): Promise<{ case: CaseRow; alerts: AlertRow[] }> {
  assertCan(actor.role, 'cases:write');
  const title = input.title.trim();
  if (title === '') throw new DomainError('invalid', 'a case needs a title');
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(cases)
      .values({ partyId: input.partyId, state: 'open', title, createdBy: auditActorOf(userActor(actor)), createdAt: now, updatedAt: now })
      .returning();
    if (!created) throw new Error('case was not inserted');
    const attached = await attachInTx(tx, created, input.alertIds ?? [], now);
    const by = auditActorOf(userActor(actor));
    const events: AuditEvent[] = [
      { actor: by, action: 'case.open', subjectType: 'case', subjectId: created.id, payload: { partyId: created.partyId, title }, at: now },
      ...attached.map((a) => ({ actor: by, action: 'case.attach' as const, subjectType: 'case', subjectId: created.id, payload: { alertId: a.id }, at: now })),
    ];
    await appendAudit(tx, events);
    return { case: created, alerts: attached };
  });
}

async function attachInTx(tx: Db, target: CaseRow, alertIds: readonly number[], now: Date): Promise<AlertRow[]> {
  if (alertIds.length === 0) return [];
  const found = await tx.select().from(alerts).where(inArray(alerts.id, [...alertIds])).orderBy(asc(alerts.id)).for('update');
  for (const id of alertIds) {
    const alert = found.find((a) => a.id === id);
    if (!alert) throw new DomainError('not-found', `no alert ${id}`);
    if (alert.partyId !== target.partyId) throw new DomainError('invalid', `alert ${id} is about another party (${alert.partyId}), not ${target.partyId}`);
    if (alert.caseId !== null && alert.caseId !== target.id) throw new DomainError('conflict', `alert ${id} belongs to case ${alert.caseId} already`);
  }
  return tx.update(alerts).set({ caseId: target.id, updatedAt: now }).where(inArray(alerts.id, [...alertIds])).returning();
}

export async function attachAlerts(db: Db, input: { caseId: number; alertIds: readonly number[] }, actor: Principal, now: Date = new Date()): Promise<AlertRow[]> {
  assertCan(actor.role, 'cases:write');
  return db.transaction(async (tx) => {
    const [target] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).for('update');
    if (!target) throw new DomainError('not-found', `no case ${input.caseId}`);
    if (target.state === 'closed') throw new DomainError('conflict', `case ${input.caseId} is closed`);
    const attached = await attachInTx(tx, target, input.alertIds, now);
    await tx.update(cases).set({ updatedAt: now }).where(eq(cases.id, target.id));
    const by = auditActorOf(userActor(actor));
    await appendAudit(
      tx,
      attached.map((a) => ({ actor: by, action: 'case.attach' as const, subjectType: 'case', subjectId: target.id, payload: { alertId: a.id }, at: now })),
    );
    return attached;
  });
}

/** Close a case whose alerts are all closed; refused while any is still being worked. */
export async function closeCase(db: Db, caseId: number, actor: Principal, now: Date = new Date()): Promise<CaseRow> {
  assertCan(actor.role, 'cases:write');
  return db.transaction(async (tx) => {
    const [target] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!target) throw new DomainError('not-found', `no case ${caseId}`);
    if (target.state === 'closed') throw new DomainError('conflict', `case ${caseId} is closed already`);
    const members = await tx.select({ id: alerts.id, state: alerts.state }).from(alerts).where(eq(alerts.caseId, caseId));
    // A case opened from a monitored event holds rule alerts: they must be decided before it closes too.
    const ruleMembers = await tx.select({ id: ruleAlerts.id, state: ruleAlerts.state }).from(ruleAlerts).where(eq(ruleAlerts.caseId, caseId));
    const stillOpen = [...members.map((a) => ({ ...a, label: `${a.id}` })), ...ruleMembers.map((a) => ({ ...a, label: `rule alert ${a.id}` }))].filter((a) => !isClosed(a.state));
    if (stillOpen.length > 0) {
      throw new DomainError('conflict', `case ${caseId} has alerts not yet closed: ${stillOpen.map((a) => `${a.label} (${a.state})`).join(', ')}`);
    }
    const [closed] = await tx.update(cases).set({ state: 'closed', closedAt: now, updatedAt: now }).where(eq(cases.id, caseId)).returning();
    if (!closed) throw new Error(`case ${caseId} vanished while being closed`);
    await appendAudit(tx, {
      actor: auditActorOf(userActor(actor)),
      action: 'case.close',
      subjectType: 'case',
      subjectId: caseId,
      payload: { alerts: members.map((a) => a.id), ruleAlerts: ruleMembers.map((a) => a.id) },
      at: now,
    });
    return closed;
  });
}

export async function getCase(db: Db, caseId: number): Promise<{ case: CaseRow; alerts: AlertRow[] } | undefined> {
  const [found] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!found) return undefined;
  const members = await db.select().from(alerts).where(and(eq(alerts.caseId, caseId))).orderBy(asc(alerts.id));
  return { case: found, alerts: members };
}

/** Cases, newest first, a page at a time (`beforeId`: the last id of the previous page). */
export async function listCases(db: Db, filter: { state?: CaseState; partyId?: number; beforeId?: number; limit?: number } = {}): Promise<CaseRow[]> {
  const conditions: SQL[] = [];
  if (filter.state) conditions.push(eq(cases.state, filter.state));
  if (filter.partyId !== undefined) conditions.push(eq(cases.partyId, filter.partyId));
  if (filter.beforeId !== undefined) conditions.push(lt(cases.id, filter.beforeId));
  return db
    .select()
    .from(cases)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(cases.id))
    .limit(Math.min(Math.max(filter.limit ?? 100, 1), 1000));
}
