import { userInfo } from 'node:os';
import { openDatabase, type Database } from './database.js';
import { databaseUrlFrom } from './config.js';

/**
 * Open the database for one short job (a CLI command), run it, and close again whatever happens, so
 * the embedded data directory's lock is never left behind by a command that failed.
 */
export async function withDatabase<T>(dataDir: string, work: (database: Database) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const database = await openDatabase({ dataDir, databaseUrl: databaseUrlFrom(env) });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** The operating-system user running a command, for the audit log ("cli:<name>"). */
export function cliActor(env: NodeJS.ProcessEnv = process.env): `cli:${string}` {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry for this uid (some containers): fall back to what the shell says.
    name = env.USER ?? env.LOGNAME ?? `uid-${process.getuid?.() ?? 'unknown'}`;
  }
  return `cli:${name}`;
}
