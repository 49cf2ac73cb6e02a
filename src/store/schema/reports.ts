import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { FILING_STATES, type FilingState } from '../../reports/filing.js';
import { at, sqlList } from './columns.js';
import { cases } from './cases.js';

/** The reports Interdict builds for authorities (src/reports). */
export const REPORT_KINDS = ['goaml', 'freeze', 'interdiction', 'cultural-property'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * A report to an authority and its four-eyes filing. The stored copy (`content`) is the exact bytes
 * checked and sent; `sha256` is their hash, written to the audit log at every step, so a copy
 * changed after the check is detected. Validation errors are kept so the case view can show them.
 */
export const reports = pgTable(
  'reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    kind: text('kind').$type<ReportKind>().notNull(),
    /** goAML report code (STR, SAR, ...) or the kind again for the other reports. */
    reportCode: text('report_code').notNull(),
    /** The FIU profile the goAML report was built and validated with. */
    profile: text('profile'),
    state: text('state').$type<FilingState>().notNull(),
    maker: text('maker').notNull(),
    checker: text('checker'),
    mediaType: text('media_type').notNull(),
    content: text('content').notNull(),
    sha256: text('sha256').notNull(),
    bytes: integer('bytes').notNull(),
    /** Schema or required-field errors, each with the field it maps back to; empty when valid. */
    validationErrors: jsonb('validation_errors').$type<unknown[]>().notNull(),
    /** The steps of src/reports/filing.ts FilingRecord.history. */
    history: jsonb('history').$type<unknown[]>().notNull(),
    /** A report with a deadline (interdiction: 30 days, resolution 2199 paragraph 12). */
    dueAt: at('due_at'),
    authorityReference: text('authority_reference'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    filedAt: at('filed_at'),
  },
  (t) => [
    check('reports_kind', sql`${t.kind} in (${sql.raw(sqlList(REPORT_KINDS))})`),
    check('reports_state', sql`${t.state} in (${sql.raw(sqlList(FILING_STATES))})`),
    // Four eyes in the database too: the checker is never the maker.
    check('reports_four_eyes', sql`${t.checker} is null or ${t.checker} <> ${t.maker}`),
    index('reports_case').on(t.caseId),
    index('reports_state_idx').on(t.state, t.createdAt),
  ],
);
