/**
 * A PostgreSQL database of its own for one bench run, dropped afterwards: the monitoring benches
 * that record into PostgreSQL (bench/monitor-nats.ts, bench/monitor-recorded.ts with
 * BENCH_POSTGRES=1) start from empty tables, and leave nothing behind. The server is
 * INTERDICT_BENCH_PG_URL (default the local test server, trust auth).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchDatabase {
  /** The new database's URL. */
  url: string;
  drop(): Promise<void>;
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const adminUrl = process.env.INTERDICT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `interdict_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } catch (err) {
    await admin.end();
    throw err;
  }
  return {
    url: withDatabaseName(adminUrl, name),
    drop: async () => {
      try {
        await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}
