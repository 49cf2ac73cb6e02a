/**
 * Reader for OFAC's XML lists in the `sdnList` schema: sdn.xml (the SDN list) and the consolidated
 * non-SDN list (consolidated.xml), which share the schema. The real copy in ../shared is the
 * consolidated list of 2026-01-08, in the namespace of OFAC's Sanctions List Service.
 *
 * Structure: <sdnList xmlns="..."><publshInformation><Publish_Date>MM/DD/YYYY</Publish_Date>
 * <Record_Count>n</Record_Count></publshInformation> then one <sdnEntry> per party with uid,
 * firstName, lastName, title, sdnType, remarks, programList, idList, akaList, addressList,
 * nationalityList, citizenshipList, dateOfBirthList, placeOfBirthList, vesselInfo. ("publsh" is
 * OFAC's spelling.) Every sub-item carries OFAC's own uid, kept in `extra` in item order.
 *
 * The XML has the facts the legacy CSV hides in Remarks as elements, so Remarks is kept as comments
 * only. An <id> is not always a document: OFAC files directive texts, websites and the gender as
 * ids too; ofac-remarks.ts decides by the label (`ofacIdMeaning`).
 *
 * Refused (ListFormatError): anything the XML guard refuses (size, encoding, DOCTYPE, malformed or
 * truncated XML), a root other than sdnList, an entry without uid or lastName, a uid used twice,
 * and a Record_Count that disagrees with the entries read (a file cut or spliced at an entry
 * boundary is still well-formed XML, and the count is the publisher's own check).
 */
import { basename } from 'node:path';
import { composeDate } from './dates.js';
import { formatLocation } from './errors.js';
import { emptyParty, type AliasQuality, type IdentityDocument, type ImportWarning, type ListSnapshot, type PartyKind, type PartyName, type Place, type SanctionedParty } from './model.js';
import { OFAC_PUBLISHER, OFAC_SDN_SOURCE } from './ofac-csv.js';
import { ofacIdMeaning, parseOfacBirthDate, parseOfacDate } from './ofac-remarks.js';
import { child, childText, flattenXmlNode, readXmlRecords, type XmlNode } from './xml-records.js';
import type { XmlPosition, XmlSession } from './xml-guard.js';

export const OFAC_XML_FORMAT = 'ofac-xml';
export const OFAC_NONSDN_SOURCE = 'ofac-nonsdn';

/** Namespaces OFAC has published the schema under; another one is read, with a warning. */
const KNOWN_NAMESPACES = new Set([
  'http://tempuri.org/sdnList.xsd',
  'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML',
  'https://www.treasury.gov/ofac/DeltaFiles/sdnList.xsd',
]);

const KINDS: Record<string, PartyKind> = { individual: 'person', entity: 'organization', vessel: 'vessel', aircraft: 'aircraft' };
const AKA_TYPES: Record<string, AliasQuality> = { 'a.k.a.': 'aka', 'f.k.a.': 'fka', 'n.k.a.': 'nka' };

export interface OfacXmlOptions {
  /** Source key; by default "ofac-nonsdn" when the file name says consolidated/non-SDN, else "ofac-sdn". */
  source?: string;
  maxBytes?: number;
}

export async function readOfacXml(input: { path: string } | { bytes: Uint8Array; name: string }, options: OfacXmlOptions = {}): Promise<ListSnapshot> {
  const file = 'path' in input ? basename(input.path) : input.name;
  const source = options.source ?? ofacXmlSourceKey(file);
  let reader: OfacXmlReader | undefined;
  await readXmlRecords(input, (session) => (reader = new OfacXmlReader(session, source)), { maxBytes: options.maxBytes });
  return reader!.snapshot();
}

/**
 * The two lists share a schema and nothing inside the file says which one it is, so the name decides
 * (OFAC publishes them as sdn.xml and consolidated.xml / cons_*.xml).
 */
export function ofacXmlSourceKey(fileName: string): string {
  return /cons|non-?sdn/i.test(fileName) ? OFAC_NONSDN_SOURCE : OFAC_SDN_SOURCE;
}

/** Content detection: the root element is sdnList (with or without a prefix). */
export function looksLikeOfacXml(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  const prolog = /^(?:\s+|<\?[^]*?\?>|<!--[^]*?-->)*/.exec(text)![0];
  return /^<(?:[A-Za-z_][\w.-]*:)?sdnList[\s>/]/.test(text.slice(prolog.length));
}

class OfacXmlReader {
  private readonly parties: SanctionedParty[] = [];
  private readonly warnings: ImportWarning[] = [];
  private readonly seen = new Map<string, XmlPosition>();
  private generatedAt: string | undefined;
  private recordCount: { value: number; at: XmlPosition } | undefined;

  constructor(private readonly session: XmlSession, private readonly source: string) {}

  root(node: XmlNode): void {
    if (node.name !== 'sdnList') this.session.fail(`not an OFAC sdnList file: the root element is ${node.name}`, node.at);
    const ns = node.attributes.xmlns ?? Object.entries(node.attributes).find(([k]) => k.startsWith('xmlns:') && k !== 'xmlns:xsi')?.[1];
    if (ns !== undefined && !KNOWN_NAMESPACES.has(ns)) this.warn(node.at, `unknown sdnList namespace "${ns}"; read as the sdnList schema`);
  }

  record(node: XmlNode): void {
    if (node.name === 'publshInformation') return this.publishInformation(node);
    if (node.name !== 'sdnEntry') return this.warn(node.at, `unknown element sdnList/${node.name} outside any entry; ignored`);
    const uid = childText(node, 'uid');
    if (uid === undefined) this.session.fail('sdnEntry has no uid', node.at, 'sdnEntry/uid');
    const first = this.seen.get(uid);
    if (first) this.session.fail(`uid ${uid} is used twice (first at line ${first.line}); the list contradicts itself`, child(node, 'uid')!.at, 'sdnEntry/uid');
    this.seen.set(uid, node.at);
    const { party, warnings } = new EntryMapper(this.session, this.source, uid, node).map();
    this.parties.push(party);
    this.warnings.push(...warnings);
  }

  snapshot(): ListSnapshot {
    if (this.recordCount && this.recordCount.value !== this.parties.length) {
      this.session.fail(
        `Record_Count says ${this.recordCount.value} entries but the file has ${this.parties.length}: the file is incomplete or was altered`,
        this.recordCount.at,
        'publshInformation/Record_Count',
      );
    }
    if (this.parties.length === 0) this.warnings.push({ at: this.session.file, message: 'the file contains no sdnEntry' });
    const snapshot: ListSnapshot = { source: this.source, format: OFAC_XML_FORMAT, publisher: OFAC_PUBLISHER, parties: this.parties, warnings: this.warnings };
    if (this.generatedAt !== undefined) snapshot.generatedAt = this.generatedAt;
    return snapshot;
  }

  private publishInformation(node: XmlNode): void {
    for (const c of node.children) {
      const text = c.text.trim();
      if (c.name === 'Publish_Date') {
        // MM/DD/YYYY. The date orders versions; a damaged one cannot be placed in history.
        const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
        const parsed = m ? composeDate(m[3]!, m[1]!, m[2]!) : undefined;
        if (!parsed?.ok) this.session.fail(`Publish_Date "${text}" is not a date in the form MM/DD/YYYY`, c.at, 'publshInformation/Publish_Date');
        this.generatedAt = parsed.value;
      } else if (c.name === 'Record_Count') {
        if (!/^\d+$/.test(text)) this.session.fail(`Record_Count "${text}" is not a number`, c.at, 'publshInformation/Record_Count');
        this.recordCount = { value: Number(text), at: c.at };
      } else {
        this.warn(c.at, `unknown element publshInformation/${c.name}; ignored`);
      }
    }
  }

  private warn(at: XmlPosition, message: string): void {
    this.warnings.push({ at: this.session.where(at), message });
  }
}

/** Maps one sdnEntry tree to a party; unknown elements go to `extra` with a warning. */
class EntryMapper {
  private readonly party: SanctionedParty;
  private readonly warnings: ImportWarning[] = [];

  constructor(private readonly session: XmlSession, source: string, private readonly uid: string, private readonly node: XmlNode) {
    this.party = emptyParty(source, uid, 'unknown');
  }

  map(): { party: SanctionedParty; warnings: ImportWarning[] } {
    const { party, node } = this;
    const last = childText(node, 'lastName');
    if (last === undefined) this.session.fail(`sdnEntry ${this.uid} has no lastName`, node.at, 'sdnEntry/lastName');
    const firstName = childText(node, 'firstName');
    const type = childText(node, 'sdnType');
    party.kind = type === undefined ? 'unknown' : KINDS[type.toLowerCase()] ?? 'unknown';
    if (party.kind === 'unknown') this.unknown(child(node, 'sdnType') ?? node, 'sdnEntry/sdnType', type ?? '', `sdnType "${type ?? ''}" is not Individual, Entity, Vessel or Aircraft; read as unknown`);
    // The same "LAST, First" form as SDN_Name in the legacy CSV, so both formats give one caption.
    party.caption = firstName === undefined ? last : `${last}, ${firstName}`;
    const primary: PartyName = { type: 'primary', full: party.caption, quality: 'good' };
    if (firstName !== undefined) primary.parts = [last, firstName];
    party.names.push(primary);

    for (const c of node.children) {
      const text = c.text.trim();
      switch (c.name) {
        case 'uid':
        case 'firstName':
        case 'lastName':
        case 'sdnType':
          break;
        case 'title':
          if (text) party.titles.push(text);
          break;
        case 'remarks':
          if (text) party.comments = text;
          break;
        case 'programList':
          this.list(c, 'program', (p) => {
            const program = p.text.trim();
            if (program !== '') party.programs.push(program);
          });
          break;
        case 'idList':
          this.list(c, 'id', (id) => this.id(id));
          break;
        case 'akaList':
          this.list(c, 'aka', (aka) => this.aka(aka));
          break;
        case 'addressList':
          this.list(c, 'address', (a) => this.address(a));
          break;
        case 'nationalityList':
          this.list(c, 'nationality', (n) => this.nationality(n, 'nationalityList/nationality'));
          break;
        case 'citizenshipList':
          this.list(c, 'citizenship', (n) => this.nationality(n, 'citizenshipList/citizenship'));
          break;
        case 'dateOfBirthList':
          this.list(c, 'dateOfBirthItem', (d) => this.dateOfBirth(d));
          break;
        case 'placeOfBirthList':
          this.list(c, 'placeOfBirthItem', (p) => this.placeOfBirth(p));
          break;
        case 'vesselInfo':
          this.vessel(c);
          break;
        default:
          this.unknownTree(c, `sdnEntry/${c.name}`);
      }
    }
    if (party.programs[0] !== undefined) party.listType = party.programs[0];
    return { party, warnings: this.warnings };
  }

  /** Children of a list element that are the expected item; anything else is kept as unknown. */
  private list(list: XmlNode, item: string, each: (node: XmlNode) => void): void {
    for (const c of list.children) {
      if (c.name === item) each(c);
      else this.unknownTree(c, `sdnEntry/${list.name}/${c.name}`);
    }
  }

  private id(node: XmlNode): void {
    const path = 'sdnEntry/idList/id';
    const fields = this.fields(node, path, ['uid', 'idType', 'idNumber', 'idCountry', 'issueDate', 'expirationDate']);
    const type = fields.get('idType') ?? '';
    const number = fields.get('idNumber');
    this.uidExtra(path, fields);
    const meaning = ofacIdMeaning(type);
    if (meaning.is === 'gender' && number !== undefined) return void this.party.genders.push(number);
    if (meaning.is === 'imo' && number !== undefined) {
      this.party.vessel = { ...this.party.vessel, imoNumber: this.party.vessel?.imoNumber ? `${this.party.vessel.imoNumber}; ${number}` : number };
      return;
    }
    if (meaning.is === 'fact') {
      const value = [number, fields.get('idCountry') && `(${fields.get('idCountry')})`].filter(Boolean).join(' ');
      this.party.extra.push({ field: `${path}/${type.replace(/(?::| -)$/, '')}`, value });
      return;
    }
    const kind = meaning.is === 'document' ? meaning.kind : 'other';
    const doc: IdentityDocument = { kind, type };
    if (number !== undefined) doc.number = number;
    const country = fields.get('idCountry');
    if (country !== undefined) doc.issuingCountry = country;
    const issued = this.date(fields.get('issueDate'), `${path}/issueDate`, node.at);
    if (issued !== undefined) doc.dateOfIssue = issued;
    const expires = this.date(fields.get('expirationDate'), `${path}/expirationDate`, node.at);
    if (expires !== undefined) doc.dateOfExpiry = expires;
    this.party.documents.push(doc);
  }

  private aka(node: XmlNode): void {
    const path = 'sdnEntry/akaList/aka';
    const fields = this.fields(node, path, ['uid', 'type', 'category', 'lastName', 'firstName']);
    this.uidExtra(path, fields);
    const last = fields.get('lastName');
    if (last === undefined) return this.warn(node.at, `${path} has no lastName; its fields are kept in extra`, () => this.keepAll(path, fields));
    const first = fields.get('firstName');
    const name: PartyName = { type: 'alias', full: first === undefined ? last : `${last}, ${first}`, quality: 'unspecified' };
    if (first !== undefined) name.parts = [last, first];
    const type = fields.get('type') ?? '';
    const category = fields.get('category') ?? '';
    if (category.toLowerCase() === 'weak') {
      name.quality = 'low';
      name.note = `weak ${type}`.trim();
    } else {
      const quality = AKA_TYPES[type.toLowerCase()];
      if (quality) name.quality = quality;
      else if (type) this.unknown(node, `${path}/type`, type, `unknown aka type "${type}"; read as unspecified`);
      if (category.toLowerCase() !== 'strong' && category !== '') this.unknown(node, `${path}/category`, category, `unknown aka category "${category}"`);
    }
    this.party.names.push(name);
  }

  private address(node: XmlNode): void {
    const path = 'sdnEntry/addressList/address';
    const fields = this.fields(node, path, ['uid', 'address1', 'address2', 'address3', 'city', 'stateOrProvince', 'postalCode', 'country']);
    this.uidExtra(path, fields);
    const place: Place = {};
    const street = ['address1', 'address2', 'address3'].map((k) => fields.get(k)).filter((v) => v !== undefined).join(', ');
    if (street) place.street = street;
    const set = (key: keyof Place, field: string) => {
      const v = fields.get(field);
      if (v !== undefined) place[key] = v;
    };
    set('city', 'city');
    set('stateProvince', 'stateOrProvince');
    set('zipCode', 'postalCode');
    set('country', 'country');
    if (Object.keys(place).length > 0) this.party.addresses.push(place);
  }

  private nationality(node: XmlNode, path: string): void {
    const fields = this.fields(node, `sdnEntry/${path}`, ['uid', 'country', 'mainEntry']);
    this.uidExtra(`sdnEntry/${path}`, fields);
    const country = fields.get('country');
    if (country === undefined) return;
    this.party.nationalities.push(country);
    // The model's nationalities are plain strings; that this one is not OFAC's main entry is kept.
    if (fields.get('mainEntry') === 'false') this.party.extra.push({ field: `sdnEntry/${path}/mainEntry=false`, value: country });
  }

  private dateOfBirth(node: XmlNode): void {
    const path = 'sdnEntry/dateOfBirthList/dateOfBirthItem';
    const fields = this.fields(node, path, ['uid', 'dateOfBirth', 'mainEntry']);
    this.uidExtra(path, fields);
    const raw = fields.get('dateOfBirth');
    if (raw === undefined) return;
    const parsed = parseOfacBirthDate(raw);
    if (!parsed.ok) return this.unknown(node, `${path}/dateOfBirth`, raw, `dateOfBirth: ${parsed.reason}`);
    // Like "alt. DOB" in the CSV: a date that is not the main entry is an alternative.
    if (fields.get('mainEntry') === 'false') parsed.value.note = parsed.value.note ? `${parsed.value.note}; alt.` : 'alt.';
    this.party.birthDates.push(parsed.value);
  }

  private placeOfBirth(node: XmlNode): void {
    const path = 'sdnEntry/placeOfBirthList/placeOfBirthItem';
    const fields = this.fields(node, path, ['uid', 'placeOfBirth', 'mainEntry']);
    this.uidExtra(path, fields);
    const full = fields.get('placeOfBirth');
    if (full === undefined) return;
    const place: Place = { full };
    const parts = full.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length > 1) place.country = parts.at(-1)!;
    if (fields.get('mainEntry') === 'false') place.note = 'alt.';
    this.party.birthPlaces.push(place);
  }

  private vessel(node: XmlNode): void {
    const path = 'sdnEntry/vesselInfo';
    const fields = this.fields(node, path, ['callSign', 'vesselType', 'vesselFlag', 'vesselOwner', 'tonnage', 'grossRegisteredTonnage']);
    const map: [string, keyof NonNullable<SanctionedParty['vessel']>][] = [
      ['callSign', 'callSign'], ['vesselType', 'vesselType'], ['vesselFlag', 'flag'], ['vesselOwner', 'owner'],
      ['tonnage', 'tonnage'], ['grossRegisteredTonnage', 'grossRegisteredTonnage'],
    ];
    const vessel = { ...this.party.vessel };
    for (const [field, key] of map) {
      const v = fields.get(field);
      if (v !== undefined) vessel[key] = v;
    }
    if (Object.keys(vessel).length > 0) this.party.vessel = vessel;
  }

  /** The leaf texts of an item, by name; unknown or nested children are kept as unknown. */
  private fields(node: XmlNode, path: string, known: string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const c of node.children) {
      if (!known.includes(c.name) || c.children.length > 0) {
        this.unknownTree(c, `${path}/${c.name}`);
        continue;
      }
      const text = c.text.trim();
      if (text === '') continue;
      if (out.has(c.name)) this.unknown(c, `${path}/${c.name}`, text, `${path}/${c.name} given twice; the second is kept in extra`);
      else out.set(c.name, text);
    }
    return out;
  }

  /** OFAC's id of a sub-item, in item order (a diff can tell a changed alias from a new one by it). */
  private uidExtra(path: string, fields: Map<string, string>): void {
    const uid = fields.get('uid');
    if (uid !== undefined) this.party.extra.push({ field: `${path}/uid`, value: uid });
  }

  private keepAll(path: string, fields: Map<string, string>): void {
    for (const [k, v] of fields) if (k !== 'uid') this.party.extra.push({ field: `${path}/${k}`, value: v });
  }

  private date(raw: string | undefined, path: string, at: XmlPosition): string | undefined {
    if (raw === undefined) return undefined;
    const parsed = parseOfacDate(raw);
    if (parsed.ok) return parsed.value;
    this.unknown({ at }, path, raw, `${path}: ${parsed.reason}`);
    return undefined;
  }

  private unknownTree(node: XmlNode, path: string): void {
    this.warn(node.at, `unknown element ${path}; kept in extra`);
    this.party.extra.push(...flattenXmlNode(node, path));
  }

  private unknown(node: Pick<XmlNode, 'at'>, path: string, value: string, message: string): void {
    this.party.extra.push({ field: path, value });
    this.warn(node.at, `${message}; kept in extra`);
  }

  private warn(at: XmlPosition, message: string, then?: () => void): void {
    this.warnings.push({ at: formatLocation(this.session.file, at.line, at.column), referenceNumber: this.uid, message });
    then?.();
  }
}
