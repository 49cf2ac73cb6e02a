import { and, desc, eq, gt, isNull, type SQL } from 'drizzle-orm';
import { assertCan } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { Db } from '../store/database.js';
import { allowList } from '../store/schema/index.js';
import { auditActorOf, userActor } from './actor.js';
import { appendAudit } from './audit-log.js';
import { DomainError } from './errors.js';

export type AllowListEntry = typeof allowList.$inferSelect;

/** The pair's most recent entry: the one that decides (see allow-list-rules.ts). */
export async function latestEntryForPair(db: Db, partyId: number, listedPartyId: string): Promise<AllowListEntry | undefined> {
  const [row] = await db
    .select()
    .from(allowList)
    .where(and(eq(allowList.partyId, partyId), eq(allowList.listedPartyId, listedPartyId)))
    .orderBy(desc(allowList.createdAt), desc(allowList.id))
    .limit(1);
  return row;
}

export async function listAllowList(db: Db, filter: { partyId?: number; activeAt?: Date } = {}): Promise<AllowListEntry[]> {
  const conditions: SQL[] = [];
  if (filter.partyId !== undefined) conditions.push(eq(allowList.partyId, filter.partyId));
  if (filter.activeAt) conditions.push(isNull(allowList.revokedAt), gt(allowList.expiresAt, filter.activeAt));
  return db
    .select()
    .from(allowList)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(allowList.id))
    .limit(1000);
}

/** End an entry before it expires (new information about the customer, a decision found wrong). */
export async function revokeAllowListEntry(db: Db, input: { id: number; note: string }, actor: Principal, now: Date = new Date()): Promise<AllowListEntry> {
  assertCan(actor.role, 'allowlist:revoke');
  if (input.note.trim() === '') throw new DomainError('invalid', 'revoking an allow-list entry needs a note saying why');
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(allowList).where(eq(allowList.id, input.id)).for('update');
    if (!entry) throw new DomainError('not-found', `no allow-list entry ${input.id}`);
    if (entry.revokedAt) throw new DomainError('conflict', `allow-list entry ${input.id} was revoked already`);
    const by = auditActorOf(userActor(actor));
    const [revoked] = await tx.update(allowList).set({ revokedAt: now, revokedBy: by }).where(eq(allowList.id, entry.id)).returning();
    if (!revoked) throw new Error(`allow-list entry ${entry.id} vanished while being revoked`);
    await appendAudit(tx, {
      actor: by,
      action: 'allowlist.revoke',
      subjectType: 'allow_list',
      subjectId: entry.id,
      payload: { partyId: entry.partyId, listedPartyId: entry.listedPartyId, note: input.note.trim() },
      at: now,
    });
    return revoked;
  });
}
