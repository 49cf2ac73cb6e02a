/**
 * The parties an event names and their history keys: what a database-backed monitor loads before
 * processing the event. Every history lookup of the packs (oil, ransom, donations, fighters) is
 * about one of the event's own parties, so loading the records of these keys gives processing the
 * same view of the past as the in-memory history of a single process.
 */
import type { MonitoringEvent } from './events.js';
import { partyKey, type Party } from './party.js';

export function eventParties(e: MonitoringEvent): Party[] {
  if (e.kind === 'flag') return [e.party];
  return Object.values(e.parties as Record<string, Party | undefined>).filter((p): p is Party => p !== undefined);
}

export function eventPartyKeys(e: MonitoringEvent): string[] {
  return [...new Set(eventParties(e).map(partyKey))];
}
