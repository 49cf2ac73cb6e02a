import { join } from 'node:path';

/**
 * Where the database lives, resolved at run time from the caller's options (never from the
 * environment at import time). DATABASE_URL selects PostgreSQL; without it the embedded database
 * lives in <dataDir>/db.
 */
export interface DatabaseOptions {
  /** Interdict's data directory (see src/cli/context.ts). */
  dataDir: string;
  /** postgres://... to use a PostgreSQL server instead of the embedded database. */
  databaseUrl?: string | undefined;
}

export function embeddedPath(dataDir: string): string {
  return join(dataDir, 'db');
}

/** DATABASE_URL from an environment, ignoring an empty value. */
export function databaseUrlFrom(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

/** The URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
