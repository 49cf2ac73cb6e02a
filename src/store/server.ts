import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { redactUrl } from './config.js';
import type { Database, Db } from './database.js';
import { MIGRATIONS_FOLDER } from './migrations.js';
import * as schema from './schema/index.js';

/**
 * Connections per process. Audited writes queue on one row lock (the audit head) anyway, so more
 * connections buy reads, not write throughput; 10 leaves room for several processes on a default server
 * (max_connections 100).
 */
const POOL_SIZE = 10;

/** Arbitrary but fixed: the advisory lock key under which migrations run. */
const MIGRATION_LOCK_KEY = 0x1d7e_2199;

/**
 * Several processes may open one PostgreSQL database at once (a server and a CLI command); a session
 * advisory lock makes the second wait for the first's migrations instead of running them twice. The
 * lock is held on its own pooled connection while drizzle migrates on another: advisory locks exclude
 * other sessions whichever connection does the work.
 */
async function migrateExclusively(db: NodePgDatabase<typeof schema>, pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/** PostgreSQL through a `pg` connection pool. Loaded only when used (see database.ts). */
export async function openServer(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle pooled connection that the server drops emits 'error' on the pool; unhandled, that would
  // end the process. The next query gets a fresh connection, so reporting it is enough.
  pool.on('error', (err) => process.stderr.write(`interdict: PostgreSQL connection lost: ${err.message}\n`));
  try {
    const db = drizzle(pool, { schema });
    await migrateExclusively(db, pool);
    let closed = false;
    return {
      db: db as unknown as Db,
      backend: 'postgres',
      location: redactUrl(url),
      async close() {
        if (closed) return;
        closed = true;
        await pool.end();
      },
    };
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
