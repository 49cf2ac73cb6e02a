import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { embeddedPath } from './config.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { Database, Db } from './database.js';
import { MIGRATIONS_FOLDER } from './migrations.js';
import { openPglite } from './pglite.js';
import * as schema from './schema/index.js';

/**
 * The embedded database: PGlite in <dataDir>/db, owned by this process alone. The lock is taken
 * before PGlite touches the directory and released after PGlite has closed it, so there is no moment
 * in which two processes both have it open. Loaded only when used (see database.ts).
 */
export async function openEmbedded(dataDir: string): Promise<Database> {
  const lock = acquireDataDirLock(dataDir, 'db.lock');
  const path = embeddedPath(dataDir);
  let client: Awaited<ReturnType<typeof openPglite>> | undefined;
  try {
    client = await openPglite(path);
    const db = drizzle(client, { schema });
    // The lock makes this process the only one here, so migrations need no further coordination.
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    let closed = false;
    const opened = client;
    return {
      db: db as unknown as Db,
      backend: 'pglite',
      location: path,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await opened.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (err) {
    await client?.close().catch(() => undefined);
    lock.release();
    throw err;
  }
}
