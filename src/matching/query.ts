/**
 * The screening query: who are we looking for? FollowTheMoney-style property names, each a string or
 * an array of strings, validated with errors that name the field.
 */
import type { SanctionedParty } from '../lists/model.js';
import { LONGEST_VALUE, MOST_VALUES, nameTooLong } from '../names/name-limits.js';

export type QuerySchema = 'Person' | 'Organization' | 'Company' | 'LegalEntity' | 'Vessel' | 'Aircraft';

export const QUERY_SCHEMAS: readonly QuerySchema[] = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Aircraft'];

export interface Query {
  id: string;
  schema: QuerySchema;
  name: string[];
  birthDate: string[];
  nationality: string[];
  country: string[];
  gender: string[];
  idNumber: string[];
  passportNumber: string[];
  address: string[];
  imoNumber: string[];
}

export class QueryError extends Error {
  field?: string;
  constructor(message: string, field?: string) {
    super(message);
    this.name = 'QueryError';
    if (field !== undefined) this.field = field;
  }
}

/** The multi-valued properties, in output order. */
export const QUERY_PROPERTIES = ['name', 'birthDate', 'nationality', 'country', 'gender', 'idNumber', 'passportNumber', 'address', 'imoNumber'] as const;
type ListProperty = (typeof QUERY_PROPERTIES)[number];

/** FollowTheMoney names that mean one of ours: further names of the party. */
const NAME_ALIASES = ['alias', 'weakAlias', 'previousName'] as const;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day; precision is the length. */
export function isValidPartialDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

function where(prefix: string | undefined, field: string): string {
  return prefix ? `${prefix}: ${field}` : field;
}

function stringValues(raw: Record<string, unknown>, key: string, prefix: string | undefined): string[] {
  const v = raw[key];
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  if (list.length > MOST_VALUES) throw new QueryError(`${where(prefix, key)}: ${list.length} values; a query may give at most ${MOST_VALUES}`, key);
  const out: string[] = [];
  for (const item of list) {
    if (item === null || item === undefined) continue;
    if (typeof item !== 'string') {
      throw new QueryError(`${where(prefix, key)}: expected a string or an array of strings, got ${typeof item === 'object' ? 'an object' : typeof item}`, key);
    }
    const t = item.trim();
    if (t.length > LONGEST_VALUE) {
      throw new QueryError(`${where(prefix, key)}: a value of ${t.length.toLocaleString('en')} characters; a value may hold at most ${LONGEST_VALUE.toLocaleString('en')}`, key);
    }
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

const KNOWN = new Set<string>(['id', 'schema', ...QUERY_PROPERTIES, ...NAME_ALIASES]);
const KNOWN_LOWER = new Map([...KNOWN].map((k) => [k.toLowerCase(), k]));

/**
 * Validates and normalises one raw query object. `where` prefixes error messages (e.g. "line 3").
 * Unknown properties are ignored (input files may carry the caller's own columns), except ones that
 * differ from a known property only by case or underscores, which are almost certainly typos.
 */
export function parseQuery(raw: unknown, where?: string): Query {
  const prefix = where;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new QueryError(`${prefix ? `${prefix}: ` : ''}a query must be a JSON object`);
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (KNOWN.has(key)) continue;
    const near = KNOWN_LOWER.get(key.toLowerCase().replace(/[_-]/g, ''));
    if (near !== undefined) throw new QueryError(`${where_(prefix, key)}: unknown property; did you mean "${near}"?`, key);
  }
  let id = '';
  if (obj.id !== undefined && obj.id !== null) {
    if (typeof obj.id === 'string') id = obj.id;
    else if (typeof obj.id === 'number' && Number.isFinite(obj.id)) id = String(obj.id);
    else throw new QueryError(`${where_(prefix, 'id')}: expected a string`, 'id');
  }
  let schema: QuerySchema = 'LegalEntity';
  if (obj.schema !== undefined && obj.schema !== null && obj.schema !== '') {
    if (typeof obj.schema !== 'string' || !(QUERY_SCHEMAS as readonly string[]).includes(obj.schema)) {
      throw new QueryError(`${where_(prefix, 'schema')}: unknown schema ${quoted(obj.schema)}; expected one of ${QUERY_SCHEMAS.join(', ')}`, 'schema');
    }
    schema = obj.schema as QuerySchema;
  }
  const values = {} as Record<ListProperty, string[]>;
  for (const p of QUERY_PROPERTIES) values[p] = stringValues(obj, p, prefix);
  for (const alias of NAME_ALIASES) {
    for (const n of stringValues(obj, alias, prefix)) if (!values.name.includes(n)) values.name.push(n);
  }
  for (const n of values.name) {
    const problem = nameTooLong(n);
    if (problem !== undefined) throw new QueryError(`${where_(prefix, 'name')}: ${problem}`, 'name');
  }
  for (const d of values.birthDate) {
    if (!isValidPartialDate(d)) {
      throw new QueryError(`${where_(prefix, 'birthDate')}: ${quoted(d)} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`, 'birthDate');
    }
  }
  if (values.name.length === 0 && values.idNumber.length === 0 && values.passportNumber.length === 0 && values.imoNumber.length === 0) {
    throw new QueryError(`${where_(prefix, 'name')}: a query needs a name or an identifier (idNumber, passportNumber, imoNumber)`, 'name');
  }
  return { id, schema, ...values };
}

/**
 * A value as an error message quotes it: JSON, cut to its first 40 characters, so that a refused
 * megabyte is not written back into the output line that reports it.
 */
function quoted(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length <= 42 ? json : `${json.slice(0, 40)}..." (${json.length.toLocaleString('en')} characters)`;
}

function where_(prefix: string | undefined, field: string): string {
  return where(prefix, field);
}

const KIND_SCHEMA: Record<SanctionedParty['kind'], QuerySchema> = {
  person: 'Person',
  organization: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
  unknown: 'LegalEntity',
};

function place(p: { street?: string; city?: string; stateProvince?: string; zipCode?: string; country?: string }): string {
  return [p.street, p.city, p.stateProvince, p.zipCode, p.country].filter((x) => x && x.trim() !== '').join(', ');
}

const uniq = (xs: (string | undefined)[]): string[] => {
  const out: string[] = [];
  for (const x of xs) if (x && x.trim() !== '' && !out.includes(x.trim())) out.push(x.trim());
  return out;
};

/**
 * A listed party as a query (for `compare`, evaluation, and screening one list against another).
 * Birth-date ranges become their end points (years), since a query holds dates, not ranges.
 */
export function partyToQuery(p: SanctionedParty): Query {
  const birthDates: string[] = [];
  for (const b of p.birthDates) {
    for (const d of b.kind === 'between' ? [b.from, b.to] : [b.date]) {
      if (d === undefined) continue;
      const trimmed = d.slice(0, 10);
      if (isValidPartialDate(trimmed) && !birthDates.includes(trimmed)) birthDates.push(trimmed);
      else if (isValidPartialDate(trimmed.slice(0, 4)) && !birthDates.includes(trimmed.slice(0, 4))) birthDates.push(trimmed.slice(0, 4));
    }
  }
  return {
    id: p.id,
    schema: KIND_SCHEMA[p.kind],
    name: uniq(p.names.map((n) => n.full)),
    birthDate: birthDates,
    nationality: uniq(p.nationalities),
    country: uniq([...p.addresses.map((a) => a.country), ...p.birthPlaces.map((b) => b.country)]),
    gender: uniq(p.genders),
    idNumber: uniq(p.documents.filter((d) => d.kind !== 'passport').map((d) => d.number)),
    passportNumber: uniq(p.documents.filter((d) => d.kind === 'passport').map((d) => d.number)),
    address: uniq(p.addresses.map(place)),
    imoNumber: uniq([p.vessel?.imoNumber]),
  };
}
