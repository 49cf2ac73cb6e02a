import { and, asc, eq, sql } from 'drizzle-orm';
import { gzipSync } from 'node:zlib';
import type { AuditActor } from '../cases/audit-actions.js';
import { appendAudit } from '../cases/audit-log.js';
import { listedRecordHash } from '../cases/record-hash.js';
import type { ImportWarning, SanctionedParty } from '../lists/model.js';
import type { ListVersion } from '../lists/version.js';
import type { Db } from './database.js';
import { listVersionParties, listVersions } from './schema/index.js';
import { nextTurn } from '../util/event-loop.js';

export type ListVersionRow = typeof listVersions.$inferSelect;

export interface SaveListVersionInput {
  version: ListVersion;
  parties: readonly SanctionedParty[];
  warnings: readonly ImportWarning[];
  /** The imported file's bytes, kept (compressed) for replay. */
  original?: Uint8Array;
  /** The same already compressed (gzip), kept as given: the list store's copy of the file. */
  originalGz?: Buffer;
  actor: AuditActor;
}

/**
 * Rows per INSERT. Each insert holds a server's thread whole (the embedded database runs it on that
 * thread): 500 rows took 0.2-0.6 s at load 8, 100 rows 0.04-0.17 s, for the same total time (20,000
 * parties: 8-9.5 s in batches of 500, 8.2 s of 100), so batches stay small.
 */
const PARTY_BATCH = 100;

/** The compressed original goes into the database in pieces of this size (see saveListVersion). */
const ORIGINAL_PIECE_BYTES = 64 * 1024;

/**
 * Store a list version and its canonical snapshot in one transaction, audited as a list import. The
 * same (source, hash) twice stores nothing new and returns the existing version.
 */
export async function saveListVersion(db: Db, input: SaveListVersionInput): Promise<{ row: ListVersionRow; created: boolean }> {
  const v = input.version;
  const packed = input.originalGz ?? (input.original ? gzipSync(input.original) : null);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(listVersions)
      .values({
        source: v.source,
        hash: v.hash,
        format: v.format,
        publisher: v.publisher,
        generatedAt: v.generatedAt ?? null,
        importedAt: new Date(v.importedAt),
        origin: v.origin,
        fileName: v.fileName,
        bytes: v.bytes,
        counts: v.counts,
        warnings: [...input.warnings],
        modelVersion: v.modelVersion,
        originalGz: packed === null ? null : packed.length <= ORIGINAL_PIECE_BYTES ? packed : Buffer.alloc(0),
      })
      .onConflictDoNothing({ target: [listVersions.source, listVersions.hash] })
      .returning();
    if (!row) {
      const [existing] = await tx.select().from(listVersions).where(and(eq(listVersions.source, v.source), eq(listVersions.hash, v.hash)));
      if (!existing) throw new Error(`list version ${v.source} ${v.hash} neither inserted nor found`);
      return { row: existing, created: false };
    }
    if (packed !== null && packed.length > ORIGINAL_PIECE_BYTES) {
      // Appended a piece at a time with a turn of the loop between: the embedded database took
      // seconds to take a few MB in one parameter, holding a server's thread. Same bytes in the end.
      for (let at = 0; at < packed.length; at += ORIGINAL_PIECE_BYTES) {
        const piece = packed.subarray(at, at + ORIGINAL_PIECE_BYTES);
        await tx.update(listVersions).set({ originalGz: sql`${listVersions.originalGz} || ${piece}::bytea` }).where(eq(listVersions.id, row.id));
        await nextTurn();
      }
      row.originalGz = packed;
    }
    for (let i = 0; i < input.parties.length; i += PARTY_BATCH) {
      const batch = input.parties.slice(i, i + PARTY_BATCH).map((party, j) => ({
        versionId: row.id,
        ordinal: i + j,
        listedPartyId: party.id,
        referenceNumber: party.referenceNumber,
        recordHash: listedRecordHash(party),
        party,
      }));
      await tx.insert(listVersionParties).values(batch);
      // The embedded database answers without a turn of the event loop (its promises settle at
      // once), so without this the whole insert, half a minute for 200,000 names, held a server's
      // thread in one piece; between batches other requests are answered (their queries wait for
      // this transaction, as before).
      await nextTurn();
    }
    await appendAudit(tx, {
      actor: input.actor,
      action: 'list.import',
      subjectType: 'list_version',
      subjectId: `${v.source}:${v.hash}`,
      payload: {
        source: v.source,
        hash: v.hash,
        generatedAt: v.generatedAt ?? null,
        importedAt: v.importedAt,
        origin: v.origin,
        parties: input.parties.length,
        warnings: input.warnings.length,
      },
    });
    return { row, created: true };
  });
}

export async function findListVersion(db: Db, source: string, hash: string): Promise<ListVersionRow | undefined> {
  const [row] = await db.select().from(listVersions).where(and(eq(listVersions.source, source), eq(listVersions.hash, hash)));
  return row;
}

/** The snapshot's parties in the publisher's order. */
export async function loadListVersionParties(db: Db, versionId: number): Promise<SanctionedParty[]> {
  const rows = await db
    .select({ party: listVersionParties.party })
    .from(listVersionParties)
    .where(eq(listVersionParties.versionId, versionId))
    .orderBy(asc(listVersionParties.ordinal));
  return rows.map((r) => r.party);
}

export async function findListedParty(
  db: Db,
  versionId: number,
  referenceNumber: string,
): Promise<{ party: SanctionedParty; recordHash: string } | undefined> {
  const [row] = await db
    .select({ party: listVersionParties.party, recordHash: listVersionParties.recordHash })
    .from(listVersionParties)
    .where(and(eq(listVersionParties.versionId, versionId), eq(listVersionParties.referenceNumber, referenceNumber)));
  return row;
}
