import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createApiKey } from '../../src/auth/keys-repo.js';
import { cliTarget, testBackends, type CliTarget } from '../store/backends.js';
import { interdict } from '../store/cli.js';

/** As in test/auth/keys-cli.test.ts: the full flow on the embedded default, the essentials on PostgreSQL. */
for (const backend of await testBackends()) {
  const embeddedOnly = backend.name === 'postgres' && 'backend-independent CLI behaviour: run on PGlite';
  describe(`interdict audit verify on ${backend.name}`, { skip: backend.skip }, () => {
    let target: CliTarget;
    let head = '';
    const run = (...args: string[]) => interdict(args, { home: target.dataDir, env: target.env });

    before(async () => {
      target = await cliTarget(backend);
      // Some history, written in-process (spawning the CLI for it would only cost time): each key
      // creation is audited, a user and a key each.
      const database = await target.open();
      try {
        for (const name of ['one', 'two', 'three']) await createApiKey(database.db, { username: name, name, role: 'auditor', actor: 'cli:test' });
      } finally {
        await database.close();
      }
    });
    after(async () => {
      await target?.dispose();
    });

    test('an intact chain exits 0 and prints its head', () => {
      const r = run('audit', 'verify');
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^audit chain intact: 6 entries$/m);
      const m = /^head (6:[0-9a-f]{64})$/m.exec(r.stdout);
      assert.ok(m, r.stdout);
      head = m[1]!;
    });

    test('--json gives the whole result, and the printed head works as an anchor', { skip: embeddedOnly }, () => {
      const r = run('audit', 'verify', '--json', '--anchor', head);
      assert.equal(r.status, 0, r.stderr);
      const result = JSON.parse(r.stdout);
      assert.deepEqual([result.ok, result.verified, `${result.head.seq}:${result.head.hash}`], [true, 6, head]);
    });

    test('a malformed anchor is a usage error; a wrong one fails', { skip: embeddedOnly }, () => {
      const bad = run('audit', 'verify', '--anchor', 'nonsense');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--anchor must be <seq>:<64 hex digits>/);
      const wrong = run('audit', 'verify', '--anchor', `6:${'0'.repeat(64)}`);
      assert.equal(wrong.status, 1);
      assert.match(wrong.stderr, /BROKEN at entry 6 \(anchor-mismatch\)/);
    });

    test('after someone edits an entry in the database, verify exits 1 naming it', async () => {
      const database = await target.open();
      try {
        await database.db.execute(sql`alter table audit_log disable trigger user`);
        await database.db.execute(sql`update audit_log set payload = jsonb_set(payload, '{role}', '"admin"') where seq = 4`);
        await database.db.execute(sql`alter table audit_log enable trigger user`);
      } finally {
        await database.close();
      }
      const r = run('audit', 'verify');
      assert.equal(r.status, 1);
      assert.match(r.stderr, /audit chain BROKEN at entry 4 \(altered\): entry 4 \(key\.create api_key \d+\) was altered/);
      assert.match(r.stderr, /3 entries before it verified/);
      assert.equal(r.stdout, '');
    });
  });
}
