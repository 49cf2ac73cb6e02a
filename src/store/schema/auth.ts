import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { ROLES, type Role } from '../../auth/roles.js';
import { at, sqlList } from './columns.js';

/** The people who act: every decision and every key belongs to one. */
export const users = pgTable('users', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  username: text('username').notNull().unique('users_username'),
  displayName: text('display_name'),
  createdAt: at('created_at').notNull(),
  disabledAt: at('disabled_at'),
});

/**
 * API keys. Only the SHA-256 of a key is stored; the key itself is shown once when it is created.
 * `prefix` is the first characters of the key, stored in clear so a presented key is found with one
 * indexed lookup and so people can tell their keys apart in `interdict keys list`.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    prefix: text('prefix').notNull().unique('api_keys_prefix'),
    keyHash: text('key_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    createdAt: at('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    revokedBy: text('revoked_by'),
  },
  (t) => [check('api_keys_role', sql`${t.role} in (${sql.raw(sqlList(ROLES))})`), index('api_keys_user').on(t.userId)],
);
