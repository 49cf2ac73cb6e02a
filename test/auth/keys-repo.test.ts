import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from '../../src/auth/keys-repo.js';
import { InvalidUsernameError } from '../../src/auth/users-repo.js';
import { verifyAuditChain } from '../../src/cases/audit-verify.js';
import { queryRows } from '../../src/store/rows.js';
import { failsWith, rawSql, testBackends, type TestDatabase } from '../store/backends.js';

for (const backend of await testBackends()) {
  describe(`API keys on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    before(async () => {
      t = await backend.open();
    });
    after(async () => {
      await t?.dispose();
    });

    test('a created key authenticates as its user and role; only its hash is stored', async () => {
      const created = await createApiKey(t.db, { username: 'alice', name: 'alice laptop', role: 'analyst', actor: 'cli:root' });
      const principal = await authenticateApiKey(t.db, created.key);
      assert.deepEqual(principal && { username: principal.username, role: principal.role, keyId: principal.keyId }, { username: 'alice', role: 'analyst', keyId: created.info.id });
      const rows = await queryRows<{ prefix: string; key_hash: string }>(t.db, sql`select prefix, key_hash from api_keys where id = ${created.info.id}`);
      assert.equal(rows[0]?.prefix, created.key.slice(0, 12));
      assert.match(rows[0]!.key_hash, /^[0-9a-f]{64}$/);
      const everything = JSON.stringify(await queryRows(t.db, sql`select * from api_keys`)) + JSON.stringify(await queryRows(t.db, sql`select * from audit_log`));
      assert.ok(!everything.includes(created.key.slice(12)), 'the secret part of the key is stored nowhere');
    });

    test('wrong, malformed and unknown keys get no principal', async () => {
      const created = await createApiKey(t.db, { username: 'bob', name: 'bob', role: 'supervisor', actor: 'cli:root' });
      const tampered = created.key.slice(0, -2) + (created.key.endsWith('AA') ? 'BB' : 'AA');
      assert.equal(await authenticateApiKey(t.db, tampered), undefined, 'right prefix, wrong secret');
      assert.equal(await authenticateApiKey(t.db, 'idk_' + 'x'.repeat(43)), undefined);
      assert.equal(await authenticateApiKey(t.db, "idk_' or 1=1 --"), undefined);
      assert.equal(await authenticateApiKey(t.db, ''), undefined);
    });

    test('a revoked key stops working at once; revoking twice or an unknown prefix says so', async () => {
      const created = await createApiKey(t.db, { username: 'carol', name: 'ci', role: 'admin', actor: 'cli:root' });
      assert.ok(await authenticateApiKey(t.db, created.key));
      const outcome = await revokeApiKey(t.db, created.info.prefix, 'cli:root');
      assert.equal(outcome.revoked, true);
      assert.equal(await authenticateApiKey(t.db, created.key), undefined);
      assert.deepEqual(await revokeApiKey(t.db, created.key, 'cli:root'), { revoked: false, reason: 'already-revoked' }, 'revocable by the whole key too');
      assert.deepEqual(await revokeApiKey(t.db, 'idk_nothere', 'cli:root'), { revoked: false, reason: 'not-found' });
      const active = await listApiKeys(t.db);
      assert.ok(!active.some((k) => k.id === created.info.id));
      const all = await listApiKeys(t.db, { includeRevoked: true });
      assert.ok(all.find((k) => k.id === created.info.id)?.revokedAt);
    });

    test('a disabled user\'s keys stop working', async () => {
      const created = await createApiKey(t.db, { username: 'dave', name: 'dave', role: 'auditor', actor: 'cli:root' });
      await rawSql(t, `update users set disabled_at = now() where username = 'dave'`);
      assert.equal(await authenticateApiKey(t.db, created.key), undefined);
    });

    test('one person may hold several keys; they are one user', async () => {
      const a = await createApiKey(t.db, { username: 'erin', name: 'erin analyst', role: 'analyst', actor: 'cli:root' });
      const b = await createApiKey(t.db, { username: 'erin', name: 'erin supervisor', role: 'supervisor', actor: 'cli:root' });
      const pa = await authenticateApiKey(t.db, a.key);
      const pb = await authenticateApiKey(t.db, b.key);
      assert.equal(pa?.userId, pb?.userId);
      assert.notEqual(pa?.role, pb?.role);
    });

    test('bad input is refused: user names, empty names, unknown roles', async () => {
      await assert.rejects(createApiKey(t.db, { username: 'a b', name: 'x', role: 'analyst', actor: 'cli:root' }), InvalidUsernameError);
      await assert.rejects(createApiKey(t.db, { username: 'ok', name: '   ', role: 'analyst', actor: 'cli:root' }), /name/);
      await assert.rejects(rawSql(t, `update api_keys set role = 'root'`), failsWith(/api_keys_role/));
    });

    test('key creation and revocation are audited without the key', async () => {
      const rows = await queryRows<{ action: string; payload: Record<string, unknown> }>(t.db, sql`select action, payload from audit_log where action like 'key.%' order by seq`);
      assert.ok(rows.filter((r) => r.action === 'key.create').length >= 5);
      assert.ok(rows.some((r) => r.action === 'key.revoke'));
      for (const r of rows) assert.match(String(r.payload.prefix), /^idk_.{8}$/);
      assert.equal((await verifyAuditChain(t.db)).ok, true);
    });
  });
}
