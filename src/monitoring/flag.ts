/**
 * Party flags: facts about a customer that arrive from outside the payment stream and that later
 * payments are judged against. A kidnapping reported for a company's employee (KFR-1), a K&R
 * insurance claim paid (KFR-2), a consumer loan drawn, an account closed, an asset sold, a one-way
 * ticket bought (FTF-3), a cross-border cash declaration (FTF-4). A flag is an event like any other:
 * it is recorded in history, and the flag that completes a pattern can itself raise the alert.
 */
import type { FieldReader, Json } from './fields.js';
import { readMoney, type Money } from './money.js';
import { readParty, readPlace, type Party, type Place } from './party.js';

export const FLAG_TYPES = [
  'kidnapping', 'kr-claim', 'crisis-consultant', 'loan-drawn', 'loan-default', 'account-closure', 'asset-sale',
  'one-way-ticket', 'benefit-fraud', 'cash-declaration', 'charity-registration', 'other',
] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

export interface FlagEvent {
  kind: 'flag';
  id: string;
  date: string;
  flag: FlagType;
  party: Party;
  note?: string;
  amount?: Money;
  /** Where it happened or points to (a kidnapping's country, a ticket's destination). */
  place?: Place;
}

export function readFlagJson(r: FieldReader, o: Json): FlagEvent {
  const party = readParty(r, o.party, 'party', 'subject');
  if (!party) r.fail('party', 'required');
  const e: FlagEvent = { kind: 'flag', id: r.string(o.id, 'id'), date: r.date(o.date, 'date'), flag: r.oneOf(o.flag, 'flag', FLAG_TYPES), party };
  const note = r.optString(o.note, 'note');
  if (note) e.note = note;
  const amount = readMoney(r, o.amount, 'amount');
  if (amount) e.amount = amount;
  const place = readPlace(r, o.place, 'place');
  if (place) e.place = place;
  return e;
}
