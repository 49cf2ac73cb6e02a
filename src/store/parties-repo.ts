import { eq } from 'drizzle-orm';
import { partyDataHash } from '../cases/record-hash.js';
import type { Db } from './database.js';
import { parties, type PartyProperties } from './schema/index.js';

export type PartyRow = typeof parties.$inferSelect;

export interface PartyInput {
  orgId: string;
  schema: string;
  properties: PartyProperties;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Insert or update one party by the organisation's id. The data hash decides whether anything
 * changed: an unchanged party keeps its row (and its updated_at) untouched, so "changed since" means
 * something and re-screening can skip it. Auditing belongs to the import that calls this (one entry
 * per import, not one per party).
 */
export async function upsertParty(db: Db, input: PartyInput, now: Date = new Date()): Promise<{ party: PartyRow; outcome: UpsertOutcome }> {
  const orgId = input.orgId.trim();
  if (orgId === '') throw new Error('a party needs the organisation\'s id (org id)');
  const dataHash = partyDataHash(input.schema, input.properties);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(parties).where(eq(parties.orgId, orgId)).for('update');
    if (!existing) {
      const [party] = await tx
        .insert(parties)
        .values({ orgId, schema: input.schema, properties: input.properties, dataHash, createdAt: now, updatedAt: now })
        .returning();
      if (!party) throw new Error(`party ${orgId} was not inserted`);
      return { party, outcome: 'created' as const };
    }
    if (existing.dataHash === dataHash) return { party: existing, outcome: 'unchanged' as const };
    const [party] = await tx
      .update(parties)
      .set({ schema: input.schema, properties: input.properties, dataHash, updatedAt: now })
      .where(eq(parties.id, existing.id))
      .returning();
    if (!party) throw new Error(`party ${orgId} vanished while being updated`);
    return { party, outcome: 'updated' as const };
  });
}

export async function getParty(db: Db, id: number): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(parties).where(eq(parties.id, id));
  return row;
}

export async function getPartyByOrgId(db: Db, orgId: string): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(parties).where(eq(parties.orgId, orgId));
  return row;
}
