/**
 * Names of an official list that no screening reads (since engine 1.83.0): longer than a name can be
 * (names/name-limits.ts). A broken or hostile file could carry one, and reading it could stall the
 * engine's build for minutes. The party is kept whole in the snapshot, with its other names, its
 * identifiers and this name as written; the engine leaves the name out (matching/prepared-list.ts),
 * and the import says so in a warning naming the party. An organisation's own list refuses such a
 * row instead (custom.ts): its owner can mend it.
 */
import type { ListSnapshot } from './model.js';
import { nameTooLong } from '../names/name-limits.js';

/** `snapshot` with a warning for each name of a party that is too long to be read. */
export function withOverlongNamesNoted(snapshot: ListSnapshot, fileName: string): ListSnapshot {
  for (const party of snapshot.parties) {
    for (const name of party.names) {
      const problem = nameTooLong(name.full);
      if (problem === undefined) continue;
      snapshot.warnings.push({ at: fileName, referenceNumber: party.referenceNumber, message: `a name of ${party.referenceNumber} is not screened: ${problem}` });
    }
  }
  return snapshot;
}
