/**
 * The facts every rule can read, computed once per event: where its places are relative to the
 * risk areas (geo), what screening found, the free text folded for keyword rules, and the amount
 * in USD. Packs add their own facts on top (packs/*.ts); process.ts assembles the CEL activation.
 */
import type { MonitoringEvent } from './events.js';
import type { HistoryRecord, HistoryStore } from './history.js';
import { convertMinor, type Money } from './money.js';
import { placeLabel, type Place } from './party.js';
import { remittanceTexts } from './payment.js';
import type { AreaHit } from './reference/geo.js';
import type { Reference } from './reference/prepared.js';
import type { PackId, Params, RuleDefinition } from './rule-types.js';
import type { ScreeningHit } from './screening.js';
import { foldText } from './text.js';

/** One place of the event inside or near one risk area. */
export interface GeoFact extends AreaHit {
  /** Which place of the event: "loading", "creditor", "location", "transit", ... */
  role: string;
  place: string;
}

export interface CommonFacts {
  geo: GeoFact[];
  screening: { hits: ScreeningHit[]; partyHits: ScreeningHit[]; textHits: ScreeningHit[] };
  /** Every free-text field, folded (text.ts), joined with " | ". */
  narrative: string;
  /** The event's main amount (payment amount, cargo value, art price), if any. */
  amount: Money | undefined;
  /** That amount in USD minor units, or -1 when it cannot be converted. */
  usdMinor: number;
}

/** Search distance for point areas: wider than any area's own radius, so rules can apply theirs. */
export const GEO_SEARCH_KM = 100;

export function eventPlaces(e: MonitoringEvent): { role: string; place: Place }[] {
  // No closure and no Object.entries per event (every event comes here): the places pushed in
  // the same order as before, parties in their object order.
  const out: { role: string; place: Place }[] = [];
  switch (e.kind) {
    case 'payment':
      partyPlaces(e.parties, out);
      if (e.location) out.push({ role: 'location', place: e.location });
      break;
    case 'cargo':
      if (e.places.origin) out.push({ role: 'origin', place: e.places.origin });
      if (e.places.loading) out.push({ role: 'loading', place: e.places.loading });
      for (const t of e.places.transit) if (t) out.push({ role: 'transit', place: t });
      if (e.places.discharge) out.push({ role: 'discharge', place: e.places.discharge });
      if (e.places.destination) out.push({ role: 'destination', place: e.places.destination });
      partyPlaces(e.parties, out);
      break;
    case 'art':
      partyPlaces(e.parties, out);
      break;
    case 'flag':
      if (e.place) out.push({ role: 'place', place: e.place });
      if (e.party.address) out.push({ role: 'party', place: e.party.address });
      break;
  }
  return out;
}

function partyPlaces(parties: Partial<Record<string, { address?: Place | undefined } | undefined>>, out: { role: string; place: Place }[]): void {
  for (const role in parties) {
    if (!Object.hasOwn(parties, role)) continue;
    const address = parties[role]?.address;
    if (address) out.push({ role, place: address });
  }
}

export function eventAmount(e: MonitoringEvent): Money | undefined {
  switch (e.kind) {
    case 'payment': return e.amount;
    case 'cargo': return e.totalValue;
    case 'art': return e.price;
    case 'flag': return e.amount;
  }
}

export function eventTexts(e: MonitoringEvent): string[] {
  switch (e.kind) {
    case 'payment': return [...remittanceTexts(e), ...(e.purpose?.proprietary ? [e.purpose.proprietary] : []), ...(e.purpose?.code ? [e.purpose.code] : [])];
    case 'cargo': return [e.product, ...(e.description ? [e.description] : [])];
    case 'art': return [e.description, ...e.marks, ...e.provenance.map((p) => p.description ?? '')];
    case 'flag': return e.note ? [e.note] : [];
  }
}

export function commonFacts(e: MonitoringEvent, ref: Reference, hits: ScreeningHit[]): CommonFacts {
  const geo: GeoFact[] = [];
  for (const { role, place } of eventPlaces(e)) {
    const found = ref.areas.locate(place, e.date, GEO_SEARCH_KM);
    if (found.length === 0) continue;
    const label = placeLabel(place);
    for (const h of found) geo.push({ ...h, role, place: label });
  }
  const amount = eventAmount(e);
  const usd = amount ? convertMinor(amount, 'USD', ref.data.fx) : undefined;
  // One pass over the hits instead of two filters (hits are rare: both lists are mostly empty).
  const partyHits: ScreeningHit[] = [];
  const textHits: ScreeningHit[] = [];
  for (const h of hits) {
    if (h.kind === 'party') partyHits.push(h);
    else if (h.kind === 'text') textHits.push(h);
  }
  return {
    geo,
    screening: { hits, partyHits, textHits },
    narrative: narrativeOf(e),
    amount,
    usdMinor: usd ?? -1,
  };
}

/**
 * eventTexts(e) folded, the empty ones left out, joined with " | ", built as it goes: a payment's
 * texts (most events) without the spread arrays of eventTexts and remittanceTexts.
 */
function narrativeOf(e: MonitoringEvent): string {
  if (e.kind !== 'payment') return joinFolded(eventTexts(e));
  const out: string[] = [];
  for (const u of e.remittance.unstructured) addFolded(out, u);
  for (const s of e.remittance.structured) {
    for (const d of s.referredDocuments) addFolded(out, d);
    if (s.creditorReference) addFolded(out, s.creditorReference);
    for (const a of s.additional) addFolded(out, a);
  }
  if (e.purpose?.proprietary) addFolded(out, e.purpose.proprietary);
  if (e.purpose?.code) addFolded(out, e.purpose.code);
  return out.length === 1 ? (out[0] as string) : out.join(' | ');
}

function addFolded(out: string[], t: string): void {
  const f = foldText(t);
  if (f !== '') out.push(f);
}

function joinFolded(texts: string[]): string {
  return texts.map(foldText).filter((t) => t !== '').join(' | ');
}

/** What a pack's fact builder gets. */
export interface FactInput {
  event: MonitoringEvent;
  common: CommonFacts;
  reference: Reference;
  history: HistoryStore;
  /** The effective parameters of one of the pack's rules. */
  params(code: string): Params;
}

/** A rule pack: its rules and the facts they read (under `factsKey` in the CEL activation). */
export interface PackModule {
  id: PackId;
  title: string;
  rules: RuleDefinition[];
  factsKey?: 'oil' | 'art' | 'kfr' | 'npo' | 'ftf';
  /**
   * Every history record kind `facts` reads (`history.query`), whatever the parameters. A worker
   * loads only these kinds from the database (event-store.ts loadHistoryFor): most stored records
   * are payment.out / payment.in, which only first-seen pairs read, and those come apart. Left out,
   * every kind is loaded. A history loaded by kind refuses a query for a kind it did not load.
   */
  historyKinds?: readonly string[];
  /** Facts for this pack's rules, or undefined when the event is outside the pack (its rules are skipped). */
  facts?(input: FactInput): Record<string, unknown> | undefined;
}

export type { HistoryRecord };
