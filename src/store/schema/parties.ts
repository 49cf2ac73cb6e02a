import { bigserial, doublePrecision, index, integer, jsonb, pgTable, text, bigint, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { at, sqlList } from './columns.js';

/**
 * The properties of a party, named as in the screening query (FollowTheMoney property names), each a
 * list because a customer may have several names, nationalities or documents.
 */
export interface PartyProperties {
  name: string[];
  birthDate?: string[];
  nationality?: string[];
  country?: string[];
  gender?: string[];
  idNumber?: string[];
  passportNumber?: string[];
  address?: string[];
  imoNumber?: string[];
}

/** The organisation's customers, beneficial owners and counterparties. */
export const parties = pgTable('parties', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  /** The organisation's own identifier for the party (customer number, ...): the upsert key. */
  orgId: text('org_id').notNull().unique('parties_org_id'),
  /** FollowTheMoney schema: Person, Organization, Company, LegalEntity, Vessel, ... */
  schema: text('schema').notNull(),
  properties: jsonb('properties').$type<PartyProperties>().notNull(),
  /** See src/cases/record-hash.ts: changes when the data that screening reads changes. */
  dataHash: text('data_hash').notNull(),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

export const SCREENING_RUN_KINDS = ['party-change', 'list-diff', 'full', 'manual'] as const;
export type ScreeningRunKind = (typeof SCREENING_RUN_KINDS)[number];

/**
 * One screening run: a party screened on import, or every party re-screened after a list version
 * arrived. Keeps the list version's arrival time beside the run's own times, so the delay from a UN
 * listing to the alerts it raised is recorded, not reconstructed.
 */
export const screeningRuns = pgTable(
  'screening_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').$type<ScreeningRunKind>().notNull(),
    listSource: text('list_source').notNull(),
    listVersionHash: text('list_version_hash').notNull(),
    listVersionArrivedAt: at('list_version_arrived_at'),
    algorithmVersion: text('algorithm_version').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    actor: text('actor').notNull(),
    startedAt: at('started_at').notNull(),
    finishedAt: at('finished_at'),
    partiesScreened: integer('parties_screened').notNull().default(0),
    alertsRaised: integer('alerts_raised').notNull().default(0),
    /** Anything else worth keeping about the run (diff sizes, timings per phase). */
    stats: jsonb('stats').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [check('screening_runs_kind', sql`${t.kind} in (${sql.raw(sqlList(SCREENING_RUN_KINDS))})`)],
);

/** The outcome of screening one party in one run: the best score and the hits above the threshold. */
export const screeningResults = pgTable(
  'screening_results',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: bigint('run_id', { mode: 'number' }).references(() => screeningRuns.id, { onDelete: 'cascade' }),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => parties.id),
    partyDataHash: text('party_data_hash').notNull(),
    listVersionHash: text('list_version_hash').notNull(),
    algorithmVersion: text('algorithm_version').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    topScore: doublePrecision('top_score'),
    hits: jsonb('hits').$type<unknown[]>().notNull(),
    /**
     * The query exactly as screened (the party's properties then), so an alert can be replayed even
     * after the party's data changed. Null for rows written before this column existed.
     */
    query: jsonb('query').$type<Record<string, unknown>>(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('screening_results_party').on(t.partyId, t.createdAt), index('screening_results_run').on(t.runId)],
);
