/**
 * Run one suite against every database backend: PGlite always, PostgreSQL when a server answers.
 *
 *   for (const backend of await testBackends()) {
 *     describe(`thing (${backend.name})`, { skip: backend.skip }, () => { ... backend.open() ... });
 *   }
 *
 * Each open() gives a database nobody else touches: PGlite in a fresh data directory; PostgreSQL in a
 * fresh database (CREATE DATABASE interdict_test_<random>) dropped again by dispose(), so test files
 * running side by side, or two people's runs on one server, never collide.
 *
 * PostgreSQL is found at $INTERDICT_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres, a
 * role allowed to create databases). If it is unreachable its suites are skipped with a loud message;
 * with INTERDICT_REQUIRE_POSTGRES=1 (CI) they fail instead.
 */
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { embeddedPath } from '../../src/store/config.js';
import { openDatabase, type Backend, type Database } from '../../src/store/database.js';
import { MIGRATIONS_FOLDER } from '../../src/store/migrations.js';

export interface TestDatabase extends Database {
  /** The data directory (for PostgreSQL too: files other than the database still live there). */
  dataDir: string;
  /** The URL of this test's own PostgreSQL database, for a second connection. */
  databaseUrl?: string;
  /** Close and remove everything this open() created. */
  dispose(): Promise<void>;
}

export interface TestBackend {
  name: Backend;
  /** Why the suite is skipped, or undefined to run it. */
  skip: string | undefined;
  open(): Promise<TestDatabase>;
}

const ADMIN_URL = process.env.INTERDICT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function postgresReachable(): Promise<string | undefined> {
  try {
    await adminQuery('select 1');
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * A freshly created PGlite data directory takes 3-8 s here (initdb in WebAssembly); copying one takes
 * about 0.2 s. So the first test that needs one builds a template, migrated, in the system temp
 * directory, and every test copies it. The template's name carries a digest of the migrations and
 * the PGlite version, so a changed migration builds a new template instead of testing against a stale
 * schema. Built under a temporary name and renamed into place, so concurrent test files never see a
 * half-built template.
 */
function templateKey(): string {
  const h = createHash('sha256');
  const pglitePkg = JSON.parse(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string };
  h.update(pglitePkg.version);
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else h.update(name.name).update(readFileSync(path));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return h.digest('hex').slice(0, 16);
}

let templatePromise: Promise<string> | undefined;

async function pgliteTemplate(): Promise<string> {
  const final = join(tmpdir(), `interdict-pglite-template-${templateKey()}`);
  if (existsSync(join(final, 'db'))) return final;
  const building = mkdtempSync(join(tmpdir(), 'interdict-pglite-building-'));
  const database = await openDatabase({ dataDir: building });
  await database.close(); // releases the lock, so only the database itself is in the template
  try {
    renameSync(building, final);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another process finished first: use theirs
  }
  return final;
}

function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'interdict-store-test-'));
}

/** Put a migrated embedded database into `dataDir` (a copy of the template), ready to open. */
export async function seedEmbeddedDataDir(dataDir: string): Promise<void> {
  templatePromise ??= pgliteTemplate();
  const template = await templatePromise;
  cpSync(embeddedPath(template), embeddedPath(dataDir), { recursive: true });
}

const pglite: TestBackend = {
  name: 'pglite',
  skip: undefined,
  async open() {
    const dataDir = freshDataDir();
    await seedEmbeddedDataDir(dataDir);
    const database = await openDatabase({ dataDir });
    return {
      ...database,
      db: database.db,
      dataDir,
      async dispose() {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(skip: string | undefined): TestBackend {
  return {
    name: 'postgres',
    skip,
    async open() {
      const name = `interdict_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await adminQuery(`create database ${name}`);
      const databaseUrl = withDatabase(ADMIN_URL, name);
      const dataDir = freshDataDir();
      let database: Database;
      try {
        database = await openDatabase({ dataDir, databaseUrl });
      } catch (err) {
        await adminQuery(`drop database if exists ${name} with (force)`);
        throw err;
      }
      return {
        ...database,
        db: database.db,
        dataDir,
        databaseUrl,
        async dispose() {
          await database.close();
          await adminQuery(`drop database if exists ${name} with (force)`);
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

let backendsPromise: Promise<TestBackend[]> | undefined;

export function testBackends(): Promise<TestBackend[]> {
  backendsPromise ??= (async () => {
    const problem = await postgresReachable();
    let skip: string | undefined;
    if (problem) {
      if (process.env.INTERDICT_REQUIRE_POSTGRES === '1') {
        throw new Error(`PostgreSQL is required (INTERDICT_REQUIRE_POSTGRES=1) but unreachable at ${ADMIN_URL}: ${problem}`);
      }
      skip = `PostgreSQL unreachable at ${ADMIN_URL} (${problem}); start it (docs/operations.md) or set INTERDICT_TEST_PG_URL`;
      process.stderr.write(`\n!!!!!!!! SKIPPING POSTGRESQL TESTS: ${skip}\n\n`);
    }
    return [pglite, postgres(skip)];
  })();
  return backendsPromise;
}

/** Run raw SQL as the test (the "attacker with a SQL prompt"), bypassing every repository function. */
export async function rawSql(database: Pick<Database, 'db'>, text: string): Promise<void> {
  await database.db.execute(sql.raw(text));
}

/** The message of an error and of every error it wraps (drizzle wraps the driver's error as `cause`). */
export function fullMessage(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(' <- ');
}

/** For assert.rejects: the error, or one it wraps, matches `pattern`. */
export function failsWith(pattern: RegExp): (err: unknown) => boolean {
  return (err) => {
    const message = fullMessage(err);
    if (!pattern.test(message)) throw new Error(`expected an error matching ${pattern}, got: ${message}`);
    return true;
  };
}

/**
 * A place for CLI tests to point `interdict` at: a data directory (with a migrated embedded database in
 * it for PGlite) and, for PostgreSQL, DATABASE_URL of a fresh database. Nothing is held open, so the
 * command under test owns the data directory; open() gives the test its own look between commands.
 */
export interface CliTarget {
  dataDir: string;
  env: Record<string, string>;
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export async function cliTarget(backend: TestBackend): Promise<CliTarget> {
  if (backend.name === 'pglite') {
    const dataDir = freshDataDir();
    await seedEmbeddedDataDir(dataDir);
    return {
      dataDir,
      env: { DATABASE_URL: '' },
      open: () => openDatabase({ dataDir }),
      async dispose() {
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const t = await backend.open();
  await t.close();
  const databaseUrl = t.databaseUrl!;
  return {
    dataDir: t.dataDir,
    env: { DATABASE_URL: databaseUrl },
    open: () => openDatabase({ dataDir: t.dataDir, databaseUrl }),
    dispose: () => t.dispose(),
  };
}
