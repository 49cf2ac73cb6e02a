/**
 * Cultural objects offered, sold, consigned, stored, imported or exported: the object (category,
 * material, period, origin, marks), its provenance chain with dates and places, its documents
 * (export licence, import licence, importer statement...), the stolen-art registers consulted, the
 * parties and the price. Periods are years, negative before the common era (-2000 = 2000 BC).
 */
import type { FieldReader, Json } from './fields.js';
import { readMoney, type Money } from './money.js';
import { readParty, type Party } from './party.js';

export const ART_TRANSACTIONS = ['offer', 'sale', 'purchase', 'consignment', 'brokering', 'import', 'export', 'storage', 'loan', 'return'] as const;
export const ART_ROLES = ['seller', 'buyer', 'consignor', 'intermediary', 'auctionHouse', 'importer', 'exporter', 'payer'] as const;
export type ArtRole = (typeof ART_ROLES)[number];
export const DOCUMENT_TYPES = ['export-licence', 'import-licence', 'importer-statement', 'invoice', 'collection-record', 'catalogue', 'certificate', 'other'] as const;
export const PAYMENT_METHODS = ['wire', 'cash', 'third-party', 'crypto', 'cheque', 'card', 'other'] as const;

export interface ProvenanceEvent {
  /** "1975", "1975-06" or "1975-06-02"; undefined when the record gives no date. */
  date?: string;
  /** Country where the object was at that date (ISO 3166 alpha-2). */
  country?: string;
  place?: string;
  event: string;
  description?: string;
  /** False for a seller's unsupported statement ("old family collection"): only documented events prove anything. */
  documented: boolean;
}

export interface ArtDocument {
  type: (typeof DOCUMENT_TYPES)[number];
  issuingCountry?: string;
  /** The date the document states (a licence's issue date, a collection's "since"). */
  date?: string;
  /** When the paper itself was made, if known: "recently created old-collection documents" (ART-5). */
  createdOn?: string;
  number?: string;
}

export interface ArtEvent {
  kind: 'art';
  id: string;
  date: string;
  transaction: (typeof ART_TRANSACTIONS)[number];
  description: string;
  category: string;
  material?: string;
  culture?: string;
  period?: { label?: string; fromYear?: number; toYear?: number };
  countryOfOrigin?: string;
  /** Countries the object may come from, when the origin is uncertain ("Mesopotamia": IQ, SY). */
  possibleOrigins: string[];
  /** Where the transaction happens or the object goes (ART-4: import into the EU). */
  country?: string;
  provenance: ProvenanceEvent[];
  documents: ArtDocument[];
  registersConsulted: { register: string; date?: string; result?: string }[];
  parties: Partial<Record<ArtRole, Party>>;
  price?: Money;
  /** An independent market estimate, to tell "far below market" (ART-5). */
  estimatedValue?: Money;
  paymentMethod?: (typeof PAYMENT_METHODS)[number];
  /** Marks and notes from the object or its images: inventory numbers, inks, soil (ART-2). */
  marks: string[];
  freeport: boolean;
  /** The seller would not give provenance when asked (ART-5). */
  provenanceRefused: boolean;
}

export function readArtJson(r: FieldReader, o: Json): ArtEvent {
  const e: ArtEvent = {
    kind: 'art',
    id: r.string(o.id, 'id'),
    date: r.date(o.date, 'date'),
    transaction: r.oneOf(o.transaction, 'transaction', ART_TRANSACTIONS),
    description: r.string(o.description, 'description'),
    category: r.string(o.category, 'category').toLowerCase(),
    possibleOrigins: r.strings(o.possibleOrigins, 'possibleOrigins').map((c, i) => r.optCountry(c, `possibleOrigins[${i}]`)!),
    provenance: r.array(o.provenance, 'provenance').map((p, i) => readProvenance(r, p, `provenance[${i}]`)),
    documents: r.array(o.documents, 'documents').map((d, i) => readDocument(r, d, `documents[${i}]`)),
    registersConsulted: r.array(o.registersConsulted, 'registersConsulted').map((x, i) => {
      const f = `registersConsulted[${i}]`;
      if (typeof x === 'string') return { register: r.string(x, f) };
      const ro = r.object(x, f);
      const date = r.optDate(ro.date, `${f}.date`);
      const result = r.optString(ro.result, `${f}.result`);
      return { register: r.string(ro.register, `${f}.register`), ...(date ? { date } : {}), ...(result ? { result } : {}) };
    }),
    parties: {},
    marks: r.strings(o.marks, 'marks'),
    freeport: r.optBoolean(o.freeport, 'freeport') ?? false,
    provenanceRefused: r.optBoolean(o.provenanceRefused, 'provenanceRefused') ?? false,
  };
  const opt = <K extends 'material' | 'culture'>(k: K): void => {
    const v = r.optString(o[k], k);
    if (v !== undefined) e[k] = v;
  };
  opt('material');
  opt('culture');
  const origin = r.optCountry(o.countryOfOrigin, 'countryOfOrigin');
  if (origin) e.countryOfOrigin = origin;
  const country = r.optCountry(o.country, 'country');
  if (country) e.country = country;
  const period = r.optObject(o.period, 'period');
  if (period) {
    const fromYear = r.optInteger(period.fromYear, 'period.fromYear');
    const toYear = r.optInteger(period.toYear, 'period.toYear');
    if (fromYear !== undefined && toYear !== undefined && fromYear > toYear) r.fail('period', `fromYear ${fromYear} is after toYear ${toYear}`);
    const label = r.optString(period.label, 'period.label');
    e.period = { ...(label ? { label } : {}), ...(fromYear !== undefined ? { fromYear } : {}), ...(toYear !== undefined ? { toYear } : {}) };
  }
  const price = readMoney(r, o.price, 'price');
  if (price) e.price = price;
  const est = readMoney(r, o.estimatedValue, 'estimatedValue');
  if (est) e.estimatedValue = est;
  const pm = r.optOneOf(o.paymentMethod, 'paymentMethod', PAYMENT_METHODS);
  if (pm) e.paymentMethod = pm;
  const parties = r.optObject(o.parties, 'parties') ?? {};
  for (const role of ART_ROLES) {
    const p = readParty(r, parties[role], `parties.${role}`, role);
    if (p) e.parties[role] = p;
  }
  return e;
}

function readProvenance(r: FieldReader, raw: unknown, f: string): ProvenanceEvent {
  const o = r.object(raw, f);
  const p: ProvenanceEvent = { event: r.string(o.event, `${f}.event`).toLowerCase(), documented: r.optBoolean(o.documented, `${f}.documented`) ?? true };
  const date = r.optDate(o.date, `${f}.date`);
  if (date) p.date = date;
  const country = r.optCountry(o.country, `${f}.country`);
  if (country) p.country = country;
  const place = r.optString(o.place, `${f}.place`);
  if (place) p.place = place;
  const description = r.optString(o.description, `${f}.description`);
  if (description) p.description = description;
  return p;
}

function readDocument(r: FieldReader, raw: unknown, f: string): ArtDocument {
  const o = r.object(raw, f);
  const d: ArtDocument = { type: r.oneOf(o.type, `${f}.type`, DOCUMENT_TYPES) };
  const ic = r.optCountry(o.issuingCountry, `${f}.issuingCountry`);
  if (ic) d.issuingCountry = ic;
  const date = r.optDate(o.date, `${f}.date`);
  if (date) d.date = date;
  const created = r.optDate(o.createdOn, `${f}.createdOn`);
  if (created) d.createdOn = created;
  const number = r.optString(o.number, `${f}.number`);
  if (number) d.number = number;
  return d;
}
