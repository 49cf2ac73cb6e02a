import type { NewAlert } from '../cases/alerts-repo.js';
import { listedRecordHash } from '../cases/record-hash.js';
import type { SanctionedParty } from '../lists/model.js';
import type { ListVersion } from '../lists/version.js';
import { ALGORITHM_VERSION, type Match } from '../matching/engine.js';
import type { PartyRow } from '../store/parties-repo.js';
import { alertLead, designationGroupsOf, designationsOf, groupIdOf, type DesignationGroups } from './designations.js';

/**
 * What a screening hit becomes: the alert's facts, everything a replay and a freeze record need (the
 * list version and its arrival, the algorithm version, the threshold, the listed record's hash).
 */
export interface ListsInForce {
  versions: readonly ListVersion[];
  parties: ReadonlyMap<string, SanctionedParty>;
  /** Linked records of these versions; looked up (or linked) by the versions' hashes when absent. */
  groups?: DesignationGroups;
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

/**
 * The alerts a party's hits raise: one per person. Hits on linked records of one group (the same
 * person on the UN, UK and OFAC lists) raise one alert, keyed by the group's stable lead record
 * (`alertLead`: the UN record when there is one), so re-screening finds the same alert whichever record
 * scores best. Its score and explanation are the best hit's; the explanation also carries
 * `matchedEntityId` (the record that scored), `designations` (every record of the group, with its own
 * score or null, and the link that ties it in) and `links` (the group's link evidence). A hit on an
 * unlinked record raises the alert it always did, explanation unchanged.
 */
export function alertsFor(party: Pick<PartyRow, 'id' | 'dataHash'>, matches: readonly Match[], lists: ListsInForce, threshold: number, screeningResultId: number | null): NewAlert[] {
  const hits = matches.filter((m) => m.match);
  if (hits.length === 0) return [];
  const groups = lists.groups ?? designationGroupsOf(lists);
  const scores = new Map<string, number>();
  for (const m of hits) if (!scores.has(m.entityId)) scores.set(m.entityId, m.score);
  const seen = new Set<string>();
  const out: NewAlert[] = [];
  // Best first; among equal scores the UN record, as in screening results (designations.ts).
  const unFirst = (x: Match, y: Match) => Number(x.source !== 'un') - Number(y.source !== 'un');
  for (const m of [...hits].sort((x, y) => y.score - x.score || unFirst(x, y) || (x.entityId < y.entityId ? -1 : 1))) {
    const group = groupIdOf(groups, m.entityId);
    if (seen.has(group)) continue;
    seen.add(group);
    if (!groups.members.has(group)) {
      out.push(alertFor(party, m, lists, threshold, screeningResultId));
      continue;
    }
    const lead = lists.parties.get(alertLead(groups, m.entityId));
    if (!lead) throw new Error(`group of ${m.entityId}: its lead record is not among the lists in force`);
    const explanation = { ...m.explanation, matchedEntityId: m.entityId, ...designationsOf(m.entityId, groups, lists, scores) };
    out.push(alertFor(party, { ...m, entityId: lead.id, source: lead.source, referenceNumber: lead.referenceNumber, caption: lead.caption, explanation }, lists, threshold, screeningResultId));
  }
  return out;
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
