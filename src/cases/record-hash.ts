/**
 * The two hashes an allow-list entry is decided against. Each is prefixed with its rule's version, so
 * a future change of rule shows up as "changed" (re-alerting: the safe direction) rather than as a
 * silent mismatch.
 */
import { DIFF_FIELDS, fieldValues } from '../lists/diff.js';
import type { SanctionedParty } from '../lists/model.js';
import type { PartyProperties } from '../store/schema/parties.js';
import { sha256Hex } from '../lists/version.js';
import { canonicalJson } from './canonical-json.js';

/**
 * A listed party's record hash. Built from the list diff's own view of a record (src/lists/diff.ts,
 * every field, set-like fields as sorted multisets), so it changes exactly when `lists diff` would
 * report the party as amended: a publisher re-ordering aliases does not re-alert, a new alias does.
 */
export function listedRecordHash(party: SanctionedParty): string {
  const values = fieldValues(party);
  const canonical: Record<string, string[]> = {};
  for (const field of DIFF_FIELDS) canonical[field] = [...values[field]].sort();
  return `lr1:${sha256Hex(canonicalJson({ id: party.id, fields: canonical }))}`;
}

/**
 * A party's data hash: over what screening reads (schema and properties). Values are trimmed, empty
 * ones dropped, and each property treated as a set, so re-exporting the same customer in another
 * order is not a change, while any new or different value is.
 */
export function partyDataHash(schema: string, properties: PartyProperties): string {
  const normalised: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(properties)) {
    if (!Array.isArray(values)) continue;
    const set = [...new Set((values as unknown[]).filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== ''))].sort();
    if (set.length > 0) normalised[key] = set;
  }
  return `pd1:${sha256Hex(canonicalJson({ schema: schema.trim(), properties: normalised }))}`;
}
