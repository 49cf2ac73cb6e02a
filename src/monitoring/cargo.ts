/**
 * Oil and fuel cargoes (and refinery equipment, and any goods a charity ships): what a trader,
 * shipper, insurer or financing bank knows about a consignment. Quantities are physical measures,
 * not money, so they may be decimals; prices are Money per unit.
 */
import type { FieldReader, Json } from './fields.js';
import { readMoney, type Money } from './money.js';
import { readParty, readPlace, type Party, type Place } from './party.js';

export const QUANTITY_UNITS = ['bbl', 't', 'm3', 'l', 'gal', 'kg', 'unit'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

export const CARGO_ROLES = ['seller', 'buyer', 'shipper', 'consignee', 'financier', 'insurer', 'endUser', 'carrier'] as const;
export type CargoRole = (typeof CARGO_ROLES)[number];

export const SETTLEMENTS = ['wire', 'letter-of-credit', 'cash', 'barter', 'swap', 'other'] as const;

export interface CargoEvent {
  kind: 'cargo';
  id: string;
  date: string;
  /** HS code as given, digits only ("2709", "271019", "841940"). */
  hsCode: string;
  product: string;
  description?: string;
  quantity: { value: number; unit: QuantityUnit };
  /** Price per `per` unit (default: the quantity's unit). */
  price?: { amount: Money; per: QuantityUnit };
  totalValue?: Money;
  settlement?: (typeof SETTLEMENTS)[number];
  places: { origin?: Place; loading?: Place; transit: Place[]; discharge?: Place; destination?: Place };
  transport: {
    mode: 'truck' | 'vessel' | 'pipeline' | 'rail' | 'other';
    vessel?: { imo?: string; name?: string; flag?: string };
    truck?: { plate?: string; containers?: string };
  };
  parties: Partial<Record<CargoRole, Party>>;
  /** Documents that came with the consignment ("end-use-certificate", "certificate-of-origin", ...). */
  documents: string[];
}

export function readCargoJson(r: FieldReader, o: Json): CargoEvent {
  const hs = r.string(o.hsCode, 'hsCode').replace(/[.\s]/g, '');
  if (!/^\d{4,10}$/.test(hs)) r.fail('hsCode', `${JSON.stringify(o.hsCode)} is not an HS code (4 to 10 digits, dots allowed)`);
  const q = r.object(o.quantity, 'quantity');
  const value = r.optNumber(q.value, 'quantity.value');
  if (value === undefined || value <= 0) r.fail('quantity.value', 'required, a positive number');
  const unit = r.oneOf(q.unit, 'quantity.unit', QUANTITY_UNITS);
  const e: CargoEvent = {
    kind: 'cargo',
    id: r.string(o.id, 'id'),
    date: r.date(o.date, 'date'),
    hsCode: hs,
    product: r.string(o.product, 'product'),
    quantity: { value, unit },
    places: { transit: [] },
    transport: { mode: 'other' },
    parties: {},
    documents: r.strings(o.documents, 'documents').map((d) => d.toLowerCase()),
  };
  const description = r.optString(o.description, 'description');
  if (description) e.description = description;
  if (o.price !== undefined && o.price !== null) {
    const p = r.object(o.price, 'price');
    const amount = readMoney(r, p.amount ?? (p.value !== undefined ? { value: p.value, currency: p.currency } : undefined), 'price.amount');
    if (!amount) r.fail('price.amount', 'required');
    e.price = { amount, per: r.oneOf(p.per, 'price.per', QUANTITY_UNITS, unit) };
  }
  const total = readMoney(r, o.totalValue, 'totalValue');
  if (total) e.totalValue = total;
  const settlement = r.optOneOf(o.settlement, 'settlement', SETTLEMENTS);
  if (settlement) e.settlement = settlement;
  const places = r.optObject(o.places, 'places') ?? {};
  for (const k of ['origin', 'loading', 'discharge', 'destination'] as const) {
    const p = readPlace(r, places[k], `places.${k}`);
    if (p) e.places[k] = p;
  }
  e.places.transit = r.array(places.transit, 'places.transit').map((t, i) => readPlace(r, t, `places.transit[${i}]`)).filter((p): p is Place => p !== undefined);
  const t = r.optObject(o.transport, 'transport') ?? {};
  e.transport.mode = r.oneOf(t.mode, 'transport.mode', ['truck', 'vessel', 'pipeline', 'rail', 'other'] as const, t.vessel ? 'vessel' : t.truck ? 'truck' : 'other');
  const v = r.optObject(t.vessel, 'transport.vessel');
  if (v) {
    const imo = r.optString(v.imo, 'transport.vessel.imo')?.replace(/^IMO\s*/i, '');
    if (imo !== undefined && !/^\d{7}$/.test(imo)) r.fail('transport.vessel.imo', `${JSON.stringify(v.imo)} is not an IMO number (7 digits)`);
    const name = r.optName(v.name, 'transport.vessel.name');
    const flag = r.optCountry(v.flag, 'transport.vessel.flag');
    e.transport.vessel = { ...(imo ? { imo } : {}), ...(name ? { name } : {}), ...(flag ? { flag } : {}) };
  }
  const tr = r.optObject(t.truck, 'transport.truck');
  if (tr) {
    const plate = r.optString(tr.plate, 'transport.truck.plate');
    const containers = r.optString(tr.containers, 'transport.truck.containers');
    e.transport.truck = { ...(plate ? { plate } : {}), ...(containers ? { containers } : {}) };
  }
  const parties = r.optObject(o.parties, 'parties') ?? {};
  for (const role of CARGO_ROLES) {
    const p = readParty(r, parties[role], `parties.${role}`, role);
    if (p) e.parties[role] = p;
  }
  return e;
}

/**
 * Approximate volume in cubic metres, for "consignments under 40 m3". Barrel = 0.158987 m3 (42 US
 * gallons, exact by definition); US gallon = 3.785411784 l (exact); crude density taken as 0.85 t/m3
 * (a typical medium crude, API ~35) to turn tonnes into volume. Undefined for counted units.
 */
export function volumeM3(q: CargoEvent['quantity']): number | undefined {
  switch (q.unit) {
    case 'm3': return q.value;
    case 'l': return q.value / 1000;
    case 'bbl': return q.value * 0.158987294928;
    case 'gal': return q.value * 0.003785411784;
    case 't': return q.value / 0.85;
    case 'kg': return q.value / 850;
    default: return undefined;
  }
}

/**
 * Price per barrel in minor units of its currency (benchmarks are quoted per barrel). A computed
 * comparison value, not an amount to book, so it may have a fraction.
 */
export function pricePerBarrelMinor(price: NonNullable<CargoEvent['price']>): number | undefined {
  const perUnit = price.amount.minor;
  switch (price.per) {
    case 'bbl': return perUnit;
    case 'm3': return perUnit * 0.158987294928;
    case 'l': return perUnit * 158.987294928;
    case 'gal': return perUnit * 42;
    case 't': return perUnit * 0.85 * 0.158987294928; // a barrel weighs ~0.135 t at 0.85 t/m3
    case 'kg': return perUnit * 0.85 * 158.987294928;
    default: return undefined;
  }
}
