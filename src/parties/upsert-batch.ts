import { eq, inArray } from 'drizzle-orm';
import { partyDataHash } from '../cases/record-hash.js';
import type { Db } from '../store/database.js';
import type { PartyInput, PartyRow, UpsertOutcome } from '../store/parties-repo.js';
import { parties } from '../store/schema/index.js';

/**
 * upsertParty (src/store/parties-repo.ts) for a whole chunk at once: one SELECT for the existing rows,
 * one multi-row INSERT for the new ones, an UPDATE per changed one. Same rules (the data hash decides;
 * an unchanged party is not written), a few statements instead of three per party: on the embedded
 * database the per-statement cost is what limited imports (about 150 parties/s one by one).
 *
 * Call it inside the caller's transaction; ids must be distinct within the chunk (readParties makes
 * sure). Existing rows are locked (FOR UPDATE) so a concurrent import of the same ids waits.
 */
export async function upsertParties(tx: Db, inputs: readonly PartyInput[], now: Date = new Date()): Promise<{ party: PartyRow; outcome: UpsertOutcome }[]> {
  if (inputs.length === 0) return [];
  const prepared = inputs.map((input) => {
    const orgId = input.orgId.trim();
    if (orgId === '') throw new Error("a party needs the organisation's id (org id)");
    return { ...input, orgId, dataHash: partyDataHash(input.schema, input.properties) };
  });
  const existing = new Map(
    (await tx.select().from(parties).where(inArray(parties.orgId, prepared.map((p) => p.orgId))).for('update')).map((row) => [row.orgId, row]),
  );
  const fresh = prepared.filter((p) => !existing.has(p.orgId));
  const inserted = new Map<string, PartyRow>();
  for (let i = 0; i < fresh.length; i += 500) {
    const rows = await tx
      .insert(parties)
      .values(fresh.slice(i, i + 500).map((p) => ({ orgId: p.orgId, schema: p.schema, properties: p.properties, dataHash: p.dataHash, createdAt: now, updatedAt: now })))
      .returning();
    for (const row of rows) inserted.set(row.orgId, row);
  }
  const out: { party: PartyRow; outcome: UpsertOutcome }[] = [];
  for (const p of prepared) {
    const before = existing.get(p.orgId);
    if (!before) {
      const party = inserted.get(p.orgId);
      if (!party) throw new Error(`party ${p.orgId} was not inserted`);
      out.push({ party, outcome: 'created' });
    } else if (before.dataHash === p.dataHash) {
      out.push({ party: before, outcome: 'unchanged' });
    } else {
      const [party] = await tx.update(parties).set({ schema: p.schema, properties: p.properties, dataHash: p.dataHash, updatedAt: now }).where(eq(parties.id, before.id)).returning();
      if (!party) throw new Error(`party ${p.orgId} vanished while being updated`);
      out.push({ party, outcome: 'updated' });
    }
  }
  return out;
}
