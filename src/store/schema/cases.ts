import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  ALERT_STATES,
  CLOSED_STATES,
  CASE_STATES,
  DECISION_KINDS,
  DECISION_STATUSES,
  type AlertState,
  type CaseState,
  type DecisionKind,
  type DecisionStatus,
} from '../../cases/states.js';
import { at, sqlList } from './columns.js';
import { users } from './auth.js';
import { parties, screeningResults } from './parties.js';

/** A case groups the alerts of one party that are worked together. */
export const cases = pgTable(
  'cases',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The customer the case is about; null for a case opened from a monitored event's rule alerts. */
    partyId: bigint('party_id', { mode: 'number' }).references(() => parties.id),
    state: text('state').$type<CaseState>().notNull(),
    title: text('title').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    closedAt: at('closed_at'),
  },
  (t) => [check('cases_state', sql`${t.state} in (${sql.raw(sqlList(CASE_STATES))})`), index('cases_party').on(t.partyId)],
);

/**
 * A possible match between a party and a listed party. Everything needed to replay it is kept on the
 * row (list version, algorithm version, threshold, explanation), and so is everything a freeze record
 * needs (listing date, list version arrival), so neither depends on data that may change later.
 */
export const alerts = pgTable(
  'alerts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => parties.id),
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    screeningResultId: bigint('screening_result_id', { mode: 'number' }).references(() => screeningResults.id),
    state: text('state').$type<AlertState>().notNull(),
    /** Why the alert was last moved (e.g. "listed party removed from the list: review"). */
    stateReason: text('state_reason'),
    score: doublePrecision('score').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    algorithmVersion: text('algorithm_version').notNull(),
    explanation: jsonb('explanation').$type<unknown>().notNull(),
    listSource: text('list_source').notNull(),
    listVersionHash: text('list_version_hash').notNull(),
    listVersionArrivedAt: at('list_version_arrived_at').notNull(),
    listedPartyId: text('listed_party_id').notNull(),
    listedPartyRef: text('listed_party_ref').notNull(),
    /** The listed party's date of first listing ("YYYY-MM-DD"), when the list gives one. */
    listedOn: text('listed_on'),
    listedRecordHash: text('listed_record_hash').notNull(),
    partyDataHash: text('party_data_hash').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    check('alerts_state', sql`${t.state} in (${sql.raw(sqlList(ALERT_STATES))})`),
    index('alerts_state_idx').on(t.state, t.createdAt),
    index('alerts_pair').on(t.partyId, t.listedPartyId),
    index('alerts_listed_party').on(t.listedPartyId),
    // One live alert per pair: re-screening the same pair again finds it instead of raising another,
    // even when two workers screen at once.
    uniqueIndex('alerts_one_live_per_pair')
      .on(t.partyId, t.listedPartyId)
      .where(sql`${t.state} not in (${sql.raw(sqlList(CLOSED_STATES))})`),
  ],
);

/**
 * A four-eyes decision: proposed by a maker, then approved or rejected by a different checker. The
 * database refuses a checker equal to the maker too, so no code path can skip the rule.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    alertId: bigint('alert_id', { mode: 'number' })
      .notNull()
      .references(() => alerts.id),
    kind: text('kind').$type<DecisionKind>().notNull(),
    status: text('status').$type<DecisionStatus>().notNull(),
    /** The alert's state when the decision was proposed; approval requires it unchanged. */
    fromState: text('from_state').$type<AlertState>().notNull(),
    makerUserId: bigint('maker_user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id),
    madeAt: at('made_at').notNull(),
    makerNote: text('maker_note').notNull(),
    checkerUserId: bigint('checker_user_id', { mode: 'number' }).references(() => users.id),
    /** When the decision stopped being pending: approved, rejected, or withdrawn by its maker. */
    checkedAt: at('checked_at'),
    checkerNote: text('checker_note'),
    /** For a false positive: how long the allow-list entry lasts. */
    allowListDays: integer('allow_list_days'),
  },
  (t) => [
    check('decisions_kind', sql`${t.kind} in (${sql.raw(sqlList(DECISION_KINDS))})`),
    check('decisions_status', sql`${t.status} in (${sql.raw(sqlList(DECISION_STATUSES))})`),
    check('decisions_four_eyes', sql`${t.checkerUserId} is null or ${t.checkerUserId} <> ${t.makerUserId}`),
    // At most one decision waiting per alert: two competing proposals would make approval ambiguous.
    uniqueIndex('decisions_one_pending').on(t.alertId).where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * A party + listed party pair decided as a false positive. It suppresses new alerts for the pair only
 * while both records are as they were decided (the hashes) and until it expires.
 */
export const allowList = pgTable(
  'allow_list',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => parties.id),
    listedPartyId: text('listed_party_id').notNull(),
    listedRecordHash: text('listed_record_hash').notNull(),
    partyDataHash: text('party_data_hash').notNull(),
    decisionId: bigint('decision_id', { mode: 'number' })
      .notNull()
      .references(() => decisions.id),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    revokedBy: text('revoked_by'),
  },
  (t) => [index('allow_list_pair').on(t.partyId, t.listedPartyId, t.createdAt)],
);

/**
 * Proof that a true match on a UN-listed party was acted on without delay: every moment from the
 * listing to the freeze, copied here so the record stands on its own.
 */
export const freezeRecords = pgTable('freeze_records', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  partyId: bigint('party_id', { mode: 'number' })
    .notNull()
    .references(() => parties.id),
  alertId: bigint('alert_id', { mode: 'number' })
    .notNull()
    .unique('freeze_records_alert')
    .references(() => alerts.id),
  decisionId: bigint('decision_id', { mode: 'number' })
    .notNull()
    .references(() => decisions.id),
  listSource: text('list_source').notNull(),
  listedPartyId: text('listed_party_id').notNull(),
  listedPartyRef: text('listed_party_ref').notNull(),
  listedOn: text('listed_on'),
  listVersionHash: text('list_version_hash').notNull(),
  listVersionArrivedAt: at('list_version_arrived_at').notNull(),
  alertAt: at('alert_at').notNull(),
  /** When the maker decided "true match". */
  decidedAt: at('decided_at').notNull(),
  /** When the checker approved it: the decision takes effect. */
  approvedAt: at('approved_at').notNull(),
  frozenAt: at('frozen_at').notNull(),
});
