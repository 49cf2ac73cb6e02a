/**
 * Everything Interdict stores about one case that a report can use, read in one go: the case, its
 * customer (when it has one), its screening alerts with their four-eyes decisions and freeze
 * records, and the rule alerts that point at it with the monitored events they fired on. The report
 * builders (case-file-*.ts) turn this into a report's case file; nothing here decides what goes where.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../store/database.js';
import { alerts, cases, decisions, freezeRecords, monitoringEvents, parties, ruleAlerts, users } from '../store/schema/index.js';

export type CaseRow = typeof cases.$inferSelect;
export type StoredParty = typeof parties.$inferSelect;
export type StoredAlert = typeof alerts.$inferSelect;
export type StoredFreezeRecord = typeof freezeRecords.$inferSelect;
export type StoredEvent = typeof monitoringEvents.$inferSelect;
export type StoredRuleAlert = typeof ruleAlerts.$inferSelect;

export interface DecisionWithPeople {
  id: number;
  alertId: number;
  kind: string;
  status: string;
  maker: string;
  checker: string | null;
  madeAt: Date;
  checkedAt: Date | null;
  makerNote: string;
}

export interface CaseData {
  case: CaseRow;
  party?: StoredParty;
  alerts: StoredAlert[];
  decisions: DecisionWithPeople[];
  freezeRecords: StoredFreezeRecord[];
  ruleAlerts: StoredRuleAlert[];
  /** The monitored events of the rule alerts, each once, in the order they were received. */
  events: StoredEvent[];
}

export class CaseNotFoundError extends Error {
  constructor(readonly caseId: number) {
    super(`no case ${caseId}`);
    this.name = 'CaseNotFoundError';
  }
}

export async function loadCaseData(db: Db, caseId: number): Promise<CaseData> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw new CaseNotFoundError(caseId);
  const [party] = row.partyId !== null ? await db.select().from(parties).where(eq(parties.id, row.partyId)) : [];
  const caseAlerts = await db.select().from(alerts).where(eq(alerts.caseId, caseId)).orderBy(asc(alerts.id));
  const alertIds = caseAlerts.map((a) => a.id);
  const makers = alias(users, 'makers');
  const checkers = alias(users, 'checkers');
  const decisionRows =
    alertIds.length === 0
      ? []
      : await db
          .select({
            id: decisions.id,
            alertId: decisions.alertId,
            kind: decisions.kind,
            status: decisions.status,
            maker: makers.username,
            checker: checkers.username,
            madeAt: decisions.madeAt,
            checkedAt: decisions.checkedAt,
            makerNote: decisions.makerNote,
          })
          .from(decisions)
          .innerJoin(makers, eq(makers.id, decisions.makerUserId))
          .leftJoin(checkers, eq(checkers.id, decisions.checkerUserId))
          .where(inArray(decisions.alertId, alertIds))
          .orderBy(asc(decisions.id));
  const freezes = alertIds.length === 0 ? [] : await db.select().from(freezeRecords).where(inArray(freezeRecords.alertId, alertIds)).orderBy(asc(freezeRecords.id));
  const rules = await db.select().from(ruleAlerts).where(eq(ruleAlerts.caseId, caseId)).orderBy(asc(ruleAlerts.id));
  const eventIds = [...new Set(rules.map((r) => r.monitoringEventId))];
  const events = eventIds.length === 0 ? [] : await db.select().from(monitoringEvents).where(and(inArray(monitoringEvents.id, eventIds))).orderBy(asc(monitoringEvents.receivedAt), asc(monitoringEvents.id));
  return { case: row, ...(party ? { party } : {}), alerts: caseAlerts, decisions: decisionRows, freezeRecords: freezes, ruleAlerts: rules, events };
}

/** The rule alerts that fired on one stored event. */
export function ruleAlertsOf(data: CaseData, event: StoredEvent): StoredRuleAlert[] {
  return data.ruleAlerts.filter((r) => r.monitoringEventId === event.id);
}
