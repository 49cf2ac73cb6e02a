import { eq, sql } from 'drizzle-orm';
import type { Db } from '../store/database.js';
import { auditHead, auditLog } from '../store/schema/index.js';
import type { AuditAction, AuditActor } from './audit-actions.js';
import { auditEntryHash, auditTime } from './audit-hash.js';
import { queryRows } from '../store/rows.js';
import { canonicalJson, CanonicalText, toStoredJson } from './canonical-json.js';

/** Entries per INSERT statement (9 parameters each, far below PostgreSQL's 65535). */
const INSERT_CHUNK = 500;

export interface AuditEvent {
  actor: AuditActor;
  action: AuditAction;
  subjectType: string;
  subjectId: string | number;
  payload?: Record<string, unknown>;
  /** When it happened; defaults to now. */
  at?: Date;
}

export interface AppendedEntry {
  seq: number;
  hash: string;
}

/**
 * Append events to the audit chain, in order, atomically.
 *
 * Call it inside the transaction that makes the change being recorded (pass `tx`): the entry and the
 * change then commit or vanish together, and it becomes a savepoint there. Call it last in that
 * transaction: it locks the chain's head row until the commit, and every audited write in the system
 * queues on that lock, so holding it briefly keeps throughput up (and locking in one order everywhere,
 * domain rows first and the head last, keeps deadlocks out).
 *
 * The head row lock (SELECT ... FOR UPDATE) is what serialises appends: a second transaction waits
 * there until the first commits, then reads the new head, so two appends can never both link to the
 * same predecessor and fork the chain.
 */
export async function appendAudit(db: Db, events: AuditEvent | readonly AuditEvent[]): Promise<AppendedEntry[]> {
  const list = Array.isArray(events) ? (events as readonly AuditEvent[]) : [events as AuditEvent];
  if (list.length === 0) return [];
  return db.transaction(async (tx) => {
    const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
    if (!head) throw new Error('audit_head row is missing: the database was not migrated, or it was tampered with');
    let seq = head.seq;
    let prevHash = head.hash;
    const rows: (typeof auditLog.$inferInsert)[] = [];
    const appended: AppendedEntry[] = [];
    for (const event of list) {
      seq += 1;
      const at = event.at ?? new Date();
      // Hash what will be read back: jsonb drops undefined and normalises nothing else we rely on.
      const payload = toStoredJson(event.payload ?? {});
      const content = {
        seq,
        at: auditTime(at),
        actor: event.actor,
        action: event.action,
        subjectType: event.subjectType,
        subjectId: String(event.subjectId),
        payload,
        prevHash,
      };
      const hash = auditEntryHash(content);
      rows.push({ ...content, at, hash });
      appended.push({ seq, hash });
      prevHash = hash;
    }
    // Multi-row inserts in order: the chain trigger (a BEFORE ROW trigger) sees the rows inserted before
    // it in the same statement, so each row is still checked against its predecessor.
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.insert(auditLog).values(rows.slice(i, i + INSERT_CHUNK));
    await tx.update(auditHead).set({ seq, hash: prevHash }).where(eq(auditHead.id, 1));
    return appended;
  });
}

/**
 * appendAudit for a caller that is already inside its own transaction and makes no use of a
 * savepoint (a failure there aborts the whole transaction anyway): the same entries, the same hash
 * chain and the same head lock, in three statements instead of appendAudit's five. The savepoint
 * and drizzle's per-parameter handling were most of the cost of auditing a batch of monitored
 * events (src/monitoring/event-store.ts; docs/rules.md, Performance). All entries go in as one
 * jsonb array, inserted in array order, so the chain trigger still checks each row's link to the
 * row before it. Call it last in the transaction, as appendAudit.
 */
export async function appendAuditInTransaction(tx: Db, events: readonly AuditEvent[]): Promise<AppendedEntry[]> {
  if (events.length === 0) return [];
  const [head] = await queryRows<{ seq: string; hash: string }>(tx, sql`select seq::text as seq, hash from audit_head where id = 1 for update`);
  if (!head) throw new Error('audit_head row is missing: the database was not migrated, or it was tampered with');
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const appended: AppendedEntry[] = [];
  const rows: string[] = [];
  for (const event of events) {
    seq += 1;
    // The payload is serialised ONCE, canonically, and that text is both hashed (inside the entry,
    // CanonicalText) and stored (spliced into the row). It used to be serialised, parsed back
    // (toStoredJson), serialised again for the hash and a third time with the rows: a batch's
    // event.process entry lists 512 events. Same hash: the canonical JSON of the parsed text is
    // the text itself; same stored value: jsonb keeps no key order.
    const payloadJson = canonicalJson(event.payload ?? {});
    const content = {
      seq,
      at: auditTime(event.at ?? new Date()),
      actor: event.actor,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: String(event.subjectId),
      prevHash,
    };
    const hash = auditEntryHash({ ...content, payload: new CanonicalText(payloadJson) });
    const row = JSON.stringify({ ...content, hash });
    rows.push(`${row.slice(0, -1)},"payload":${payloadJson}}`);
    appended.push({ seq, hash });
    prevHash = hash;
  }
  await tx.execute(
    sql`insert into audit_log (seq, at, actor, action, subject_type, subject_id, payload, prev_hash, hash)
        select (r->>'seq')::bigint, (r->>'at')::timestamptz, r->>'actor', r->>'action', r->>'subjectType', r->>'subjectId', r->'payload', r->>'prevHash', r->>'hash'
          from jsonb_array_elements(${`[${rows.join(',')}]`}::jsonb) with ordinality as t(r, n)
         order by n`,
  );
  await tx.execute(sql`update audit_head set seq = ${seq}, hash = ${prevHash} where id = 1`);
  return appended;
}
