import { createHash } from 'node:crypto';
import type { ListSnapshot, SanctionedParty } from './model.js';

/**
 * A list version: one imported file of one source, identified by the SHA-256 of the file's bytes, so
 * importing the same file twice is recognised and creates nothing new.
 */
export interface ListVersion {
  /** SHA-256 of the imported file's bytes, hex. */
  hash: string;
  source: string;
  format: string;
  publisher: string;
  /** The publisher's own generation date, as written in the file (ISO 8601), when it has one. */
  generatedAt?: string;
  /** When this version was imported here, ISO 8601 UTC. */
  importedAt: string;
  /** Where it came from: a file path, a URL, or "bundled:<file>". */
  origin: string;
  fileName: string;
  /** All file names when the version is made of several files (an OFAC legacy CSV set). */
  fileNames?: string[];
  bytes: number;
  counts: VersionCounts;
  warnings: number;
  modelVersion: number;
}

export interface VersionCounts {
  parties: number;
  byKind: Record<string, number>;
  /** Per regime (UN_LIST_TYPE, OFAC program, ...). */
  byListType: Record<string, number>;
  names: number;
  aliases: number;
  originalScriptNames: number;
  documents: number;
}

/** SHA-256 in hex of bytes, or of a text's UTF-8 encoding. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

export function countSnapshot(parties: readonly SanctionedParty[]): VersionCounts {
  const counts: VersionCounts = {
    parties: parties.length,
    byKind: {},
    byListType: {},
    names: 0,
    aliases: 0,
    originalScriptNames: 0,
    documents: 0,
  };
  for (const p of parties) {
    bump(counts.byKind, p.kind);
    bump(counts.byListType, p.listType ?? '(none)');
    counts.names += p.names.length;
    for (const n of p.names) {
      if (n.type === 'alias') counts.aliases++;
      else if (n.type === 'original-script') counts.originalScriptNames++;
    }
    counts.documents += p.documents.length;
  }
  return counts;
}

/**
 * The moment a version speaks for: the publisher's date when the file has one, else the import time.
 * Parsed to epoch milliseconds so time zones compare correctly ("2018-06-07T19:03:43.97-04:00").
 */
export function effectiveDate(v: Pick<ListVersion, 'generatedAt' | 'importedAt'>): number {
  const t = v.generatedAt ? Date.parse(v.generatedAt) : Number.NaN;
  return Number.isNaN(t) ? Date.parse(v.importedAt) : t;
}

/**
 * The version in force for one source is the one with the newest publisher date; an older file
 * imported later is kept for history and diffs but never replaces it. Ties (same publisher date,
 * different bytes) go to the later import.
 */
export function versionInForce(versions: readonly ListVersion[], source: string): ListVersion | undefined {
  let best: ListVersion | undefined;
  for (const v of versions) {
    if (v.source !== source) continue;
    if (!best) {
      best = v;
      continue;
    }
    const d = effectiveDate(v) - effectiveDate(best);
    if (d > 0 || (d === 0 && v.importedAt > best.importedAt)) best = v;
  }
  return best;
}

export function snapshotMeta(snapshot: ListSnapshot): Pick<ListVersion, 'source' | 'format' | 'publisher' | 'generatedAt'> {
  return {
    source: snapshot.source,
    format: snapshot.format,
    publisher: snapshot.publisher,
    ...(snapshot.generatedAt ? { generatedAt: snapshot.generatedAt } : {}),
  };
}

/** Age of a version at `now`, in whole days (from the publisher date when known). */
export function ageInDays(v: Pick<ListVersion, 'generatedAt' | 'importedAt'>, now: Date = new Date()): number {
  return Math.floor((now.getTime() - effectiveDate(v)) / 86_400_000);
}
