import { sql } from 'drizzle-orm';
import { createApiKey, type CreatedKey } from '../auth/keys-repo.js';
import type { Db } from '../store/database.js';
import { queryRows } from '../store/rows.js';

/**
 * The first start on a fresh machine: with no user at all, nobody could call the API (every route
 * but /health needs a key) and, with the embedded database held by the server, `interdict keys create`
 * cannot run beside it. So the server creates one admin key itself and hands it back to be printed
 * once. It is audited like any key. Once any user exists this does nothing, so a restart never mints
 * another key.
 */
export const BOOTSTRAP_USER = 'admin';

export async function bootstrapAdminKey(db: Db): Promise<CreatedKey | undefined> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from users`);
  if ((row?.n ?? 0) > 0) return undefined;
  return createApiKey(db, { username: BOOTSTRAP_USER, name: 'bootstrap admin key', role: 'admin', actor: 'system:bootstrap' });
}
