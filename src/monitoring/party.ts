/**
 * Places and parties as every event type carries them. A party is whoever appears in an event (a
 * debtor, a buyer, a vessel's owner...), described by what the input gives: name, kind, category,
 * address, account and identifiers. Every party is screened; the category and address feed the rules.
 */
import type { FieldReader } from './fields.js';

export interface Place {
  /** A place name as given (a field, a crossing, a town): matched by name when there are no coordinates. */
  name?: string;
  lines?: string[];
  street?: string;
  town?: string;
  postCode?: string;
  /** Province or governorate. */
  subdivision?: string;
  country?: string;
  lat?: number;
  lon?: number;
}

export const PARTY_TYPES = ['person', 'organization', 'financial-institution', 'vessel'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

/**
 * What a party is, as far as the rules care. Inputs from banks rarely say this; where they do
 * (customer records, MCC codes, purpose codes) it sharpens several rules, and where they do not the
 * rules fall back on other signals.
 */
export const PARTY_CATEGORIES = [
  'personal-account', 'charity', 'remitter', 'exchange-house', 'hawala', 'cash-courier', 'insurer',
  'crisis-consultant', 'crowdfunding', 'fuel-trader', 'trading-company', 'refinery', 'airline',
  'travel-agent', 'freeport', 'dealer', 'auction-house', 'collector', 'museum', 'shipping', 'bank', 'other',
] as const;
export type PartyCategory = (typeof PARTY_CATEGORIES)[number];

export interface Party {
  /** Role in the event: "debtor", "creditorAgent", "buyer", "seller", ... */
  role: string;
  name?: string;
  type?: PartyType;
  category?: PartyCategory;
  country?: string;
  address?: Place;
  iban?: string;
  account?: string;
  bic?: string;
  lei?: string;
  ids: string[];
  birthDate?: string;
  /** Date of incorporation or registration (OIL-4 "recently formed trading company"). */
  established?: string;
  /** Licences the party holds, e.g. "storage", "refining" (OIL-3 "buyers without storage licence"). */
  licences: string[];
}

export function readPlace(r: FieldReader, raw: unknown, field: string): Place | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'string') return { name: r.string(raw, field) };
  const o = r.object(raw, field);
  const p: Place = {};
  const set = <K extends keyof Place>(k: K, v: Place[K] | undefined): void => {
    if (v !== undefined) p[k] = v;
  };
  set('name', r.optString(o.name, `${field}.name`));
  const lines = r.strings(o.lines, `${field}.lines`);
  if (lines.length) p.lines = lines;
  set('street', r.optString(o.street, `${field}.street`));
  set('town', r.optString(o.town, `${field}.town`));
  set('postCode', r.optString(o.postCode, `${field}.postCode`));
  set('subdivision', r.optString(o.subdivision, `${field}.subdivision`));
  set('country', r.optCountry(o.country, `${field}.country`));
  const lat = r.optNumber(o.lat, `${field}.lat`);
  const lon = r.optNumber(o.lon, `${field}.lon`);
  if ((lat === undefined) !== (lon === undefined)) r.fail(`${field}.${lat === undefined ? 'lat' : 'lon'}`, 'coordinates need both lat and lon');
  if (lat !== undefined && (lat < -90 || lat > 90)) r.fail(`${field}.lat`, `${lat} is outside -90..90`);
  if (lon !== undefined && (lon < -180 || lon > 180)) r.fail(`${field}.lon`, `${lon} is outside -180..180`);
  set('lat', lat);
  set('lon', lon);
  if (Object.keys(p).length === 0) return undefined;
  return p;
}

export function readParty(r: FieldReader, raw: unknown, field: string, role: string): Party | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw.trim() === '' ? undefined : { role, name: r.optName(raw, field) as string, ids: [], licences: [] };
  const o = r.object(raw, field);
  const p: Party = { role, ids: r.strings(o.ids, `${field}.ids`), licences: r.strings(o.licences, `${field}.licences`).map((l) => l.toLowerCase()) };
  const set = <K extends keyof Party>(k: K, v: Party[K] | undefined): void => {
    if (v !== undefined) p[k] = v;
  };
  set('name', r.optName(o.name, `${field}.name`));
  set('type', r.optOneOf(o.type, `${field}.type`, PARTY_TYPES));
  set('category', r.optOneOf(o.category, `${field}.category`, PARTY_CATEGORIES));
  set('address', readPlace(r, o.address, `${field}.address`));
  set('country', r.optCountry(o.country, `${field}.country`) ?? p.address?.country);
  set('iban', r.optString(o.iban, `${field}.iban`)?.replace(/\s+/g, '').toUpperCase());
  set('account', r.optString(o.account, `${field}.account`));
  set('bic', r.optString(o.bic, `${field}.bic`)?.toUpperCase());
  set('lei', r.optString(o.lei, `${field}.lei`)?.toUpperCase());
  set('birthDate', r.optDate(o.birthDate, `${field}.birthDate`));
  set('established', r.optDate(o.established, `${field}.established`));
  if (p.bic !== undefined && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(p.bic)) r.fail(`${field}.bic`, `${JSON.stringify(p.bic)} is not a BIC (8 or 11 characters)`);
  if (p.name === undefined && p.iban === undefined && p.account === undefined && p.bic === undefined && p.lei === undefined && p.ids.length === 0) {
    r.fail(field, 'a party needs a name or an identifier (iban, account, bic, lei, ids)');
  }
  return p;
}

/** An account number with no space and no lower-case letter: removing spaces and upper-casing change nothing. */
const PLAIN_ACCOUNT = /^[A-Z0-9]*$/;

/**
 * A stable key for a party across events, for history: the account when there is one (what a bank
 * knows its customers by), else identifiers, else the folded name with the country.
 */
export function partyKey(p: Party): string {
  if (p.iban) return `iban:${p.iban}`;
  if (p.account) return `acct:${PLAIN_ACCOUNT.test(p.account) ? p.account : p.account.replace(/\s+/g, '').toUpperCase()}`;
  if (p.lei) return `lei:${p.lei}`;
  if (p.ids[0]) return `id:${p.ids[0].toUpperCase()}`;
  const name = (p.name ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `name:${name}|${p.country ?? ''}`;
}

/** Every place a party's address gives, for the geofences. */
export function placeLabel(p: Place): string {
  return [p.name, p.street, p.town, p.subdivision, p.country].filter(Boolean).join(', ') || (p.lat !== undefined ? `${p.lat},${p.lon}` : '');
}
