import type { AlertRow } from './alerts-api.js';

/**
 * Derived facts about alerts that several screens need: the rule and rule pack an alert belongs to,
 * its age, whether it is past the organisation's deadline. Screening alerts have no rule of their own:
 * they come from the "sanctions screening" pack, one rule per list.
 */
export const OPEN_STATES = ['open', 'in_review', 'escalated'];
export const ALL_STATES = [...OPEN_STATES, 'closed_true_match', 'closed_false_positive'];

/** Used when the server does not state the organisation's deadline for working an alert. */
export const DEFAULT_DEADLINE_HOURS = 24;

export function ruleOf(a: AlertRow): string {
  return a.rule ?? `list:${a.listSource}`;
}

export function packOf(a: AlertRow): string {
  return a.rulePack ?? 'sanctions-screening';
}

/** The party's first name, from the alert row when the server joins it in, else from a parties lookup. */
export function partyNameOf(a: AlertRow, parties?: ReadonlyMap<number, { orgId: string; properties: { name?: string[] } }>): string {
  const known = parties?.get(a.partyId);
  if (known) return known.properties.name?.[0] ?? known.orgId;
  const fromData = a.party?.data?.name;
  const name = Array.isArray(fromData) ? fromData[0] : fromData;
  return a.partyName ?? a.party?.name ?? (typeof name === 'string' ? name : null) ?? `party ${a.party?.orgId ?? a.partyId}`;
}

export function listedCaptionOf(a: AlertRow): string {
  const x = a.explanation as { name?: { listedName?: string } } | null;
  return x?.name?.listedName ?? a.listedPartyRef;
}

export function ageHours(a: Pick<AlertRow, 'createdAt'>, now = Date.now()): number {
  return (now - Date.parse(a.createdAt)) / 3_600_000;
}

export function isOpen(a: Pick<AlertRow, 'state'>): boolean {
  return OPEN_STATES.includes(a.state);
}

export function isOverdue(a: Pick<AlertRow, 'state' | 'createdAt'>, deadlineHours: number, now = Date.now()): boolean {
  return isOpen(a) && ageHours(a, now) > deadlineHours;
}

export function ageLabel(hours: number): string {
  if (hours < 1) return `${Math.max(0, Math.round(hours * 60))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} d`;
}
