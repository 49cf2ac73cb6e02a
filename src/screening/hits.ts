import type { NewAlert } from '../cases/alerts-repo.js';
import { listedRecordHash } from '../cases/record-hash.js';
import type { SanctionedParty } from '../lists/model.js';
import type { ListVersion } from '../lists/version.js';
import { ALGORITHM_VERSION, type Match } from '../matching/engine.js';
import type { PartyRow } from '../store/parties-repo.js';

/**
 * What a screening hit becomes: the alert's facts, everything a replay and a freeze record need (the
 * list version and its arrival, the algorithm version, the threshold, the listed record's hash).
 */
export interface ListsInForce {
  versions: readonly ListVersion[];
  parties: ReadonlyMap<string, SanctionedParty>;
}

export function alertFor(party: Pick<PartyRow, 'id' | 'dataHash'>, match: Match, lists: ListsInForce, threshold: number, screeningResultId: number | null): NewAlert {
  const version = lists.versions.find((v) => v.source === match.source);
  const listed = lists.parties.get(match.entityId);
  if (!version || !listed) throw new Error(`match on ${match.entityId} from a list not in force (${match.source})`);
  return {
    partyId: party.id,
    screeningResultId,
    score: match.score,
    threshold,
    algorithmVersion: ALGORITHM_VERSION,
    explanation: match.explanation,
    listSource: match.source,
    listVersionHash: version.hash,
    listVersionArrivedAt: new Date(version.importedAt),
    listedPartyId: listed.id,
    listedPartyRef: listed.referenceNumber,
    listedOn: listed.listedOn ?? null,
    listedRecordHash: listedRecordHash(listed),
    partyDataHash: party.dataHash,
  };
}

/** A hit as kept in screening_results.hits: enough to read without the explanation. */
export function hitSummary(m: Match): Record<string, unknown> {
  return { entityId: m.entityId, referenceNumber: m.referenceNumber, source: m.source, caption: m.caption, score: m.score };
}

/**
 * Most matches a party screening keeps. Every match at or above the threshold becomes an alert, so
 * this is set far above what a real party reaches (a common name may match a handful of listings);
 * it only bounds the work for a pathological one.
 */
export const PARTY_MATCH_LIMIT = 50;
