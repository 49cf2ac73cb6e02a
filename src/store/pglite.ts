import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/**
 * The extensions every embedded database is opened with. Always the same set on every open: a data
 * directory in which an extension was once created fails in odd ways when reopened without it. They
 * are the ones PostgreSQL's contrib package has too, so SQL written for one backend runs on the other.
 */
export const PGLITE_EXTENSIONS = { pg_trgm, fuzzystrmatch, unaccent } as const;

/** Open (creating if needed) the PGlite database in `path`. */
export async function openPglite(path: string): Promise<PGlite> {
  const client = await PGlite.create(path, { extensions: PGLITE_EXTENSIONS });
  return client;
}
