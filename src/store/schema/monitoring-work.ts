import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, doublePrecision, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { DECISION_KINDS, DECISION_STATUSES, type AlertState, type DecisionKind, type DecisionStatus } from '../../cases/states.js';
import { at, sqlList } from './columns.js';
import { users } from './auth.js';
import { monitoringEvents, ruleAlerts } from './monitoring.js';

/**
 * What monitoring remembers between events once it runs against the database (several workers, a
 * server): the history records of src/monitoring/history.ts, one row each. Raw facts only (who paid
 * whom, USD amount, volume, tags), written in the same transaction as the event's outcome, so a
 * worker that processes the next event of the same party sees them, and a redelivered event (whose
 * outcome row exists) adds none twice.
 */
export const monitoringHistory = pgTable(
  'monitoring_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    monitoringEventId: bigint('monitoring_event_id', { mode: 'number' })
      .notNull()
      .references(() => monitoringEvents.id),
    eventId: text('event_id').notNull(),
    /** YYYY-MM-DD, as the event dates it. */
    date: text('date').notNull(),
    /** The party the record is about (src/monitoring/party.ts partyKey). */
    partyKey: text('party_key').notNull(),
    /** What happened: payment.out, flag.kidnapping, cargo.buy, cashout.border, ... */
    kind: text('kind').notNull(),
    counterparty: text('counterparty'),
    usdMinor: bigint('usd_minor', { mode: 'number' }),
    quantityM3: doublePrecision('quantity_m3'),
    tags: jsonb('tags').$type<string[]>().notNull(),
  },
  (t) => [index('monitoring_history_party').on(t.partyKey, t.kind, t.date), index('monitoring_history_event').on(t.monitoringEventId)],
);

/**
 * A four-eyes decision closing a rule alert: the same rules as `decisions` for name alerts (a maker
 * proposes true match or false positive, a different person approves or rejects; the database
 * refuses a checker equal to the maker). No allow-list and no freeze record follow from it: a rule
 * alert is about one event, not a standing pair of parties.
 */
export const ruleAlertDecisions = pgTable(
  'rule_alert_decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ruleAlertId: bigint('rule_alert_id', { mode: 'number' })
      .notNull()
      .references(() => ruleAlerts.id),
    kind: text('kind').$type<DecisionKind>().notNull(),
    status: text('status').$type<DecisionStatus>().notNull(),
    /** The rule alert's state when proposed; approval requires it unchanged. */
    fromState: text('from_state').$type<AlertState>().notNull(),
    makerUserId: bigint('maker_user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id),
    madeAt: at('made_at').notNull(),
    makerNote: text('maker_note').notNull(),
    checkerUserId: bigint('checker_user_id', { mode: 'number' }).references(() => users.id),
    checkedAt: at('checked_at'),
    checkerNote: text('checker_note'),
  },
  (t) => [
    check('rule_alert_decisions_kind', sql`${t.kind} in (${sql.raw(sqlList(DECISION_KINDS))})`),
    check('rule_alert_decisions_status', sql`${t.status} in (${sql.raw(sqlList(DECISION_STATUSES))})`),
    check('rule_alert_decisions_four_eyes', sql`${t.checkerUserId} is null or ${t.checkerUserId} <> ${t.makerUserId}`),
    uniqueIndex('rule_alert_decisions_one_pending').on(t.ruleAlertId).where(sql`${t.status} = 'pending'`),
  ],
);
