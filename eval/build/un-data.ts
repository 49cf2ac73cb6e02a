/**
 * Loads the UN list versions the eval uses through the project's own reader (src/lists/un.ts), so
 * the labelled sets refer to exactly the parties the engine will index. Cached per process.
 */
import { readUnXml } from '../../src/lists/un.js';
import type { PartyName, SanctionedParty } from '../../src/lists/model.js';
import { unListPath } from '../lib/paths.js';
import { scriptOf } from '../lib/script.js';
import type { EvalKind, EvalQuery } from '../lib/item.js';

export const UN_VERSIONS = ['un-2026-01-28', 'un-2018-06-07', 'un-2025-11-20', 'un-2017-07-03'] as const;

const cache = new Map<string, Promise<SanctionedParty[]>>();

export function loadUn(version: string): Promise<SanctionedParty[]> {
  let p = cache.get(version);
  if (!p) {
    p = readUnXml({ path: unListPath(version) }).then((s) => s.parties);
    cache.set(version, p);
  }
  return p;
}

export function evalKind(party: SanctionedParty): EvalKind {
  return party.kind === 'person' ? 'person' : 'organization';
}

export function schemaOf(kind: EvalKind): EvalQuery['schema'] {
  return kind === 'person' ? 'Person' : 'Organization';
}

/** Latin-script names (primary and aliases) of a party, in source order, without duplicates. */
export function latinNames(party: SanctionedParty): PartyName[] {
  const seen = new Set<string>();
  return party.names.filter((n) => {
    if (n.type === 'original-script' || scriptOf(n.full) !== 'latin' || n.full.trim() === '') return false;
    const key = n.full.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function originalScriptNames(party: SanctionedParty): PartyName[] {
  return party.names.filter((n) => n.type === 'original-script' && n.full.trim() !== '');
}

/** Words of a name, lower case, without punctuation: for "is this the same spelling" checks. */
export function plainWords(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .sort()
    .join(' ');
}
