import type { SQL } from 'drizzle-orm';
import type { Db } from './database.js';

/**
 * Rows of a raw SQL query. PGlite and `pg` both answer `db.execute()` with an object holding `rows`,
 * but drizzle types the two differently; this is the one place that knows.
 *
 * Raw SQL must cast what the two drivers return differently: `count(*)` and other bigints come back
 * as a number from PGlite and a string from `pg`, so write `count(*)::int` (or `::text` when the value
 * may exceed 2^53).
 */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
