import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { DatabaseOptions } from './config.js';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;

/**
 * The database as every repository function sees it, whichever backend is behind it. A transaction
 * (`db.transaction(async (tx) => ...)`) is a Db too, so repository functions take a Db and work both
 * on their own and inside a caller's transaction.
 *
 * One rule for code inside a transaction: use `tx`, never the outer `db`. PGlite runs one query at a
 * time, so a query on `db` while its transaction is open waits for the transaction, which waits for the
 * query: a deadlock that PostgreSQL (a connection pool) would not show.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Backend = 'pglite' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly backend: Backend;
  /** The data directory of the embedded database, or the server URL without its password. */
  readonly location: string;
  /** Close connections and release the data directory. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Open Interdict's database and bring its schema up to date: PGlite in <dataDir>/db, owned by this
 * process alone (DataDirLockedError otherwise), or PostgreSQL when `databaseUrl` is given.
 *
 * Each backend's driver is imported only when chosen, so a command on one does not pay for loading the
 * other.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { openServer } = await import('./server.js');
    return openServer(options.databaseUrl);
  }
  const { openEmbedded } = await import('./embedded.js');
  return openEmbedded(options.dataDir);
}
