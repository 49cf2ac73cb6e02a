import { sql } from 'drizzle-orm';
import { bigint, check, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { at } from './columns.js';

/**
 * The audit log: append-only, each entry chained to the one before by a SHA-256 hash (see
 * src/cases/audit-hash.ts for exactly what is hashed). A trigger (migration 0001) refuses UPDATE,
 * DELETE and TRUNCATE, so application code cannot rewrite history by mistake; the hash chain is what
 * catches someone who disables the trigger.
 */
export const auditLog = pgTable('audit_log', {
  /** 1, 2, 3, ... with no gaps: a gap is a removed entry. */
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: at('at').notNull(),
  /** Who: "user:alice", "system:rescreen", "cli:root". */
  actor: text('actor').notNull(),
  /** What: "list.import", "screening.run", "alert.raise", "decision.approve", "freeze.create", ... */
  action: text('action').notNull(),
  subjectType: text('subject_type').notNull(),
  subjectId: text('subject_id').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull().unique('audit_log_hash'),
});

/**
 * The head of the chain: one row holding the last sequence number and hash. Appends lock this row
 * (SELECT ... FOR UPDATE), which serialises them across connections and processes so the chain
 * never forks; and because it records how long the chain is, removing entries from the end is
 * detected too, which a hash chain alone cannot see.
 */
export const auditHead = pgTable(
  'audit_head',
  {
    id: integer('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('audit_head_single_row', sql`${t.id} = 1`)],
);
