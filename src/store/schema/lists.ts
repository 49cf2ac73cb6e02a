import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import type { ImportWarning, SanctionedParty } from '../../lists/model.js';
import type { VersionCounts } from '../../lists/version.js';
import { at, bytea } from './columns.js';

/**
 * One imported list file (see src/lists/version.ts for what a version is). The same bytes imported
 * under two source names are two versions, hence the (source, hash) key.
 */
export const listVersions = pgTable(
  'list_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(),
    /** SHA-256 of the imported file's bytes, hex. */
    hash: text('hash').notNull(),
    format: text('format').notNull(),
    publisher: text('publisher').notNull(),
    /**
     * The publisher's own generation date exactly as the file writes it (with its own offset, e.g.
     * "2018-06-07T19:03:43.97-04:00"); text so nothing is lost to a conversion.
     */
    generatedAt: text('generated_at'),
    /** When this version arrived here: the start of the "without delay" clock for a freeze. */
    importedAt: at('imported_at').notNull(),
    origin: text('origin').notNull(),
    fileName: text('file_name').notNull(),
    bytes: integer('bytes').notNull(),
    counts: jsonb('counts').$type<VersionCounts>().notNull(),
    warnings: jsonb('warnings').$type<ImportWarning[]>().notNull(),
    modelVersion: integer('model_version').notNull(),
    /** The original file, gzip-compressed, so the snapshot can be derived again and replayed. */
    originalGz: bytea('original_gz'),
  },
  (t) => [unique('list_versions_source_hash').on(t.source, t.hash)],
);

/**
 * The canonical snapshot of a version: one row per listed party, in source order. Rows rather than one
 * blob so a single party can be fetched by reference, and so a listed party's record hash (what an
 * allow-list entry was decided against) is at hand without loading the whole list.
 */
export const listVersionParties = pgTable(
  'list_version_parties',
  {
    versionId: bigint('version_id', { mode: 'number' })
      .notNull()
      .references(() => listVersions.id, { onDelete: 'cascade' }),
    /** Position in the source file, to give the snapshot back in the publisher's order. */
    ordinal: integer('ordinal').notNull(),
    /** `${source}:${referenceNumber}`, stable across versions (SanctionedParty.id). */
    listedPartyId: text('listed_party_id').notNull(),
    referenceNumber: text('reference_number').notNull(),
    /** See src/cases/record-hash.ts: changes exactly when the list diff reports an amendment. */
    recordHash: text('record_hash').notNull(),
    party: jsonb('party').$type<SanctionedParty>().notNull(),
  },
  (t) => [
    primaryKey({ name: 'list_version_parties_pk', columns: [t.versionId, t.listedPartyId] }),
    index('list_version_parties_ref').on(t.versionId, t.referenceNumber),
  ],
);
