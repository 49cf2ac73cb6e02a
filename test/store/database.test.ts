import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { listedRecordHash } from '../../src/cases/record-hash.js';
import { bundledListPath, BUNDLED_UN_FILE } from '../../src/lists/bundled.js';
import { MODEL_VERSION } from '../../src/lists/model.js';
import { readListBytes } from '../../src/lists/read.js';
import { countSnapshot, sha256Hex, snapshotMeta, type ListVersion } from '../../src/lists/version.js';
import { openDatabase } from '../../src/store/database.js';
import { findListedParty, findListVersion, loadListVersionParties, saveListVersion } from '../../src/store/list-versions-repo.js';
import { MIGRATIONS_FOLDER } from '../../src/store/migrations.js';
import { getPartyByOrgId, upsertParty } from '../../src/store/parties-repo.js';
import { queryRows } from '../../src/store/rows.js';
import { testBackends, type TestDatabase } from './backends.js';

const TABLES = [
  'alerts',
  'allow_list',
  'api_keys',
  'audit_head',
  'audit_log',
  'cases',
  'decisions',
  'freeze_records',
  'list_version_parties',
  'list_versions',
  'monitoring_events',
  'monitoring_history',
  'parties',
  'reports',
  'rule_alert_decisions',
  'rule_alerts',
  'screening_results',
  'screening_runs',
  'users',
];

const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };

for (const backend of await testBackends()) {
  describe(`the database on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    before(async () => {
      t = await backend.open();
    });
    after(async () => {
      await t?.dispose();
    });

    test('every migration ran once and every table exists', async () => {
      const tables = await queryRows<{ name: string }>(t.db, sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`);
      assert.deepEqual(tables.map((r) => r.name), TABLES);
      const [applied] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      assert.equal(applied?.n, journal.entries.length);
    });

    test('count(*) differs between drivers unless cast, as docs/operations.md warns', async () => {
      const [raw] = await queryRows<{ n: unknown }>(t.db, sql`select count(*) as n from audit_head`);
      assert.equal(raw?.n, backend.name === 'pglite' ? 1 : '1');
      const [cast] = await queryRows<{ n: unknown }>(t.db, sql`select count(*)::int as n from audit_head`);
      assert.equal(cast?.n, 1);
    });

    test('the contrib extensions the project relies on are available', async () => {
      await t.db.execute(sql`create extension if not exists pg_trgm`);
      await t.db.execute(sql`create extension if not exists fuzzystrmatch`);
      await t.db.execute(sql`create extension if not exists unaccent`);
      const [row] = await queryRows<{ s: number; l: number; u: string }>(
        t.db,
        sql`select similarity('ABDULLAH', 'ABDALLAH')::float8 as s, levenshtein('QAIDA', 'QAEDA') as l, unaccent('Ḥaqqānī') as u`,
      );
      assert.ok(row && row.s > 0.3 && row.s < 1, String(row?.s));
      assert.equal(row?.l, 1);
      assert.equal(row?.u, 'Haqqani');
    });

    test('a list version and its snapshot round-trip in the publisher\'s order; the same version twice stores nothing new', async () => {
      const bytes = readFileSync(bundledListPath());
      const snapshot = await readListBytes(bytes, BUNDLED_UN_FILE);
      const version: ListVersion = {
        hash: sha256Hex(bytes),
        ...snapshotMeta(snapshot),
        importedAt: '2026-01-28T06:00:00.000Z',
        origin: `bundled:${BUNDLED_UN_FILE}`,
        fileName: BUNDLED_UN_FILE,
        bytes: bytes.length,
        counts: countSnapshot(snapshot.parties),
        warnings: snapshot.warnings.length,
        modelVersion: MODEL_VERSION,
      };
      const started = performance.now();
      const saved = await saveListVersion(t.db, { version, parties: snapshot.parties, warnings: snapshot.warnings, original: bytes, actor: 'system:test' });
      const saveMs = performance.now() - started;
      assert.equal(saved.created, true);
      const loadStarted = performance.now();
      const parties = await loadListVersionParties(t.db, saved.row.id);
      const loadMs = performance.now() - loadStarted;
      process.stderr.write(`# ${backend.name}: stored ${parties.length} listed parties in ${saveMs.toFixed(0)} ms, loaded in ${loadMs.toFixed(0)} ms\n`);
      assert.equal(parties.length, snapshot.parties.length);
      assert.deepEqual(parties.map((p) => p.id), snapshot.parties.map((p) => p.id));
      assert.deepEqual(parties[17], JSON.parse(JSON.stringify(snapshot.parties[17])));

      const found = await findListVersion(t.db, 'un', version.hash);
      assert.equal(found?.generatedAt, snapshot.generatedAt);
      assert.equal(found?.importedAt.toISOString(), version.importedAt);
      assert.deepEqual(found?.counts, version.counts);
      assert.ok(found?.originalGz && gunzipSync(found.originalGz).equals(bytes), 'the original file comes back byte for byte');

      const one = await findListedParty(t.db, saved.row.id, snapshot.parties[3]!.referenceNumber);
      assert.equal(one?.party.id, snapshot.parties[3]!.id);
      assert.equal(one?.recordHash, listedRecordHash(snapshot.parties[3]!));

      const again = await saveListVersion(t.db, { version, parties: snapshot.parties, warnings: snapshot.warnings, actor: 'system:test' });
      assert.deepEqual([again.created, again.row.id], [false, saved.row.id]);
      const [imports] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log where action = 'list.import'`);
      assert.equal(imports?.n, 1, 'one import, one audit entry');
    });

    test('parties upsert by the organisation\'s id and change only when their data does', async () => {
      const input = { orgId: 'C-1001', schema: 'Person', properties: { name: ['Ahmad Example'], birthDate: ['1980'] } };
      const created = await upsertParty(t.db, input, new Date('2026-01-01T00:00:00Z'));
      assert.equal(created.outcome, 'created');
      const same = await upsertParty(t.db, { ...input, properties: { birthDate: ['1980'], name: ['Ahmad Example', ' '] } }, new Date('2026-01-02T00:00:00Z'));
      assert.equal(same.outcome, 'unchanged');
      assert.equal(same.party.updatedAt.toISOString(), '2026-01-01T00:00:00.000Z');
      const changed = await upsertParty(t.db, { ...input, properties: { ...input.properties, nationality: ['iq'] } }, new Date('2026-01-03T00:00:00Z'));
      assert.equal(changed.outcome, 'updated');
      assert.notEqual(changed.party.dataHash, created.party.dataHash);
      assert.equal(changed.party.id, created.party.id);
      assert.deepEqual((await getPartyByOrgId(t.db, 'C-1001'))?.properties.nationality, ['iq']);
      await assert.rejects(upsertParty(t.db, { ...input, orgId: '  ' }), /org id/);
    });
  });
}

describe('PostgreSQL specifics', async () => {
  const postgres = (await testBackends()).find((b) => b.name === 'postgres')!;
  test('several processes migrating one fresh database at once all succeed, once', { skip: postgres.skip }, async () => {
    const t = await postgres.open(); // migrated once already; drop the schema to start fresh
    try {
      await t.db.execute(sql`drop schema public cascade`);
      await t.db.execute(sql`drop schema drizzle cascade`);
      await t.db.execute(sql`create schema public`);
      const opened = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ dataDir: t.dataDir, databaseUrl: t.databaseUrl })));
      await Promise.all(opened.map((d) => d.close()));
      const [applied] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      assert.equal(applied?.n, journal.entries.length);
      const [head] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from audit_head`);
      assert.equal(head?.n, 1, 'the seed row was inserted once');
    } finally {
      await t.dispose();
    }
  });

  test('a wrong DATABASE_URL fails with the server\'s reason', { skip: postgres.skip }, async () => {
    await assert.rejects(
      openDatabase({ dataDir: '/nonexistent', databaseUrl: 'postgres://postgres@127.0.0.1:5432/interdict_no_such_database' }),
      /does not exist/,
    );
  });
});
