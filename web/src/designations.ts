import type { Designation, GroupedMatch, LinkEvidence } from '../../src/screening/designations.js';
import type { LinkBasis } from '../../src/lists/link.js';
import { recordLabel, sourceLabel } from '../../src/lists/source-label.js';

/**
 * Reading the designations of a screening result or an alert (issue 8: one person, one result, every
 * list the person is on). The server puts them on a result (`designations`, `links`) and inside an
 * alert's stored `explanation`; a result of a person on one list only has none, and is read as one
 * designation of its own so every screen can show the same line.
 */
export type { Designation, GroupedMatch, LinkEvidence, LinkBasis };
// List names come from the server's own table, so the UI and the server's link sentences agree.
export { recordLabel, sourceLabel };

/** What ties a record to the leading one, in words an analyst reads without the docs. */
const BASIS_LABEL: Record<LinkBasis, string> = {
  'un-reference': 'cites the UN reference',
  document: 'same identity document',
  'name-birthdate': 'same name and birth date',
};

export function basisLabel(basis: LinkBasis | null): string {
  return basis === null ? 'leading record' : (BASIS_LABEL[basis] ?? basis);
}

function isDesignation(x: unknown): x is Designation {
  if (!x || typeof x !== 'object') return false;
  const d = x as Record<string, unknown>;
  return typeof d.source === 'string' && typeof d.entityId === 'string' && typeof d.referenceNumber === 'string';
}

/**
 * The designations a result or an alert explanation carries, the leading record first. Anything that
 * is not shaped like a designation is left out rather than breaking the screen (alerts stored before
 * the server grouped lists have none).
 */
export function designationsOf(holder: unknown): Designation[] {
  const list = holder && typeof holder === 'object' ? (holder as { designations?: unknown }).designations : undefined;
  if (!Array.isArray(list)) return [];
  const found = list.filter(isDesignation);
  return [...found.filter((d) => d.linkBasis === null), ...found.filter((d) => d.linkBasis !== null)];
}

/** The number of distinct lists among designations ("3 lists"). */
export function listCount(designations: readonly Designation[]): number {
  return new Set(designations.map((d) => d.source)).size;
}

/** "UN QDi.059 · UK HMT 6962 · OFAC SDN 7209": the compact line under a result. */
export function designationLine(designations: readonly Designation[]): string {
  return designations.map(recordLabel).join(' · ');
}
