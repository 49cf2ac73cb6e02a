import { createHash } from 'node:crypto';
import { canonicalJson, type CanonicalText } from './canonical-json.js';

/**
 * What an audit entry's hash covers, and how it is computed. This file is the specification: anyone
 * can re-check the chain from a database dump with it (docs/operations.md shows the same in prose).
 *
 *   hash = SHA-256( canonicalJson({ v: 1, seq, at, actor, action, subjectType, subjectId, payload, prevHash }) )
 *
 * - `at` is the entry's time in UTC with microseconds, "2026-01-28T09:15:02.123000Z": exactly what
 *   PostgreSQL stores, so no tampering below the millisecond goes unseen.
 * - `prevHash` is the previous entry's hash; the first entry's is GENESIS_HASH (64 zeros).
 * - `v` versions the rule itself, so it can change one day without making old entries unverifiable.
 */
export const AUDIT_HASH_VERSION = 1;
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryContent {
  seq: number;
  /** UTC, microsecond precision: see auditTime(). */
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  payload: Record<string, unknown>;
  prevHash: string;
}

/** The payload may come as its canonical text already (audit-log.ts serialises it once for storing and hashing): same hash. */
export function auditEntryHash(entry: Omit<AuditEntryContent, 'payload'> & { payload: AuditEntryContent['payload'] | CanonicalText }): string {
  const canonical = canonicalJson({
    v: AUDIT_HASH_VERSION,
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    payload: entry.payload,
    prevHash: entry.prevHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** A JavaScript Date (millisecond precision) in the hashed time format. */
export function auditTime(date: Date): string {
  const iso = date.toISOString(); // 2026-01-28T09:15:02.123Z
  return `${iso.slice(0, 23)}000Z`;
}
