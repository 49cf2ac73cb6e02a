/**
 * Reader for OpenSanctions / FollowTheMoney (FtM) entity files in JSON Lines: one entity per line,
 * `{"id", "schema", "properties": {prop: [values]}, "caption", "datasets", "referents",
 * "first_seen", "last_seen", "last_change", "target"}` (the "entities.ftm.json" export of any
 * OpenSanctions dataset, and what FtM tools write).
 *
 * An FtM file is a graph, not a list: besides the sanctioned parties (Person, Organization,
 * Company, LegalEntity, PublicBody, Vessel, Airplane) it holds entities that describe them and
 * point at them by id, in any order:
 * - Sanction (property `entity`): the programme, listing date, reason, and `unscId` (the UN
 *   reference, kept as a typed link candidate like the UK and EU citations);
 * - Identification / Passport (property `holder`): documents;
 * - Address (pointed at by the party's `addressEntity`): addresses;
 * - relationships (Family, Ownership, Directorship, Associate, Membership ...): kept in `extra` of
 *   every party they point at, as the entity's JSON, so nothing is lost.
 * The file is therefore read whole, then assembled. Properties the reader maps are listed in the
 * tables below; every other property is kept in `extra` as "properties.<name>" and reported once per
 * property name (an OpenSanctions file has hundreds of thousands of entities; one warning per value
 * would bury the ones that matter).
 *
 * Refused (ListFormatError): bytes that are not UTF-8, a line that is not a JSON object, an entity
 * without string id or schema, properties that are not arrays of strings, and an id used twice.
 */
import { parsePublisherDate } from './dates.js';
import { ListFormatError, formatLocation } from './errors.js';
import {
  emptyParty,
  type BirthDate,
  type DocumentKind,
  type IdentityDocument,
  type ImportWarning,
  type ListSnapshot,
  type PartyKind,
  type PartyName,
  type Place,
  type SanctionedParty,
} from './model.js';
import { decodeUtf8Strict } from './source-text.js';
import { UN_REFERENCE_FIELD, parseUnReference } from './un-ref.js';

export const FTM_FORMAT = 'ftm-jsonl';
export const FTM_DEFAULT_SOURCE = 'opensanctions';
export const FTM_PUBLISHER = 'OpenSanctions / FollowTheMoney entity data';

const PARTY_SCHEMAS: Record<string, PartyKind> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  PublicBody: 'organization',
  LegalEntity: 'unknown',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

/** Party properties placed in typed fields by `mapParty`. */
const MAPPED = new Set([
  'name', 'alias', 'weakAlias', 'previousName', 'title', 'position', 'gender', 'nationality', 'citizenship', 'birthDate',
  'birthPlace', 'birthCountry', 'passportNumber', 'idNumber', 'address', 'addressEntity', 'country', 'notes', 'summary',
  'description', 'program', 'imoNumber', 'callSign', 'flag', 'type', 'tonnage', 'grossRegisteredTonnage',
]);
/** Party properties with no typed place, kept in extra without a warning: they are expected. */
const EXPECTED_EXTRA = new Set([
  'firstName', 'middleName', 'lastName', 'fatherName', 'motherName', 'secondName', 'topics', 'sourceUrl', 'createdAt', 'modifiedAt',
  'taxNumber', 'registrationNumber', 'innCode', 'ogrnCode', 'swiftBic', 'leiCode', 'website', 'email', 'phone', 'incorporationDate',
  'jurisdiction', 'legalForm', 'mmsi', 'buildDate', 'programId', 'wikidataId', 'deathDate', 'religion', 'education', 'keywords',
  'uniqueEntityId', 'dunsCode', 'vatCode', 'ethnicity', 'political', 'status', 'sector', 'classification',
]);
/** Identifier properties that become documents of kind 'other' (they identify, so linking may use them). */
const OTHER_IDENTIFIERS = ['taxNumber', 'registrationNumber', 'innCode', 'ogrnCode', 'swiftBic', 'leiCode'];

export interface FtmOptions {
  /** Source key; default: "opensanctions-<dataset>" when every party is in one dataset, else "opensanctions". */
  source?: string;
}

/** An entity as read from one line. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Top-level fields other than id, schema, properties. */
  meta: Record<string, unknown>;
  line: number;
}
type Entity = FtmEntity;

export function readFtmJsonl(bytes: Uint8Array, file: string, options: FtmOptions = {}): ListSnapshot {
  return assembleFtm(parseEntities(decodeUtf8Strict(bytes, file), file), file, options);
}

/** The snapshot from a file's entities, in file order (also used by the streaming reader, ftm-stream.ts). */
export function assembleFtm(entities: FtmEntity[], file: string, options: FtmOptions = {}): ListSnapshot {
  const warnings: ImportWarning[] = [];
  const unknownProps = new Map<string, { count: number; first: Entity }>();
  const parties = new Map<string, SanctionedParty>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const source = options.source ?? defaultSource(entities);

  for (const entity of entities) {
    const kind = PARTY_SCHEMAS[entity.schema];
    if (kind === undefined) continue;
    parties.set(entity.id, mapParty(entity, kind, source, file, byId, unknownProps));
  }
  const usedAddresses = new Set([...parties.values()].flatMap((party) => byId.get(party.referenceNumber)!.properties.addressEntity ?? []));
  const unattached = new Map<string, { count: number; first: Entity }>();
  for (const entity of entities) {
    if (PARTY_SCHEMAS[entity.schema] !== undefined) continue;
    const attached = entity.schema === 'Address' ? usedAddresses.has(entity.id) : attach(entity, parties, warnings, file);
    if (!attached) count(unattached, entity.schema, entity);
  }
  for (const [prop, { count: n, first }] of unknownProps) {
    warnings.push({ at: formatLocation(file, first.line), message: `property "${prop}" (${n} entities) has no place in the model; kept in extra as properties.${prop}` });
  }
  for (const [schema, { count: n, first }] of unattached) {
    warnings.push({ at: formatLocation(file, first.line), message: `${n} ${schema} entities refer to no party in the file; not read` });
  }
  if (parties.size === 0) warnings.push({ at: file, message: 'the file contains no Person, Organization, Company, LegalEntity, PublicBody, Vessel or Airplane' });
  return { source, format: FTM_FORMAT, publisher: FTM_PUBLISHER, parties: [...parties.values()], warnings };
}

function parseEntities(text: string, file: string): Entity[] {
  const out: Entity[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, k) => {
    const entity = parseFtmLine(raw, k + 1, file, seen);
    if (entity) out.push(entity);
  });
  return out;
}

/**
 * One line of an FtM file: the entity, or undefined for a blank line. `seen` (id -> line) carries the
 * ids of the lines before, to refuse an id used twice.
 */
export function parseFtmLine(raw: string, line: number, file: string, seen: Map<string, number>): FtmEntity | undefined {
  const lineText = raw.replace(/\r$/, '');
  if (lineText.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(lineText);
  } catch (err) {
    throw new ListFormatError(file, `not valid JSON (${(err as Error).message})`, { line });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ListFormatError(file, 'each line must be a JSON object (an FtM entity)', { line });
  const { id, schema, properties, ...meta } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') throw new ListFormatError(file, 'the entity has no string "id"', { line, field: 'id' });
  if (typeof schema !== 'string' || schema === '') throw new ListFormatError(file, `entity ${id} has no string "schema"`, { line, field: 'schema' });
  const props: Record<string, string[]> = {};
  if (properties !== undefined) {
    if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) {
      throw new ListFormatError(file, `entity ${id}: "properties" must be an object`, { line, field: 'properties' });
    }
    for (const [name, values] of Object.entries(properties)) {
      if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
        throw new ListFormatError(file, `entity ${id}: property "${name}" must be an array of strings`, { line, field: `properties.${name}` });
      }
      const kept = values.map((v: string) => v.trim()).filter((v) => v !== '');
      if (kept.length > 0) props[name] = kept;
    }
  }
  const previous = seen.get(id);
  if (previous !== undefined) throw new ListFormatError(file, `id "${id}" already used on line ${previous}`, { line, field: 'id' });
  seen.set(id, line);
  return { id, schema, properties: props, meta, line };
}

/** "opensanctions-<dataset>" when every party lists the same single dataset. */
function defaultSource(entities: Entity[]): string {
  let common: string | undefined;
  for (const e of entities) {
    if (PARTY_SCHEMAS[e.schema] === undefined) continue;
    const datasets = Array.isArray(e.meta.datasets) ? e.meta.datasets : [];
    if (datasets.length !== 1 || typeof datasets[0] !== 'string') return FTM_DEFAULT_SOURCE;
    if (common !== undefined && common !== datasets[0]) return FTM_DEFAULT_SOURCE;
    common = datasets[0];
  }
  if (common === undefined) return FTM_DEFAULT_SOURCE;
  return `${FTM_DEFAULT_SOURCE}-${common.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}`;
}

function mapParty(
  entity: Entity,
  kind: PartyKind,
  source: string,
  file: string,
  byId: Map<string, Entity>,
  unknownProps: Map<string, { count: number; first: Entity }>,
): SanctionedParty {
  const p = entity.properties;
  const get = (name: string) => p[name] ?? [];
  const party = emptyParty(source, entity.id, kind);
  party.extra.push({ field: 'schema', value: entity.schema });

  // Names: OpenSanctions' caption is the display name it chose; it is one of the names.
  const names = get('name');
  const caption = typeof entity.meta.caption === 'string' && names.includes(entity.meta.caption) ? entity.meta.caption : names[0];
  if (caption === undefined) throw new ListFormatError(file, `${entity.schema} ${entity.id} has no name`, { line: entity.line, field: 'properties.name' });
  party.caption = caption;
  const add = (full: string, type: PartyName['type'], quality: PartyName['quality']) => {
    if (!party.names.some((n) => n.full === full)) party.names.push({ type, full, quality });
  };
  add(caption, 'primary', 'good');
  for (const n of names) add(n, 'alias', 'unspecified');
  for (const n of get('alias')) add(n, 'alias', 'aka');
  for (const n of get('previousName')) add(n, 'alias', 'fka');
  for (const n of get('weakAlias')) add(n, 'alias', 'low');

  party.titles.push(...get('title'));
  party.designations.push(...get('position'));
  party.genders.push(...get('gender'));
  for (const n of [...get('nationality'), ...get('citizenship')]) if (!party.nationalities.includes(n)) party.nationalities.push(n);
  for (const raw of get('birthDate')) {
    const parsed = parsePublisherDate(raw);
    if (parsed.ok) party.birthDates.push({ kind: 'exact', date: parsed.value } satisfies BirthDate);
    else party.extra.push({ field: 'properties.birthDate', value: raw });
  }
  const places = get('birthPlace');
  const countries = get('birthCountry');
  if (places.length === 1 && countries.length === 1) party.birthPlaces.push({ full: places[0]!, country: countries[0]! });
  else {
    for (const full of places) party.birthPlaces.push({ full });
    for (const country of countries) party.birthPlaces.push({ country });
  }
  for (const number of get('passportNumber')) party.documents.push({ kind: 'passport', type: 'passportNumber', number });
  for (const number of get('idNumber')) party.documents.push({ kind: 'national-id', type: 'idNumber', number });
  for (const prop of OTHER_IDENTIFIERS) for (const number of get(prop)) party.documents.push({ kind: 'other', type: prop, number });
  for (const full of get('address')) party.addresses.push({ full });
  for (const ref of get('addressEntity')) {
    const address = byId.get(ref);
    if (address?.schema === 'Address') party.addresses.push(addressPlace(address));
    else party.extra.push({ field: 'properties.addressEntity', value: ref });
  }
  for (const country of get('country')) party.addresses.push({ country });
  const comments = [...get('notes'), ...get('summary'), ...get('description')];
  if (comments.length > 0) party.comments = comments.join('\n');
  for (const program of get('program')) if (!party.programs.includes(program)) party.programs.push(program);
  vessel(party, p);

  for (const [name, values] of Object.entries(p)) {
    if (MAPPED.has(name)) continue;
    if (OTHER_IDENTIFIERS.includes(name)) continue;
    for (const value of values) party.extra.push({ field: `properties.${name}`, value });
    if (!EXPECTED_EXTRA.has(name)) count(unknownProps, name, entity);
  }
  for (const [key, value] of Object.entries(entity.meta)) {
    if (key === 'caption' || value === null || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) party.extra.push({ field: key, value: typeof v === 'string' ? v : JSON.stringify(v) });
  }
  return party;
}

function vessel(party: SanctionedParty, p: Record<string, string[]>): void {
  if (party.kind !== 'vessel') return;
  const one = (name: string) => (p[name] ? p[name]!.join('; ') : undefined);
  const fields: [keyof NonNullable<SanctionedParty['vessel']>, string][] = [
    ['imoNumber', 'imoNumber'], ['callSign', 'callSign'], ['flag', 'flag'], ['vesselType', 'type'], ['tonnage', 'tonnage'],
    ['grossRegisteredTonnage', 'grossRegisteredTonnage'],
  ];
  const details: NonNullable<SanctionedParty['vessel']> = {};
  for (const [key, prop] of fields) {
    const v = one(prop);
    if (v !== undefined) details[key] = v;
  }
  if (Object.keys(details).length > 0) party.vessel = details;
}

function addressPlace(address: Entity): Place {
  const p = address.properties;
  const one = (name: string) => p[name]?.join(', ');
  const place: Place = {};
  const set = (key: keyof Place, prop: string) => {
    const v = one(prop);
    if (v !== undefined) place[key] = v;
  };
  set('full', 'full');
  set('street', 'street');
  set('city', 'city');
  set('stateProvince', 'region');
  set('zipCode', 'postalCode');
  set('country', 'country');
  set('note', 'remarks');
  return place;
}

/** Attach a describing entity to its party; false when it points at none. */
function attach(entity: Entity, parties: Map<string, SanctionedParty>, warnings: ImportWarning[], file: string): boolean {
  const p = entity.properties;
  if (entity.schema === 'Sanction') {
    const targets = (p.entity ?? []).map((id) => parties.get(id)).filter((x): x is SanctionedParty => x !== undefined);
    for (const party of targets) sanction(entity, party, warnings, file);
    return targets.length > 0;
  }
  if (entity.schema === 'Identification' || entity.schema === 'Passport') {
    const holders = (p.holder ?? []).map((id) => parties.get(id)).filter((x): x is SanctionedParty => x !== undefined);
    for (const party of holders) {
      party.documents.push(...documents(entity));
      // What the document says beyond the typed fields (the name on it, a personal number ...).
      for (const [name, values] of Object.entries(p)) {
        if (DOCUMENT_PROPS.has(name)) continue;
        for (const value of values) party.extra.push({ field: `${entity.schema}.${name}`, value });
      }
    }
    return holders.length > 0;
  }
  // Any other entity (a relationship) is kept whole on every party it points at.
  const refs = new Set(Object.values(p).flat().filter((v) => parties.has(v)));
  for (const id of refs) {
    parties.get(id)!.extra.push({ field: entity.schema, value: JSON.stringify({ id: entity.id, properties: p }) });
  }
  return refs.size > 0;
}

function sanction(entity: Entity, party: SanctionedParty, warnings: ImportWarning[], file: string): void {
  const p = entity.properties;
  for (const program of [...(p.program ?? []), ...(p.programId ?? [])]) if (!party.programs.includes(program)) party.programs.push(program);
  if (party.listType === undefined && p.program?.[0] !== undefined) party.listType = p.program[0];
  const listed = [...(p.listingDate ?? []), ...(p.startDate ?? [])]
    .map((d) => parsePublisherDate(d))
    .filter((d) => d.ok)
    .map((d) => (d as { value: string }).value)
    .sort();
  if (listed[0] !== undefined && (party.listedOn === undefined || listed[0] < party.listedOn)) party.listedOn = listed[0];
  for (const raw of p.unscId ?? []) {
    const ref = parseUnReference(raw);
    if (ref && ref.raw.length === raw.length) party.extra.push({ field: UN_REFERENCE_FIELD, value: ref.ref });
    else warnings.push({ at: formatLocation(file, entity.line), referenceNumber: party.referenceNumber, message: `Sanction unscId "${raw}" is not a UN reference in a recognised form; not used for linking` });
  }
  for (const [name, values] of Object.entries(p)) {
    if (name === 'entity' || name === 'program' || name === 'programId') continue;
    for (const value of values) party.extra.push({ field: `Sanction.${name}`, value });
  }
}

/** Identification / Passport properties placed in the document by `documents`. */
const DOCUMENT_PROPS = new Set(['holder', 'number', 'passportNumber', 'type', 'country', 'startDate', 'endDate', 'authority', 'summary']);

function documents(entity: Entity): IdentityDocument[] {
  const p = entity.properties;
  const type = p.type?.[0] ?? entity.schema;
  const kind: DocumentKind = entity.schema === 'Passport' || /pass(port|eport)/i.test(type) ? 'passport' : /ident|\bid\b|national/i.test(type) ? 'national-id' : 'other';
  const numbers = [...(p.number ?? []), ...(p.passportNumber ?? [])];
  return (numbers.length > 0 ? numbers : [undefined]).map((number) => {
    const doc: IdentityDocument = { kind, type };
    if (number !== undefined) doc.number = number;
    if (p.country?.[0] !== undefined) doc.issuingCountry = p.country[0];
    const issued = p.startDate?.[0] && parsePublisherDate(p.startDate[0]);
    if (issued && issued.ok) doc.dateOfIssue = issued.value;
    const expires = p.endDate?.[0] && parsePublisherDate(p.endDate[0]);
    if (expires && expires.ok) doc.dateOfExpiry = expires.value;
    const notes = [...(p.authority ?? []).map((a) => `issued by ${a}`), ...(p.summary ?? [])];
    if (notes.length > 0) doc.note = notes.join('; ');
    return doc;
  });
}

function count(map: Map<string, { count: number; first: Entity }>, key: string, entity: Entity): void {
  const c = map.get(key);
  if (c) c.count++;
  else map.set(key, { count: 1, first: entity });
}

/** Content detection: the first line is a JSON object with "schema" and "properties". */
export function looksLikeFtmJsonl(head: string): boolean {
  const first = head.replace(/^\uFEFF/, '').trimStart().split('\n', 1)[0] ?? '';
  if (!first.startsWith('{')) return false;
  try {
    const value = JSON.parse(first) as Record<string, unknown>;
    return typeof value.schema === 'string' && typeof value.properties === 'object' && value.properties !== null;
  } catch {
    // A first line longer than the head that was read: judge by its keys.
    return /"schema"\s*:\s*"[A-Z]/.test(first) && /"properties"\s*:\s*\{/.test(first);
  }
}
