/**
 * One person, one result: matches on linked records of one group collapse into one result that
 * carries every designation of the group.
 *
 * A person on the UN, UK and OFAC lists is three records. Screened against all three lists, the
 * engine returns three matches; an analyst must see one hit with three designations, and the service
 * must raise one alert, not three. The groups come from src/lists/link.ts (a cited UN reference, a
 * shared document number, or a strong name with agreeing birth dates), computed once per set of list
 * versions (src/lists/link-cache.ts).
 *
 * The best-scoring record of a group leads the result: its score, its explanation. Every other member
 * is listed as a designation, also when it did not itself score above the threshold (it is the same
 * person), with the link that ties it to the leading record. Alerts are keyed by a stable lead instead
 * (`alertLead`), so the next screening finds the same alert whichever record scores best that time.
 */
import { cachedLinkSet, computeLinkSet, loadLinkSet, type LinkSet } from '../lists/link-cache.js';
import { groupMembers, linkGroups, linkSentence, type LinkBasis, type LinkProblem, type PartyLink } from '../lists/link.js';
import type { SanctionedParty } from '../lists/model.js';
import { recordLabel } from '../lists/source-label.js';
import type { Match } from '../matching/engine.js';

/** The lists a screening ran on: each version by source, and its parties by id. */
export interface GroupingLists {
  versions: readonly { source: string; hash: string }[];
  parties: ReadonlyMap<string, SanctionedParty>;
}

export interface DesignationGroups {
  /** linkSetKey of the versions (sorted hashes, link rules, algorithm). */
  key: string;
  /** Party id -> group id, for linked parties only (an unlinked party is a group of its own). */
  groupOf: ReadonlyMap<string, string>;
  /** Group id -> member ids, in id order. */
  members: ReadonlyMap<string, readonly string[]>;
  /** Group id -> the links inside it. */
  links: ReadonlyMap<string, readonly PartyLink[]>;
  problems: readonly LinkProblem[];
  /** Time linking took (when computed; a cached set reports the time it once took). */
  linkMs: number;
  origin: LinkSet['origin'];
  skipped?: string;
}

/** One list entry of the person a result is about. */
export interface Designation {
  source: string;
  listVersionHash: string;
  entityId: string;
  referenceNumber: string;
  caption: string;
  listedOn?: string;
  /** Regime and programme labels as the list gives them (UN regime, OFAC programs, UK regime). */
  programmes: string[];
  /** This record's own score for the query; null when it did not come up at or above the result floor. */
  score: number | null;
  /** How this record is tied to the leading record: the weakest basis on the strongest path; null for the lead. */
  linkBasis: LinkBasis | null;
  linkSummary: string | null;
}

/** A link as results show it: enough to read, without the typed evidence fields. */
export interface LinkEvidence {
  a: string;
  b: string;
  basis: LinkBasis;
  summary: string;
}

/** A match with the designations of its group (only when the group has more than one record). */
export interface GroupedMatch extends Match {
  designations?: Designation[];
  links?: LinkEvidence[];
}

function versionKey(lists: Pick<GroupingLists, 'versions'>): string[] {
  return lists.versions.map((v) => v.hash);
}

function fromLinkSet(set: LinkSet): DesignationGroups {
  const groupOf = linkGroups(set.links);
  const links = new Map<string, PartyLink[]>();
  for (const link of set.links) {
    const g = groupOf.get(link.a)!;
    const list = links.get(g);
    if (list) list.push(link);
    else links.set(g, [link]);
  }
  return {
    key: set.key,
    groupOf,
    members: groupMembers(groupOf),
    links,
    problems: set.problems,
    linkMs: set.linkMs,
    origin: set.origin,
    ...(set.skipped !== undefined ? { skipped: set.skipped } : {}),
  };
}

const built = new Map<string, DesignationGroups>();

function cache(groups: DesignationGroups): DesignationGroups {
  built.clear(); // one set at a time per process is what every caller needs; the link cache keeps two
  built.set(groups.key, groups);
  return groups;
}

/** The groups of these lists, from memory, the data directory's link cache, or computed. */
export async function loadDesignationGroups(lists: GroupingLists, options: { dataDir?: string } = {}): Promise<DesignationGroups> {
  const set = await loadLinkSet(options.dataDir, versionKey(lists), [...lists.parties.values()]);
  const hit = built.get(set.key);
  if (hit) return hit;
  return cache(fromLinkSet(set));
}

/**
 * The groups of these lists, synchronously: from memory when a loader already built them (the
 * screening service does when it builds its engine), else linked now.
 */
export function designationGroupsOf(lists: GroupingLists): DesignationGroups {
  const set = cachedLinkSet(versionKey(lists)) ?? computeLinkSet(versionKey(lists), [...lists.parties.values()]);
  return built.get(set.key) ?? cache(fromLinkSet(set));
}

export function groupIdOf(groups: DesignationGroups, entityId: string): string {
  return groups.groupOf.get(entityId) ?? entityId;
}

/**
 * The stable lead of a group, the record its alerts are keyed by: the UN record (the regime resolution
 * 2199 concerns; the smallest id if the UN lists the person twice), else the smallest id.
 */
export function alertLead(groups: DesignationGroups, entityId: string, unSource = 'un'): string {
  const members = groups.members.get(groupIdOf(groups, entityId));
  if (!members) return entityId;
  return members.find((id) => id.startsWith(`${unSource}:`)) ?? members[0]!;
}

const BASES: readonly LinkBasis[] = ['un-reference', 'document', 'name-birthdate'];

/**
 * For each member, the path of links from `from`: the path whose weakest link is strongest, and the
 * shortest among those. Groups are small (seven records at most on the real files), so one
 * breadth-first search per basis level is cheap.
 */
function pathsFrom(from: string, links: readonly PartyLink[]): Map<string, PartyLink[]> {
  const out = new Map<string, PartyLink[]>([[from, []]]);
  for (let level = 0; level < BASES.length; level++) {
    const usable = links.filter((l) => BASES.indexOf(l.basis) <= level);
    // Stronger links first, so a tie in length prefers them.
    usable.sort((x, y) => BASES.indexOf(x.basis) - BASES.indexOf(y.basis));
    const paths = new Map<string, PartyLink[]>([[from, []]]);
    const queue = [from];
    while (queue.length > 0) {
      const at = queue.shift()!;
      for (const l of usable) {
        const next = l.a === at ? l.b : l.b === at ? l.a : undefined;
        if (next === undefined || paths.has(next)) continue;
        paths.set(next, [...paths.get(at)!, l]);
        queue.push(next);
      }
    }
    for (const [id, path] of paths) if (!out.has(id)) out.set(id, path);
  }
  return out;
}

function programmesOf(p: SanctionedParty): string[] {
  return [...new Set([p.listType, ...p.programs].filter((x): x is string => x !== undefined && x.trim() !== ''))];
}

/**
 * A record as the analyst names it ("UK HMT 6962"). Sentences are worded here from the links' typed
 * fields rather than read from their stored `summary`, so links kept in the link cache by an earlier
 * version read the same as fresh ones.
 */
function nameIn(lists: GroupingLists): (id: string) => string {
  return (id) => {
    const p = lists.parties.get(id);
    return p ? recordLabel(p) : id;
  };
}

/** The weakest basis on the path, and each step in words, in order from the lead ("…; …"). */
function describePath(path: readonly PartyLink[], nameOf: (id: string) => string): { basis: LinkBasis; summary: string } {
  const weakest = path.reduce((w, l) => (BASES.indexOf(l.basis) > BASES.indexOf(w) ? l.basis : w), path[0]!.basis);
  return { basis: weakest, summary: path.map((l) => linkSentence(l, nameOf)).join('; ') };
}

/**
 * Every designation of the group of `lead`, the lead first, then by score (records that did not score
 * last), then the UN first, then by id. `scores` holds the scores the screening produced.
 */
export function designationsOf(lead: string, groups: DesignationGroups, lists: GroupingLists, scores: ReadonlyMap<string, number>): { designations: Designation[]; links: LinkEvidence[] } {
  const group = groupIdOf(groups, lead);
  const members = groups.members.get(group) ?? [lead];
  const links = groups.links.get(group) ?? [];
  const paths = pathsFrom(lead, links);
  const nameOf = nameIn(lists);
  const hashOf = new Map(lists.versions.map((v) => [v.source, v.hash]));
  const rank = (id: string) => (id === lead ? 0 : 1);
  const ordered = [...members].sort((x, y) => {
    const sx = scores.get(x) ?? -1;
    const sy = scores.get(y) ?? -1;
    return rank(x) - rank(y) || sy - sx || Number(!x.startsWith('un:')) - Number(!y.startsWith('un:')) || (x < y ? -1 : x > y ? 1 : 0);
  });
  const designations = ordered.map((id): Designation => {
    const p = lists.parties.get(id);
    if (!p) throw new Error(`linked record ${id} is not among the parties screened`);
    const path = paths.get(id);
    const tie = id === lead || !path || path.length === 0 ? undefined : describePath(path, nameOf);
    return {
      source: p.source,
      listVersionHash: hashOf.get(p.source) ?? '',
      entityId: p.id,
      referenceNumber: p.referenceNumber,
      caption: p.caption,
      ...(p.listedOn !== undefined ? { listedOn: p.listedOn } : {}),
      programmes: programmesOf(p),
      score: scores.get(id) ?? null,
      linkBasis: tie?.basis ?? null,
      linkSummary: tie?.summary ?? null,
    };
  });
  return { designations, links: links.map((l) => ({ a: l.a, b: l.b, basis: l.basis, summary: linkSentence(l, nameOf) })) };
}

/**
 * Collapses matches (best first, as the engine returns them) into one result per group, best first;
 * `limit` counts groups. A group of one record gives the match unchanged, so results against a single
 * list read exactly as before.
 */
export function groupMatches(matches: readonly Match[], groups: DesignationGroups, lists: GroupingLists, limit = Infinity): GroupedMatch[] {
  const scores = new Map<string, number>();
  for (const m of matches) if (!scores.has(m.entityId)) scores.set(m.entityId, m.score);
  const seen = new Set<string>();
  const out: GroupedMatch[] = [];
  for (const first of matches) {
    if (out.length >= limit) break;
    const group = groupIdOf(groups, first.entityId);
    if (seen.has(group)) continue;
    seen.add(group);
    if (!groups.members.has(group)) {
      out.push(first);
      continue;
    }
    const m = leadOf(first, matches, groups);
    out.push({ ...m, ...designationsOf(m.entityId, groups, lists, scores) });
  }
  return out;
}

/**
 * The leading match of a group: the best score; among equal scores the UN record (the same person
 * often scores the same on every list), else the engine's order.
 */
function leadOf(first: Match, matches: readonly Match[], groups: DesignationGroups): Match {
  if (first.source === 'un') return first;
  const group = groupIdOf(groups, first.entityId);
  return matches.find((m) => m.score === first.score && m.source === 'un' && groupIdOf(groups, m.entityId) === group) ?? first;
}

/**
 * How many records to ask the engine for so that `limit` groups survive the collapse: linked records
 * of one person take several places. Groups have at most seven members on the real files.
 */
export function recordsForGroups(limit: number): number {
  return limit * 4 + 10;
}

/** Keys grouping adds to an alert's explanation; the rest is the engine's explanation as scored. */
export const GROUP_EXPLANATION_KEYS = ['matchedEntityId', 'designations', 'links'] as const;

/** The engine's part of an alert explanation (what a replay reproduces), and the record that scored. */
export function engineExplanationOf(explanation: unknown, listedPartyId: string): { explanation: unknown; matchedEntityId: string } {
  if (explanation === null || typeof explanation !== 'object' || !('matchedEntityId' in explanation)) return { explanation, matchedEntityId: listedPartyId };
  const rest: Record<string, unknown> = { ...(explanation as Record<string, unknown>) };
  const matched = rest.matchedEntityId;
  for (const k of GROUP_EXPLANATION_KEYS) delete rest[k];
  return { explanation: rest, matchedEntityId: typeof matched === 'string' ? matched : listedPartyId };
}
