/**
 * When a decided false positive keeps a pair from alerting again. Pure.
 *
 * An allow-list entry records what was decided: this party's data (its hash) against this listed
 * party's record (its hash). It suppresses a new alert for the pair only while both are still what
 * was decided on, and only until it expires. Anything new on either side, an amended listing or a
 * changed customer record, is a new question for a person.
 */
export interface AllowListEntryFacts {
  id: number;
  listedRecordHash: string;
  partyDataHash: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface PairNow {
  listedRecordHash: string;
  partyDataHash: string;
}

export type AllowListOutcome =
  | { suppressed: true; entryId: number }
  | { suppressed: false; reason: 'no-entry' | 'revoked' | 'expired' | 'listed-party-amended' | 'party-data-changed'; entryId?: number };

/** `latest` is the pair's most recent entry: a newer decision always supersedes an older one. */
export function evaluateAllowList(latest: AllowListEntryFacts | undefined, current: PairNow, now: Date): AllowListOutcome {
  if (!latest) return { suppressed: false, reason: 'no-entry' };
  const entryId = latest.id;
  if (latest.revokedAt) return { suppressed: false, reason: 'revoked', entryId };
  if (latest.expiresAt.getTime() <= now.getTime()) return { suppressed: false, reason: 'expired', entryId };
  if (latest.listedRecordHash !== current.listedRecordHash) return { suppressed: false, reason: 'listed-party-amended', entryId };
  if (latest.partyDataHash !== current.partyDataHash) return { suppressed: false, reason: 'party-data-changed', entryId };
  return { suppressed: true, entryId };
}

const DAY_MS = 86_400_000;

export function allowListExpiry(approvedAt: Date, days: number): Date {
  return new Date(approvedAt.getTime() + days * DAY_MS);
}
