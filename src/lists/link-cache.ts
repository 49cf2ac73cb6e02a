/**
 * Links between the parties of a set of list versions, computed once per set and kept.
 *
 * Linking every list in force takes seconds (about 3.7 s of CPU for UN + OFAC + UK + EU, 18,000
 * parties: the name + birth date basis dominates), too long to repeat on every `interdict screen`.
 * The links depend only on the versions' bytes (their hashes), the linking rules (LINK_VERSION) and
 * the matching engine that scores names for the name + birth date basis (ALGORITHM_VERSION), so they
 * are kept under a key made of exactly those, in memory and in the data directory:
 *
 *     <dataDir>/lists/links/<key>.json.gz     {key, hashes, links, problems, linkMs}
 *
 * The file is a cache: it is written atomically, a damaged or foreign one is ignored and recomputed,
 * and failing to write it costs only the next run's time.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALGORITHM_VERSION } from '../matching/engine.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { findLinks, type LinkProblem, type PartyLink } from './link.js';
import type { SanctionedParty } from './model.js';

/**
 * Bump on any change to src/lists/link.ts that can change which links are made. 2: document
 * numbers compared as screening compares them (stated-documents.ts comparableNumber).
 */
export const LINK_VERSION = 2;

export interface LinkSet {
  /** The cache key: the sorted version hashes, LINK_VERSION and ALGORITHM_VERSION, hashed. */
  key: string;
  links: PartyLink[];
  problems: LinkProblem[];
  /** Time the linking took when it was computed (also when this copy came from the cache). */
  linkMs: number;
  /** Where this copy came from. */
  origin: 'computed' | 'memory' | 'disk';
  /** Set when the parties could not be linked (two versions of one list); links are then empty. */
  skipped?: string;
}

export function linkSetKey(hashes: readonly string[]): string {
  return createHash('sha256')
    .update(`${[...hashes].sort().join(',')}|link-${LINK_VERSION}|${ALGORITHM_VERSION}`)
    .digest('hex');
}

// Two entries: the set in force and the one it is being replaced by.
const memory = new Map<string, LinkSet>();
const MEMORY_ENTRIES = 2;

/**
 * Keeps a set in this process's memory: one linked or read here, or one the screening service's
 * worker thread linked (so the service's own loadLinkSet does not link again).
 */
export function keepLinkSet(set: LinkSet): void {
  memory.delete(set.key);
  memory.set(set.key, set);
  while (memory.size > MEMORY_ENTRIES) memory.delete(memory.keys().next().value as string);
}

/** The links of these versions if this process has them already. */
export function cachedLinkSet(hashes: readonly string[]): LinkSet | undefined {
  const hit = memory.get(linkSetKey(hashes));
  return hit ? { ...hit, origin: 'memory' } : undefined;
}

/**
 * Links the parties without touching the disk. One source alone has nothing to link (links are
 * always across lists); parties whose ids repeat (two versions of one list loaded together) cannot be
 * linked and get an empty set that says why.
 */
export function computeLinkSet(hashes: readonly string[], parties: readonly SanctionedParty[]): LinkSet {
  const key = linkSetKey(hashes);
  const started = performance.now();
  let set: LinkSet;
  const sources = new Set(parties.map((p) => p.source));
  if (sources.size < 2) {
    set = { key, links: [], problems: [], linkMs: 0, origin: 'computed' };
  } else if (new Set(parties.map((p) => p.id)).size !== parties.length) {
    set = { key, links: [], problems: [], linkMs: 0, origin: 'computed', skipped: 'two versions of one list are loaded together; their records are not linked' };
  } else {
    const report = findLinks([...parties]);
    set = { key, links: report.links, problems: report.problems, linkMs: Math.round(performance.now() - started), origin: 'computed' };
  }
  keepLinkSet(set);
  return set;
}

/** Where the data directory keeps the links of these versions (when there are any). */
export function linkSetFile(dataDir: string, hashes: readonly string[]): string {
  return join(dataDir, 'lists', 'links', `${linkSetKey(hashes)}.json.gz`);
}

/** The links of these versions: from memory, else from the data directory, else computed and kept. */
export async function loadLinkSet(dataDir: string | undefined, hashes: readonly string[], parties: readonly SanctionedParty[]): Promise<LinkSet> {
  const inMemory = cachedLinkSet(hashes);
  if (inMemory) return inMemory;
  const key = linkSetKey(hashes);
  const path = dataDir === undefined ? undefined : linkSetFile(dataDir, hashes);
  if (path !== undefined) {
    const stored = await readStored(path, key);
    if (stored) {
      keepLinkSet(stored);
      return { ...stored, origin: 'disk' };
    }
  }
  const set = computeLinkSet(hashes, parties);
  if (path !== undefined && set.links.length > 0) {
    const body = { key, hashes: [...hashes].sort(), linkMs: set.linkMs, links: set.links, problems: set.problems };
    await writeFileAtomic(path, gzipSync(JSON.stringify(body))).catch(() => undefined);
  }
  return set;
}

async function readStored(path: string, key: string): Promise<LinkSet | undefined> {
  try {
    const body = JSON.parse(gunzipSync(await readFile(path)).toString('utf8')) as Partial<LinkSet> & { key?: unknown };
    if (body.key !== key || !Array.isArray(body.links) || !Array.isArray(body.problems)) return undefined;
    return { key, links: body.links, problems: body.problems, linkMs: typeof body.linkMs === 'number' ? body.linkMs : 0, origin: 'disk' };
  } catch {
    // Missing, damaged or from another version of the file format: recompute.
    return undefined;
  }
}
