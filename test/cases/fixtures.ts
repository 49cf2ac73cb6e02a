import type { Principal } from '../../src/auth/principal.js';
import type { Role } from '../../src/auth/roles.js';
import { ensureUser } from '../../src/auth/users-repo.js';
import type { NewAlert } from '../../src/cases/alerts-repo.js';
import { DomainError, type DomainErrorCode } from '../../src/cases/errors.js';
import type { Db } from '../../src/store/database.js';
import { upsertParty, type PartyRow } from '../../src/store/parties-repo.js';

/** Shared set-up for the case-management tests: people with roles, parties, and screening hits. */

export async function person(db: Db, username: string, role: Role): Promise<Principal> {
  const { user } = await ensureUser(db, username, 'system:test');
  return { userId: user.id, username, role };
}

let partyCounter = 0;

export async function customer(db: Db, name: string, extra: { birthDate?: string[] } = {}): Promise<PartyRow> {
  partyCounter += 1;
  const { party } = await upsertParty(db, { orgId: `CUST-${partyCounter}-${name.replace(/\W+/g, '-')}`, schema: 'Person', properties: { name: [name], ...extra } });
  return party;
}

export const LIST_ARRIVED = new Date('2026-01-28T06:00:00Z');

/** A screening hit of `party` against a listed party, as the screening code will hand it over. */
export function hit(party: PartyRow, listedRef: string, overrides: Partial<NewAlert> = {}): NewAlert {
  const source = overrides.listSource ?? 'un';
  return {
    partyId: party.id,
    score: 0.91,
    threshold: 0.8,
    algorithmVersion: 'match-1.0.0',
    explanation: { name: { score: 0.95, matched: 'ABU EXAMPLE' }, birthDate: { score: 1 } },
    listSource: source,
    listVersionHash: 'c0ffee'.padEnd(64, '0'),
    listVersionArrivedAt: LIST_ARRIVED,
    listedPartyId: `${source}:${listedRef}`,
    listedPartyRef: listedRef,
    listedOn: '2015-09-23',
    listedRecordHash: `lr1:${listedRef}-v1`,
    partyDataHash: party.dataHash,
    ...overrides,
  };
}

/** For assert.rejects: a DomainError with this code. */
export function refusedWith(code: DomainErrorCode, pattern?: RegExp): (err: unknown) => boolean {
  return (err) => {
    if (!(err instanceof DomainError)) throw err;
    if (err.code !== code) throw new Error(`expected ${code}, got ${err.code}: ${err.message}`);
    if (pattern && !pattern.test(err.message)) throw new Error(`message ${JSON.stringify(err.message)} does not match ${pattern}`);
    return true;
  };
}

export function minutesAfter(base: Date, minutes: number): Date {
  return new Date(base.getTime() + minutes * 60_000);
}
