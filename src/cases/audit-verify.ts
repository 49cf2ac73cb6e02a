import { sql } from 'drizzle-orm';
import type { Db } from '../store/database.js';
import { queryRows } from '../store/rows.js';
import { auditEntryHash, GENESIS_HASH } from './audit-hash.js';

/**
 * Check the whole audit chain: every entry present (1, 2, 3, ... up to the head), each entry's hash
 * matching its content, each entry linked to the one before, and the head matching the last entry.
 * Stops at the first problem and names it, since everything after a break is unproven anyway.
 *
 * What it cannot see: someone who rewrites an entry *and* recomputes every hash after it, head
 * included. Against that, record the head (`interdict audit verify` prints it) somewhere the database's
 * administrators cannot write, and pass it back as an anchor later: an anchor that no longer matches
 * proves the history was rewritten.
 */
export type AuditProblem =
  | 'missing' // an entry is absent (removed from the middle, start or end)
  | 'altered' // an entry's content no longer matches its hash
  | 'broken-link' // an entry does not point at the hash of the entry before it
  | 'beyond-head' // an entry exists after the head: written around the log
  | 'head-mismatch' // the head's hash is not the last entry's
  | 'head-missing'
  | 'anchor-mismatch'; // an externally recorded (seq, hash) is no longer in the chain

export interface AuditAnchor {
  seq: number;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries checked and found good before the first problem (all of them when ok). */
  verified: number;
  head?: AuditAnchor;
  firstBad?: { seq: number; problem: AuditProblem; message: string };
}

export interface VerifyOptions {
  anchors?: readonly AuditAnchor[];
  /** Rows read per query; memory stays flat however long the log is. */
  pageSize?: number;
}

/** One audit_log row as the database returns it (seq as text: a bigint), read by the verifier and by its tests. */
export interface AuditLogRow extends Record<string, unknown> {
  seq: string;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  payload: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

function fail(verified: number, head: AuditAnchor | undefined, seq: number, problem: AuditProblem, message: string): AuditVerification {
  return { ok: false, verified, ...(head ? { head } : {}), firstBad: { seq, problem, message } };
}

export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 2000;
  const anchors = new Map((options.anchors ?? []).map((a) => [a.seq, a.hash.toLowerCase()]));
  // One snapshot for the whole walk: entries appended meanwhile are simply not part of this check.
  return db.transaction(
    async (tx) => {
      const [headRow] = await queryRows<{ seq: string; hash: string }>(tx, sql`select seq::text as seq, hash from audit_head where id = 1`);
      if (!headRow) return fail(0, undefined, 1, 'head-missing', 'the audit head row is missing');
      const head: AuditAnchor = { seq: Number(headRow.seq), hash: headRow.hash };
      let expected = 1;
      let prevHash = GENESIS_HASH;
      let after = 0;
      for (;;) {
        // Order by the column, not the text alias of the same name: "10" sorts before "2".
        const rows = await queryRows<AuditLogRow>(
          tx,
          sql`select seq::text as seq,
                     to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
                     actor, action, subject_type, subject_id, payload, prev_hash, hash
                from audit_log where seq > ${after} order by audit_log.seq limit ${pageSize}`,
        );
        for (const row of rows) {
          const seq = Number(row.seq);
          const verified = expected - 1;
          if (seq > head.seq) {
            if (expected <= head.seq) return fail(verified, head, expected, 'missing', `entry ${expected} is missing`);
            return fail(verified, head, seq, 'beyond-head', `entry ${seq} lies beyond the head (${head.seq}): it was written around the audit log`);
          }
          if (seq !== expected) {
            const gap = seq - expected === 1 ? `entry ${expected} is missing` : `entries ${expected} to ${seq - 1} are missing`;
            return fail(verified, head, expected, 'missing', `${gap} (found ${seq} after ${expected - 1})`);
          }
          const recomputed = auditEntryHash({
            seq,
            at: row.at,
            actor: row.actor,
            action: row.action,
            subjectType: row.subject_type,
            subjectId: row.subject_id,
            payload: row.payload,
            prevHash: row.prev_hash,
          });
          if (recomputed !== row.hash) {
            return fail(verified, head, seq, 'altered', `entry ${seq} (${row.action} ${row.subject_type} ${row.subject_id}) was altered: its content no longer matches its hash`);
          }
          if (row.prev_hash !== prevHash) {
            return fail(verified, head, seq, 'broken-link', `entry ${seq} does not link to entry ${seq - 1}: one of the two was replaced or rewritten`);
          }
          const anchored = anchors.get(seq);
          if (anchored !== undefined && anchored !== row.hash) {
            return fail(verified, head, seq, 'anchor-mismatch', `entry ${seq} no longer has the recorded hash ${anchored.slice(0, 16)}...: history was rewritten`);
          }
          prevHash = row.hash;
          expected = seq + 1;
          after = seq;
        }
        if (rows.length < pageSize) break;
      }
      const verified = expected - 1;
      if (verified < head.seq) {
        const gap = head.seq - verified === 1 ? `entry ${expected} is missing` : `entries ${expected} to ${head.seq} are missing`;
        return fail(verified, head, expected, 'missing', `${gap}: the head records ${head.seq} entries`);
      }
      if (head.hash !== prevHash) {
        return fail(verified, head, head.seq, 'head-mismatch', `the head's hash does not match entry ${head.seq}`);
      }
      for (const [seq] of anchors) {
        if (seq > verified || seq < 1) {
          return fail(verified, head, seq, 'anchor-mismatch', `anchor entry ${seq} is not in the chain (which has ${verified} entries): history was truncated`);
        }
      }
      return { ok: true, verified, head };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
