import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, TransactionRollbackError } from 'drizzle-orm';
import pg from 'pg';
import { auditEntryHash } from '../../src/cases/audit-hash.js';
import { appendAudit } from '../../src/cases/audit-log.js';
import { verifyAuditChain, type AuditAnchor, type AuditLogRow, type AuditVerification } from '../../src/cases/audit-verify.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { queryRows } from '../../src/store/rows.js';
import { failsWith, rawSql, testBackends, type TestDatabase } from '../store/backends.js';

/**
 * The audit chain against real tampering: raw SQL on the tables, as someone with a database prompt
 * would do it. Each tamper runs in a transaction that is rolled back, so one chain serves them all;
 * the last test commits a tamper through a separate connection.
 */

/** Disable the append-only triggers (as a table owner could), tamper, verify, and roll everything back. */
async function verifyTampered(db: Db, tamper: (tx: Db) => Promise<void>, anchors: AuditAnchor[] = []): Promise<AuditVerification> {
  let result: AuditVerification | undefined;
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger user`);
      await tx.execute(sql`alter table audit_head disable trigger user`);
      await tamper(tx);
      result = await verifyAuditChain(tx, { anchors });
      tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError)) throw err;
  }
  assert.ok(result, 'verification ran');
  return result;
}

async function entry(db: Db, seq: number): Promise<AuditLogRow> {
  const [row] = await queryRows<AuditLogRow>(
    db,
    sql`select seq::text as seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, actor, action,
               subject_type, subject_id, payload, prev_hash, hash from audit_log where seq = ${seq}`,
  );
  assert.ok(row, `entry ${seq} exists`);
  return row;
}

/** What an attacker who knows the hashing rule would write for `row` with a new payload and link. */
function forge(row: AuditLogRow, changes: { payload?: Record<string, unknown>; prevHash?: string }): { payload: Record<string, unknown>; prevHash: string; hash: string } {
  const payload = changes.payload ?? row.payload;
  const prevHash = changes.prevHash ?? row.prev_hash;
  const hash = auditEntryHash({ seq: Number(row.seq), at: row.at, actor: row.actor, action: row.action, subjectType: row.subject_type, subjectId: row.subject_id, payload, prevHash });
  return { payload, prevHash, hash };
}

for (const backend of await testBackends()) {
  describe(`audit chain on ${backend.name}`, { skip: backend.skip }, () => {
    let t: TestDatabase;
    const N = 6;

    before(async () => {
      t = await backend.open();
      for (let i = 1; i <= N; i++) {
        await appendAudit(t.db, { actor: 'user:alice', action: 'alert.raise', subjectType: 'alert', subjectId: i, payload: { n: i, note: `entry ${i}` } });
      }
    });
    after(async () => {
      await t?.dispose();
    });

    test('an untouched chain verifies and reports its head', async () => {
      const r = await verifyAuditChain(t.db);
      assert.equal(r.ok, true, JSON.stringify(r.firstBad));
      assert.equal(r.verified, N);
      assert.equal(r.head?.seq, N);
      assert.equal(r.head?.hash, (await entry(t.db, N)).hash);
    });

    test('each entry links to the one before, the first to 64 zeros', async () => {
      assert.equal((await entry(t.db, 1)).prev_hash, '0'.repeat(64));
      for (let seq = 2; seq <= N; seq++) assert.equal((await entry(t.db, seq)).prev_hash, (await entry(t.db, seq - 1)).hash);
    });

    test('the triggers refuse UPDATE, DELETE and TRUNCATE on the log, and moving the head back', async () => {
      await assert.rejects(rawSql(t, `update audit_log set payload = '{}' where seq = 2`), failsWith(/append-only/));
      await assert.rejects(rawSql(t, 'delete from audit_log where seq = 6'), failsWith(/append-only/));
      await assert.rejects(rawSql(t, 'truncate audit_log'), failsWith(/append-only/));
      await assert.rejects(rawSql(t, 'update audit_head set seq = 3'), failsWith(/forward only/));
      await assert.rejects(rawSql(t, 'delete from audit_head'), failsWith(/cannot be deleted/));
      // An insert that does not extend the chain is refused too.
      await assert.rejects(
        rawSql(t, `insert into audit_log values (99, now(), 'x', 'export', 'x', 'x', '{}', '${'0'.repeat(64)}', '${'1'.repeat(64)}')`),
        failsWith(/does not extend the chain/),
      );
      assert.equal((await verifyAuditChain(t.db)).ok, true);
    });

    test('an altered payload is found, at its entry', async () => {
      const r = await verifyTampered(t.db, (tx) => rawSql({ db: tx }, `update audit_log set payload = jsonb_set(payload, '{n}', '99') where seq = 3`));
      assert.equal(r.ok, false);
      assert.deepEqual([r.firstBad?.seq, r.firstBad?.problem], [3, 'altered']);
      assert.equal(r.verified, 2);
      assert.match(r.firstBad!.message, /entry 3 .* was altered/);
    });

    test('an altered actor, and a time moved by one microsecond, are found', async () => {
      const actor = await verifyTampered(t.db, (tx) => rawSql({ db: tx }, `update audit_log set actor = 'user:mallory' where seq = 4`));
      assert.deepEqual([actor.firstBad?.seq, actor.firstBad?.problem], [4, 'altered']);
      const time = await verifyTampered(t.db, (tx) => rawSql({ db: tx }, `update audit_log set at = at + interval '1 microsecond' where seq = 2`));
      assert.deepEqual([time.firstBad?.seq, time.firstBad?.problem], [2, 'altered']);
    });

    test('a removed entry is found: in the middle, the first, and the last', async () => {
      const middle = await verifyTampered(t.db, (tx) => rawSql({ db: tx }, 'delete from audit_log where seq = 4'));
      assert.deepEqual([middle.firstBad?.seq, middle.firstBad?.problem], [4, 'missing']);
      const first = await verifyTampered(t.db, (tx) => rawSql({ db: tx }, 'delete from audit_log where seq = 1'));
      assert.deepEqual([first.firstBad?.seq, first.firstBad?.problem], [1, 'missing']);
      // The hash chain alone cannot see a cut tail; the head row can.
      const last = await verifyTampered(t.db, (tx) => rawSql({ db: tx }, `delete from audit_log where seq = ${N}`));
      assert.deepEqual([last.firstBad?.seq, last.firstBad?.problem], [N, 'missing']);
    });

    test('swapped sequence numbers are found', async () => {
      const r = await verifyTampered(t.db, async (tx) => {
        await rawSql({ db: tx }, 'update audit_log set seq = -2 where seq = 2');
        await rawSql({ db: tx }, 'update audit_log set seq = 2 where seq = 3');
        await rawSql({ db: tx }, 'update audit_log set seq = 3 where seq = -2');
      });
      assert.deepEqual([r.firstBad?.seq, r.firstBad?.problem], [2, 'altered']);
    });

    test('a rewritten entry with a recomputed hash breaks the link to the next', async () => {
      const r = await verifyTampered(t.db, async (tx) => {
        const forged = forge(await entry(tx, 3), { payload: { n: 3, note: 'nothing happened' } });
        await tx.execute(sql`update audit_log set payload = ${JSON.stringify(forged.payload)}::jsonb, hash = ${forged.hash} where seq = 3`);
      });
      assert.deepEqual([r.firstBad?.seq, r.firstBad?.problem], [4, 'broken-link']);
    });

    test('an entry written after the head, around the log, is found', async () => {
      const r = await verifyTampered(t.db, async (tx) => {
        const last = await entry(tx, N);
        const forged = forge({ ...last, seq: String(N + 1) }, { prevHash: last.hash });
        await tx.execute(
          sql`insert into audit_log values (${N + 1}, ${last.at}::timestamptz, ${last.actor}, ${last.action}, ${last.subject_type}, ${last.subject_id}, ${JSON.stringify(forged.payload)}::jsonb, ${forged.prevHash}, ${forged.hash})`,
        );
      });
      assert.deepEqual([r.firstBad?.seq, r.firstBad?.problem], [N + 1, 'beyond-head']);
    });

    test('a head that does not match the last entry is found', async () => {
      const r = await verifyTampered(t.db, (tx) => rawSql({ db: tx }, `update audit_head set hash = '${'a'.repeat(64)}'`));
      assert.deepEqual([r.firstBad?.seq, r.firstBad?.problem], [N, 'head-mismatch']);
    });

    test('a complete rewrite passes the chain check but not a recorded anchor', async () => {
      const original = await entry(t.db, 4);
      const rewrite = async (tx: Db) => {
        let prevHash = (await entry(tx, 2)).hash;
        for (let seq = 3; seq <= N; seq++) {
          const row = await entry(tx, seq);
          const forged = forge(row, { payload: { ...row.payload, note: 'rewritten' }, prevHash });
          await tx.execute(sql`update audit_log set payload = ${JSON.stringify(forged.payload)}::jsonb, prev_hash = ${forged.prevHash}, hash = ${forged.hash} where seq = ${seq}`);
          prevHash = forged.hash;
        }
        await tx.execute(sql`update audit_head set hash = ${prevHash}`);
      };
      const unanchored = await verifyTampered(t.db, rewrite);
      assert.equal(unanchored.ok, true, 'documented limit: a full rewrite is self-consistent');
      const anchored = await verifyTampered(t.db, rewrite, [{ seq: 4, hash: original.hash }]);
      assert.deepEqual([anchored.firstBad?.seq, anchored.firstBad?.problem], [4, 'anchor-mismatch']);
      // An anchor past the end of the chain means the chain was cut back.
      const cut = await verifyTampered(
        t.db,
        async (tx) => {
          await rawSql({ db: tx }, 'delete from audit_log where seq > 4');
          await tx.execute(sql`update audit_head set seq = 4, hash = ${original.hash}`);
        },
        [{ seq: N, hash: (await entry(t.db, N)).hash }],
      );
      assert.deepEqual([cut.firstBad?.seq, cut.firstBad?.problem], [N, 'anchor-mismatch']);
    });

    test('after every rolled-back tamper the chain is intact again', async () => {
      const r = await verifyAuditChain(t.db);
      assert.equal(r.ok, true);
      assert.equal(r.verified, N);
    });

    test('concurrent appends from two connections never fork the chain', async () => {
      // A second Database on the same server stands in for a second process. PGlite allows only one
      // owner of a data directory, so there the concurrency is within one client.
      const second = backend.name === 'postgres' ? await openDatabase({ dataDir: t.dataDir, databaseUrl: t.databaseUrl }) : undefined;
      try {
        const before = (await verifyAuditChain(t.db)).verified;
        const K = 40;
        const appended = await Promise.all(
          Array.from({ length: K }, (_, i) =>
            appendAudit(i % 2 === 0 || !second ? t.db : second.db, { actor: 'system:test', action: 'export', subjectType: 'test', subjectId: i, payload: { i } }),
          ),
        );
        const seqs = appended.flat().map((a) => a.seq).sort((a, b) => a - b);
        assert.deepEqual(seqs, Array.from({ length: K }, (_, i) => before + 1 + i));
        const r = await verifyAuditChain(t.db);
        assert.equal(r.ok, true, JSON.stringify(r.firstBad));
        assert.equal(r.verified, before + K);
      } finally {
        await second?.close();
      }
    });

    test('a batch is appended atomically: a failure inside the caller\'s transaction leaves no entry', async () => {
      const before = (await verifyAuditChain(t.db)).verified;
      await assert.rejects(
        t.db.transaction(async (tx) => {
          await appendAudit(tx, [
            { actor: 'system:test', action: 'export', subjectType: 'test', subjectId: 'a' },
            { actor: 'system:test', action: 'export', subjectType: 'test', subjectId: 'b' },
          ]);
          throw new Error('the change being audited failed');
        }),
        /failed/,
      );
      const r = await verifyAuditChain(t.db);
      assert.equal(r.ok, true);
      assert.equal(r.verified, before);
    });

    test('a tamper committed through a separate connection is found (last: it breaks the chain)', async () => {
      const tamper = `alter table audit_log disable trigger user; update audit_log set payload = '{"n": 0}' where seq = 5; alter table audit_log enable trigger user;`;
      if (t.databaseUrl) {
        const client = new pg.Client({ connectionString: t.databaseUrl });
        await client.connect();
        try {
          await client.query(tamper);
        } finally {
          await client.end();
        }
      } else {
        for (const statement of tamper.split(';').filter((s) => s.trim())) await rawSql(t, statement);
      }
      const r = await verifyAuditChain(t.db);
      assert.deepEqual([r.ok, r.firstBad?.seq, r.firstBad?.problem], [false, 5, 'altered']);
    });
  });
}
