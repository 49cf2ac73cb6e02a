/**
 * Reader for the EU Consolidated Financial Sanctions List XML (the "FSF" export of the European
 * Commission, namespace http://eu.europa.ec/fpi/fsd/export, root <export generationDate="...">).
 *
 * No real EU file is bundled (see ../shared/data/sanctions/SOURCES.md: the only candidate found was
 * a truncated CSV), so this reader follows the published structure of the XML export as documented
 * by the Commission, and is tested on a hand-written fixture, test/fixtures/eu/eu-fsf-sample.xml.
 * Because that structure is known only from documentation here, the reader is lenient where the
 * documentation may be incomplete: every attribute or element it does not know is kept in `extra`
 * and reported, so a real file with more fields loses nothing and says what it had.
 *
 * One <sanctionEntity> per party, with attributes euReferenceNumber (the public reference, e.g.
 * "EU.27.28"), unitedNationId (the UN reference of a UN listing, e.g. "QDi.001"), logicalId (the
 * database id), designationDetails, designationDate; children:
 *   regulation (programme, publicationDate, entryIntoForceDate, numberTitle, publicationUrl),
 *   subjectType (code person/enterprise), nameAlias (wholeName, firstName, middleName, lastName,
 *   function, gender, title, nameLanguage, strong), citizenship, birthdate (birthdate or
 *   year/monthOfYear/dayOfMonth, circa, yearRangeFrom/yearRangeTo, city, place, region,
 *   countryDescription), identification (number, identificationTypeCode, countryDescription,
 *   flags such as knownFalse), address, remark.
 * Most of those carry a <regulationSummary> (the act that added the value); kept in `extra`.
 *
 * Refused (ListFormatError): what the XML guard refuses, a root other than export, a sanctionEntity
 * without logicalId and euReferenceNumber or without any name, and a reference used twice.
 */
import { basename } from 'node:path';
import { composeDate, parsePublisherDate } from './dates.js';
import { formatLocation } from './errors.js';
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
import { UN_REFERENCE_FIELD, parseUnReference } from './un-ref.js';
import { flattenXmlNode, readXmlRecords, type XmlNode } from './xml-records.js';
import type { XmlPosition, XmlSession } from './xml-guard.js';

export const EU_FORMAT = 'eu-xml';
export const EU_SOURCE = 'eu';
export const EU_PUBLISHER = 'European Commission, Consolidated list of persons, groups and entities subject to EU financial sanctions';
export const EU_NAMESPACE = 'http://eu.europa.ec/fpi/fsd/export';

const KINDS: Record<string, PartyKind> = { person: 'person', enterprise: 'organization', vessel: 'vessel', aircraft: 'aircraft' };
const DOCUMENT_KINDS: Record<string, DocumentKind> = { passport: 'passport', id: 'national-id' };
/** Identification flags: "true" is a fact about the document, "false" (the default) says nothing. */
const DOCUMENT_FLAGS: Record<string, string> = {
  diplomatic: 'diplomatic',
  knownExpired: 'known to be expired',
  knownFalse: 'known to be false',
  reportedLost: 'reported lost',
  revokedByIssuer: 'revoked by issuer',
};

/**
 * Attributes each element may carry, beyond those mapped to a typed field. Known attributes that
 * the model has no place for go to `extra` silently; unknown ones go there with a warning.
 */
const KNOWN_ATTRIBUTES: Record<string, readonly string[]> = {
  sanctionEntity: ['euReferenceNumber', 'unitedNationId', 'logicalId', 'designationDetails', 'designationDate'],
  regulation: ['regulationType', 'organisationType', 'publicationDate', 'entryIntoForceDate', 'numberTitle', 'programme', 'logicalId'],
  subjectType: ['code', 'classificationCode'],
  nameAlias: ['firstName', 'middleName', 'lastName', 'wholeName', 'function', 'gender', 'title', 'nameLanguage', 'strong', 'regulationLanguage', 'logicalId'],
  citizenship: ['region', 'countryIso2Code', 'countryDescription', 'regulationLanguage', 'logicalId'],
  birthdate: [
    'circa', 'calendarType', 'city', 'zipCode', 'birthdate', 'dayOfMonth', 'monthOfYear', 'year', 'yearRangeFrom', 'yearRangeTo',
    'region', 'place', 'countryIso2Code', 'countryDescription', 'regulationLanguage', 'logicalId',
  ],
  identification: [
    'diplomatic', 'knownExpired', 'knownFalse', 'reportedLost', 'revokedByIssuer', 'issuedBy', 'latinNumber', 'nameOnDocument',
    'number', 'region', 'countryIso2Code', 'countryDescription', 'identificationTypeCode', 'identificationTypeDescription',
    'validFrom', 'validTo', 'regulationLanguage', 'logicalId',
  ],
  address: [
    'city', 'street', 'poBox', 'zipCode', 'region', 'place', 'asAtListingTime', 'contactInfo', 'countryIso2Code', 'countryDescription',
    'regulationLanguage', 'logicalId',
  ],
  regulationSummary: ['regulationType', 'publicationDate', 'numberTitle', 'publicationUrl'],
};

export interface EuXmlOptions {
  source?: string;
  maxBytes?: number;
}

export async function readEuXml(input: { path: string } | { bytes: Uint8Array; name: string }, options: EuXmlOptions = {}): Promise<ListSnapshot> {
  let reader: EuReader | undefined;
  await readXmlRecords(input, (session) => (reader = new EuReader(session, options.source ?? EU_SOURCE)), { maxBytes: options.maxBytes });
  return reader!.snapshot('path' in input ? basename(input.path) : input.name);
}

/** Content detection: the root is <export> in the EU namespace. */
export function looksLikeEuXml(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  const prolog = /^(?:\s+|<\?[^]*?\?>|<!--[^]*?-->)*/.exec(text)![0];
  const rest = text.slice(prolog.length);
  return /^<(?:[A-Za-z_][\w.-]*:)?export[\s>]/.test(rest) && rest.includes(EU_NAMESPACE);
}

class EuReader {
  private readonly parties: SanctionedParty[] = [];
  private readonly warnings: ImportWarning[] = [];
  private readonly seen = new Map<string, XmlPosition>();
  private generatedAt: string | undefined;

  constructor(private readonly session: XmlSession, private readonly source: string) {}

  root(node: XmlNode): void {
    if (node.name !== 'export') this.session.fail(`not an EU financial sanctions export: the root element is ${node.name}`, node.at);
    const generated = node.attributes.generationDate?.trim();
    if (generated) {
      const parsed = parsePublisherDate(generated);
      if (!parsed.ok) this.session.fail(`generationDate is not a valid date: ${parsed.reason}`, node.at, 'export/@generationDate');
      // Kept whole (with time and offset), as the UN reader keeps dateGenerated.
      this.generatedAt = generated;
    } else {
      this.warnings.push({ at: this.session.where(node.at), message: 'export has no generationDate; the snapshot has no generation date' });
    }
  }

  record(node: XmlNode): void {
    if (node.name !== 'sanctionEntity') {
      this.warnings.push({ at: this.session.where(node.at), message: `unknown element export/${node.name} outside any sanctionEntity; ignored` });
      return;
    }
    const ref = node.attributes.euReferenceNumber?.trim() || node.attributes.logicalId?.trim();
    if (!ref) this.session.fail('sanctionEntity has neither euReferenceNumber nor logicalId', node.at, 'sanctionEntity/@euReferenceNumber');
    const first = this.seen.get(ref);
    if (first) this.session.fail(`reference ${ref} is used twice (first at line ${first.line}); the list contradicts itself`, node.at, 'sanctionEntity/@euReferenceNumber');
    this.seen.set(ref, node.at);
    const { party, warnings } = new EntityMapper(this.session, this.source, ref, node).map();
    this.parties.push(party);
    this.warnings.push(...warnings);
  }

  snapshot(file: string): ListSnapshot {
    if (this.parties.length === 0) this.warnings.push({ at: file, message: 'the file contains no sanctionEntity' });
    const snapshot: ListSnapshot = { source: this.source, format: EU_FORMAT, publisher: EU_PUBLISHER, parties: this.parties, warnings: this.warnings };
    if (this.generatedAt !== undefined) snapshot.generatedAt = this.generatedAt;
    return snapshot;
  }
}

/** One sanctionEntity tree -> one party. */
class EntityMapper {
  private readonly party: SanctionedParty;
  private readonly warnings: ImportWarning[] = [];
  private readonly regulationDates: string[] = [];

  constructor(private readonly session: XmlSession, source: string, private readonly ref: string, private readonly node: XmlNode) {
    this.party = emptyParty(source, ref, 'unknown');
  }

  map(): { party: SanctionedParty; warnings: ImportWarning[] } {
    const { party, node } = this;
    const attrs = this.attributes(node, 'sanctionEntity', ['euReferenceNumber', 'unitedNationId', 'logicalId', 'designationDate']);
    const logicalId = attrs.get('logicalId');
    if (logicalId !== undefined) party.sourceId = logicalId;
    if (!node.attributes.euReferenceNumber?.trim()) this.warn(node.at, `sanctionEntity has no euReferenceNumber; logicalId ${this.ref} is used as its reference`);
    this.unitedNationId(attrs.get('unitedNationId'), node.at);
    const designated = attrs.get('designationDate');
    if (designated !== undefined) {
      const parsed = parsePublisherDate(designated);
      if (parsed.ok) party.listedOn = parsed.value;
      else this.keep(node.at, 'sanctionEntity/@designationDate', designated, `designationDate: ${parsed.reason}`);
    }

    const names: { name: PartyName; strong: boolean }[] = [];
    const remarks: string[] = [];
    for (const c of node.children) {
      switch (c.name) {
        case 'regulation':
          this.regulation(c);
          break;
        case 'subjectType':
          this.subjectType(c);
          break;
        case 'nameAlias': {
          const name = this.nameAlias(c);
          if (name) names.push(name);
          break;
        }
        case 'citizenship':
          this.citizenship(c);
          break;
        case 'birthdate':
          this.birthdate(c);
          break;
        case 'identification':
          this.identification(c);
          break;
        case 'address':
          this.address(c);
          break;
        case 'remark': {
          const text = c.text.trim();
          if (text) remarks.push(text);
          this.unknownChildren(c, 'sanctionEntity/remark');
          break;
        }
        default:
          this.unknownTree(c, `sanctionEntity/${c.name}`);
      }
    }
    this.names(names);
    if (remarks.length > 0) party.comments = remarks.join('\n');
    // The earliest act listed the party; the later ones amended the listing.
    const dates = [...new Set(this.regulationDates)].sort();
    if (party.listedOn === undefined && dates[0] !== undefined) party.listedOn = dates[0];
    party.amendedOn.push(...dates.filter((d) => d !== party.listedOn));
    if (party.kind === 'unknown') this.warn(node.at, 'sanctionEntity has no subjectType person/enterprise; read as unknown');
    return { party, warnings: this.warnings };
  }

  private unitedNationId(raw: string | undefined, at: XmlPosition): void {
    if (raw === undefined) return;
    const parsed = parseUnReference(raw);
    if (parsed && parsed.raw.length === raw.trim().length) {
      this.party.extra.push({ field: UN_REFERENCE_FIELD, value: parsed.ref });
      if (parsed.ref !== raw) this.party.extra.push({ field: 'sanctionEntity/@unitedNationId', value: raw });
    } else {
      this.keep(at, 'sanctionEntity/@unitedNationId', raw, `unitedNationId "${raw}" is not a UN reference in a recognised form; not used for linking`);
    }
  }

  private regulation(node: XmlNode): void {
    const attrs = this.attributes(node, 'sanctionEntity/regulation', ['programme', 'publicationDate']);
    const programme = attrs.get('programme');
    if (programme !== undefined && !this.party.programs.includes(programme)) this.party.programs.push(programme);
    if (this.party.listType === undefined && programme !== undefined) this.party.listType = programme;
    const published = attrs.get('publicationDate');
    if (published !== undefined) {
      const parsed = parsePublisherDate(published);
      if (parsed.ok) this.regulationDates.push(parsed.value);
      else this.keep(node.at, 'sanctionEntity/regulation/@publicationDate', published, `publicationDate: ${parsed.reason}`);
    }
    for (const c of node.children) {
      if (c.name === 'publicationUrl' && c.children.length === 0) {
        const url = c.text.trim();
        if (url) this.party.extra.push({ field: 'sanctionEntity/regulation/publicationUrl', value: url });
      } else this.unknownTree(c, `sanctionEntity/regulation/${c.name}`);
    }
  }

  private subjectType(node: XmlNode): void {
    const attrs = this.attributes(node, 'sanctionEntity/subjectType', ['code']);
    const code = attrs.get('code') ?? '';
    const kind = KINDS[code.toLowerCase()];
    if (kind) this.party.kind = kind;
    else this.keep(node.at, 'sanctionEntity/subjectType/@code', code, `unknown subjectType code "${code}"`);
    this.unknownChildren(node, 'sanctionEntity/subjectType');
  }

  private nameAlias(node: XmlNode): { name: PartyName; strong: boolean } | undefined {
    const path = 'sanctionEntity/nameAlias';
    const attrs = this.attributes(node, path, ['firstName', 'middleName', 'lastName', 'wholeName', 'function', 'gender', 'title', 'strong']);
    this.regulationSummaries(node, path);
    const parts = ['firstName', 'middleName', 'lastName'].map((k) => attrs.get(k)).filter((p): p is string => p !== undefined);
    const full = attrs.get('wholeName') ?? (parts.length > 0 ? parts.join(' ') : undefined);
    const fn = attrs.get('function');
    if (fn !== undefined && !this.party.designations.includes(fn)) this.party.designations.push(fn);
    const gender = attrs.get('gender');
    if (gender !== undefined && !this.party.genders.includes(gender)) this.party.genders.push(gender);
    const title = attrs.get('title');
    if (title !== undefined && !this.party.titles.includes(title)) this.party.titles.push(title);
    if (full === undefined) return undefined;
    // A name with no Latin letter is the name in its own script (the EU gives Arabic, Cyrillic ...).
    const type = /\p{Script=Latin}/u.test(full) ? 'alias' : 'original-script';
    const name: PartyName = { type, full, quality: 'unspecified' };
    if (parts.length > 1) name.parts = parts;
    return { name, strong: attrs.get('strong') !== 'false' };
  }

  /**
   * The EU marks no name as primary; the first strong Latin-script name is taken as the caption,
   * as the Commission's own publications do. Weak names ("strong" false) are low quality.
   */
  private names(names: { name: PartyName; strong: boolean }[]): void {
    const index = names.findIndex((n) => n.strong && n.name.type === 'alias');
    const primaryAt = index >= 0 ? index : names.findIndex((n) => n.name.type === 'alias');
    if (primaryAt < 0) this.session.fail(`sanctionEntity ${this.ref} has no name in Latin script (nameAlias/@wholeName)`, this.node.at, 'sanctionEntity/nameAlias/@wholeName');
    const ordered = [names[primaryAt]!, ...names.filter((_, k) => k !== primaryAt)];
    const seen = new Set<string>();
    for (const [k, { name, strong }] of ordered.entries()) {
      const key = `${name.type}\u0000${name.full}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (k === 0) this.party.names.push({ ...name, type: 'primary', quality: 'good' });
      else this.party.names.push({ ...name, quality: name.type === 'original-script' ? 'good' : strong ? 'good' : 'low' });
    }
    this.party.caption = this.party.names[0]!.full;
  }

  private citizenship(node: XmlNode): void {
    const path = 'sanctionEntity/citizenship';
    const attrs = this.attributes(node, path, ['countryDescription']);
    this.regulationSummaries(node, path);
    const country = attrs.get('countryDescription') ?? node.attributes.countryIso2Code?.trim();
    if (country && !this.party.nationalities.includes(country)) this.party.nationalities.push(country);
  }

  private birthdate(node: XmlNode): void {
    const path = 'sanctionEntity/birthdate';
    const attrs = this.attributes(node, path, [
      'circa', 'birthdate', 'dayOfMonth', 'monthOfYear', 'year', 'yearRangeFrom', 'yearRangeTo', 'city', 'place', 'region', 'zipCode', 'countryDescription',
    ]);
    this.regulationSummaries(node, path);
    const circa = attrs.get('circa') === 'true';
    const date = this.birthDateValue(attrs, node.at, path);
    if (date !== undefined) {
      const dob: BirthDate = { kind: circa ? 'approximately' : 'exact', date };
      this.party.birthDates.push(dob);
    } else {
      const from = attrs.get('yearRangeFrom');
      const to = attrs.get('yearRangeTo');
      if (from !== undefined || to !== undefined) {
        const dob: BirthDate = { kind: 'between' };
        if (from !== undefined) dob.from = from;
        if (to !== undefined) dob.to = to;
        if (circa) dob.note = 'circa';
        if ((from === undefined || /^\d{4}$/.test(from)) && (to === undefined || /^\d{4}$/.test(to))) this.party.birthDates.push(dob);
        else this.keep(node.at, `${path}/@yearRange`, `${from ?? ''}-${to ?? ''}`, 'yearRangeFrom/yearRangeTo are not years');
      }
    }
    const place: Place = {};
    const set = (key: keyof Place, attr: string) => {
      const v = attrs.get(attr);
      if (v !== undefined) place[key] = v;
    };
    set('full', 'place');
    set('city', 'city');
    set('stateProvince', 'region');
    set('zipCode', 'zipCode');
    set('country', 'countryDescription');
    if (place.country === undefined && node.attributes.countryIso2Code?.trim()) place.country = node.attributes.countryIso2Code.trim();
    if (Object.keys(place).length > 0) this.party.birthPlaces.push(place);
  }

  /** birthdate="YYYY-MM-DD" when the full date is known, else year / monthOfYear / dayOfMonth. */
  private birthDateValue(attrs: Map<string, string>, at: XmlPosition, path: string): string | undefined {
    const whole = attrs.get('birthdate');
    if (whole !== undefined) {
      const parsed = parsePublisherDate(whole);
      if (parsed.ok) return parsed.value;
      this.keep(at, `${path}/@birthdate`, whole, `birthdate: ${parsed.reason}`);
      return undefined;
    }
    const year = attrs.get('year');
    if (year === undefined) return undefined;
    const month = attrs.get('monthOfYear');
    const day = attrs.get('dayOfMonth');
    const parsed = composeDate(year, month?.padStart(2, '0'), month === undefined ? undefined : day?.padStart(2, '0'));
    if (parsed.ok) return parsed.value;
    this.keep(at, `${path}/@year`, [year, month, day].filter(Boolean).join('-'), `birthdate: ${parsed.reason}`);
    return undefined;
  }

  private identification(node: XmlNode): void {
    const path = 'sanctionEntity/identification';
    const attrs = this.attributes(node, path, ['number', 'identificationTypeCode', 'identificationTypeDescription', 'countryDescription', ...Object.keys(DOCUMENT_FLAGS), 'issuedBy']);
    const code = attrs.get('identificationTypeCode') ?? '';
    const doc: IdentityDocument = { kind: DOCUMENT_KINDS[code.toLowerCase()] ?? 'other', type: attrs.get('identificationTypeDescription') ?? code };
    const number = attrs.get('number');
    if (number !== undefined) doc.number = number;
    const country = attrs.get('countryDescription') ?? node.attributes.countryIso2Code?.trim();
    if (country) doc.issuingCountry = country;
    const notes = Object.entries(DOCUMENT_FLAGS).filter(([flag]) => attrs.get(flag) === 'true').map(([, text]) => text);
    const issuedBy = attrs.get('issuedBy');
    if (issuedBy !== undefined) notes.push(`issued by ${issuedBy}`);
    for (const c of node.children) {
      if (c.name === 'remark' && c.children.length === 0) {
        const text = c.text.trim();
        if (text) notes.push(text);
      }
    }
    if (notes.length > 0) doc.note = notes.join('; ');
    this.regulationSummaries(node, path, ['remark']);
    this.party.documents.push(doc);
  }

  private address(node: XmlNode): void {
    const path = 'sanctionEntity/address';
    const attrs = this.attributes(node, path, ['street', 'city', 'zipCode', 'region', 'place', 'countryDescription']);
    this.regulationSummaries(node, path);
    const place: Place = {};
    const set = (key: keyof Place, attr: string) => {
      const v = attrs.get(attr);
      if (v !== undefined) place[key] = v;
    };
    set('street', 'street');
    set('city', 'city');
    set('zipCode', 'zipCode');
    set('stateProvince', 'region');
    set('full', 'place');
    set('country', 'countryDescription');
    if (place.country === undefined && node.attributes.countryIso2Code?.trim()) place.country = node.attributes.countryIso2Code.trim();
    if (Object.keys(place).length > 0) this.party.addresses.push(place);
  }

  /**
   * Non-empty attributes by name. Those listed in `mapped` are returned for the caller to place;
   * every other one is kept in `extra` (reported when the element is not known to carry it).
   * "false" flags and empty strings are the export's defaults and say nothing.
   */
  private attributes(node: XmlNode, path: string, mapped: string[]): Map<string, string> {
    const known = KNOWN_ATTRIBUTES[node.name] ?? [];
    const out = new Map<string, string>();
    for (const [name, raw] of Object.entries(node.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:') || name.startsWith('xsi:')) continue;
      const value = raw.trim();
      if (value === '') continue;
      if (mapped.includes(name)) out.set(name, value);
      else if (!known.includes(name)) this.keep(node.at, `${path}/@${name}`, value, `unknown attribute ${path}/@${name}`);
      else if (!(name in DOCUMENT_FLAGS && value === 'false')) this.party.extra.push({ field: `${path}/@${name}`, value });
    }
    return out;
  }

  /** <regulationSummary> children: which act added the value; kept in extra, in order. */
  private regulationSummaries(node: XmlNode, path: string, alsoKnown: string[] = []): void {
    for (const c of node.children) {
      if (c.name === 'regulationSummary') this.attributes(c, `${path}/regulationSummary`, []);
      else if (!alsoKnown.includes(c.name)) this.unknownTree(c, `${path}/${c.name}`);
    }
  }

  private unknownChildren(node: XmlNode, path: string): void {
    for (const c of node.children) this.unknownTree(c, `${path}/${c.name}`);
  }

  private unknownTree(node: XmlNode, path: string): void {
    this.warn(node.at, `unknown element ${path}; kept in extra`);
    this.party.extra.push(...flattenXmlNode(node, path));
  }

  private keep(at: XmlPosition, field: string, value: string, message: string): void {
    this.party.extra.push({ field, value });
    this.warn(at, `${message}; kept in extra`);
  }

  private warn(at: XmlPosition, message: string): void {
    this.warnings.push({ at: formatLocation(this.session.file, at.line, at.column), referenceNumber: this.ref, message });
  }
}
