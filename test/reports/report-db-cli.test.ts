import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliTarget, testBackends, type CliTarget } from '../store/backends.js';
import { interdict } from '../store/cli.js';
import { seedCases, writeReportingJson, type SeededCases } from './case-seed.js';

/**
 * `interdict report from-case / approve / file / export` on the data directory's database, as an
 * operator runs them: the full flow on the embedded default, the essentials on PostgreSQL.
 */
for (const backend of await testBackends()) {
  const embeddedOnly = backend.name === 'postgres' && 'backend-independent CLI behaviour: run on PGlite';
  describe(`interdict report from-case on ${backend.name}`, { skip: backend.skip }, () => {
    let target: CliTarget;
    let seeded: SeededCases;
    let reportId = '';
    let sha = '';
    const run = (...args: string[]) => interdict(args, { home: target.dataDir, env: target.env });

    before(async () => {
      target = await cliTarget(backend);
      const database = await target.open();
      try {
        seeded = await seedCases(database.db);
      } finally {
        await database.close();
      }
      await writeReportingJson(target.dataDir);
    });
    after(async () => {
      await target?.dispose();
    });

    test('a report missing a field is refused naming it; an unknown person is refused', { skip: embeddedOnly }, () => {
      const r = run('report', 'from-case', String(seeded.artCase), '--kind', 'cultural-property', '--by', seeded.maker.username);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /cultural-property report from case \d+ refused, 1 problem\(s\)/);
      assert.match(r.stderr, /^ {2}reason: missing/m);
      const nobody = run('report', 'from-case', String(seeded.artCase), '--kind', 'cultural-property', '--by', 'mallory', '--reason', 'x');
      assert.equal(nobody.status, 1);
      assert.match(nobody.stderr, /--by mallory: no such active user/);
      assert.equal(run('report', 'from-case', 'x', '--kind', 'goaml', '--by', 'a').status, 2);
    });

    test('prepare, four eyes, file; the audit chain verifies', () => {
      const made = run('report', 'from-case', String(seeded.artCase), '--kind', 'cultural-property', '--by', seeded.maker.username, '--reason', 'Syrian tablet first documented in Turkey in 2013', '--json');
      assert.equal(made.status, 0, made.stderr);
      const view = JSON.parse(made.stdout);
      reportId = String(view.id);
      sha = view.sha256;
      assert.deepEqual([view.state, view.maker, view.kind], ['prepared', seeded.maker.username, 'cultural-property']);
      const self = run('report', 'approve', reportId, '--by', seeded.maker.username, '--sha256', sha);
      assert.equal(self.status, 1);
      assert.match(self.stderr, /four eyes/);
      const ok = run('report', 'approve', reportId, '--by', seeded.checker.username, '--sha256', sha);
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, new RegExp(`report ${reportId} .* approved, maker ${seeded.maker.username}, checker ${seeded.checker.username}, sha256 ${sha}`));
      const filed = run('report', 'file', reportId, '--by', seeded.maker.username, '--reference', 'POLICE-2026-118');
      assert.equal(filed.status, 0, filed.stderr);
      assert.match(filed.stdout, / filed,/);
      const verify = run('audit', 'verify');
      assert.equal(verify.status, 0, verify.stderr);
    });

    test('export writes the stored bytes (same hash) and the goAML extra comes from a file', { skip: embeddedOnly }, () => {
      const out = join(target.dataDir, 'record.json');
      const r = run('report', 'export', reportId, '--by', seeded.checker.username, '--output', out);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`sha256 ${sha}`));
      const extra = join(target.dataDir, 'extra.json');
      writeFileSync(extra, JSON.stringify({ interdiction: { place: { name: 'Oncupinar border crossing', country: 'TR' } }, parties: [{ person: { first_name: 'Abu Muhammad', last_name: 'al-Shami' } }] }));
      const pack = run('report', 'from-case', String(seeded.cargoCase), '--kind', 'interdiction', '--by', seeded.maker.username, '--extra', extra);
      assert.equal(pack.status, 0, pack.stderr);
      assert.match(pack.stdout, /interdiction interdiction prepared, .* due 2026-03-05/);
      const listed = run('report', 'list', '--kind', 'interdiction', '--json');
      assert.equal(JSON.parse(listed.stdout).items.length, 1);
    });
  });
}
