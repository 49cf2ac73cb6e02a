import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ALERT_STATES, CLOSED_STATES, type AlertState } from '../../cases/states.js';
import { at, sqlList } from './columns.js';
import { cases } from './cases.js';

/** What monitoring concluded for one event (src/monitoring/process.ts DecisionKind). */
export const EVENT_OUTCOMES = ['allow', 'alert', 'block', 'refuse'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

/**
 * A monitored event (payment, oil cargo, cultural object) as received, with the outcome of the rule
 * pack version that judged it. The event is kept whole so backtests and shadow runs replay the same
 * input, and its hash binds the outcome to those exact bytes.
 */
export const monitoringEvents = pgTable(
  'monitoring_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The sender's own id of the event (payment's end-to-end id, cargo or object reference): idempotency key. */
    eventId: text('event_id').notNull(),
    /** payment | cargo | art */
    kind: text('kind').notNull(),
    /** The event as canonical JSON (src/monitoring/events.ts). */
    event: jsonb('event').$type<unknown>().notNull(),
    eventHash: text('event_hash').notNull(),
    /** When the event happened, as the event says (value date, loading date, sale date). */
    occurredAt: at('occurred_at'),
    receivedAt: at('received_at').notNull(),
    processedAt: at('processed_at'),
    outcome: text('outcome').$type<EventOutcome>(),
    /** "<pack>@<version>" of every rule pack that judged it. */
    rulePackVersions: jsonb('rule_pack_versions').$type<string[]>(),
    /** The full decision: hits, screening results, hard controls, as src/monitoring/process.ts returns it. */
    decision: jsonb('decision').$type<unknown>(),
  },
  (t) => [
    check('monitoring_events_outcome', sql`${t.outcome} is null or ${t.outcome} in (${sql.raw(sqlList(EVENT_OUTCOMES))})`),
    uniqueIndex('monitoring_events_event_id').on(t.kind, t.eventId),
    index('monitoring_events_received').on(t.receivedAt),
  ],
);

/**
 * An alert raised by a rule (or by a screening hit inside an event): same states and four-eyes
 * decisions as name-screening alerts, kept apart because it points at an event and a rule, not at a
 * customer and a listed party. Everything needed to explain and replay it is on the row.
 */
export const ruleAlerts = pgTable(
  'rule_alerts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    monitoringEventId: bigint('monitoring_event_id', { mode: 'number' })
      .notNull()
      .references(() => monitoringEvents.id),
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    /** oil | antiquities | ransom | donations | fighters | screening */
    pack: text('pack').notNull(),
    packVersion: text('pack_version').notNull(),
    ruleId: text('rule_id').notNull(),
    reasonCode: text('reason_code').notNull(),
    severity: text('severity').notNull(),
    /** What the rule saw: the facts and thresholds that made it fire. */
    evidence: jsonb('evidence').$type<unknown>().notNull(),
    /** A hard control (blocked payment, refused object) rather than an alert to review. */
    hardControl: text('hard_control'),
    state: text('state').$type<AlertState>().notNull(),
    stateReason: text('state_reason'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    check('rule_alerts_state', sql`${t.state} in (${sql.raw(sqlList(ALERT_STATES))})`),
    index('rule_alerts_state_idx').on(t.state, t.createdAt),
    index('rule_alerts_rule').on(t.pack, t.ruleId, t.createdAt),
    // One live alert per event and rule: a replayed or redelivered event does not alert twice.
    uniqueIndex('rule_alerts_one_live_per_event_rule')
      .on(t.monitoringEventId, t.ruleId)
      .where(sql`${t.state} not in (${sql.raw(sqlList(CLOSED_STATES))})`),
  ],
);
