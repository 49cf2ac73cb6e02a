/**
 * Reader for the UN Security Council Consolidated List XML (root CONSOLIDATED_LIST, schema
 * sc-sanctions.xsd), the list resolution 2199 is enforced against. Streams through the XML guard
 * (no DOM: one record at a time), maps each INDIVIDUAL / ENTITY into the canonical model, and
 * returns the parties with every oddity as a warning.
 *
 * Two kinds of trouble, treated differently on purpose:
 * - A list that cannot be trusted as a whole (malformed or truncated XML, a record without a
 *   REFERENCE_NUMBER or a name, a reference used twice) throws ListFormatError: importing it would
 *   drop or merge sanctioned parties, so the import keeps the previous version instead.
 * - Anything else the reader does not understand (an unknown element, an impossible date, an
 *   unknown alias quality) is kept verbatim in the party's `extra` and reported as an ImportWarning
 *   with file:line:column, so a schema change is visible and nothing is dropped silently.
 *
 * docs/lists.md has the table of every element path and where it goes.
 */
import { parsePublisherDate } from './dates.js';
import type {
  AliasQuality,
  BirthDate,
  BirthDateKind,
  DocumentKind,
  IdentityDocument,
  ImportWarning,
  ListSnapshot,
  PartyKind,
  PartyName,
  Place,
  SanctionedParty,
} from './model.js';
import { emptyParty } from './model.js';
import { imoDocumentsIn } from './imo-in-text.js';
import { documentNumberIn, sameDocumentNumber, statedDocuments } from './stated-documents.js';
import { birthDateKnown, statedBirthDates } from './stated-birth-dates.js';
import { parseXmlSafely, type XmlElementStart, type XmlHandlers, type XmlPosition, type XmlSession } from './xml-guard.js';

export const UN_FORMAT = 'un-xml';
export const UN_PUBLISHER = 'United Nations Security Council';

export interface UnXmlOptions {
  /** Refuse inputs larger than this (default 64 MiB, see xml-guard). */
  maxBytes?: number;
  /** Source key used in party ids (default "un"). */
  source?: string;
}

export async function readUnXml(
  source: { path: string } | { bytes: Buffer; name: string },
  options: UnXmlOptions = {},
): Promise<ListSnapshot> {
  let reader: UnListReader | undefined;
  await parseXmlSafely(source, (session) => (reader = new UnListReader(session, options.source ?? 'un')), {
    maxBytes: options.maxBytes,
  });
  return reader!.snapshot();
}

/**
 * Format detection from the first few KB of a file as text: the root element is CONSOLIDATED_LIST
 * and the UN's own sections or schema name follow. A DOCTYPE in the prolog is skipped so that such a
 * file still reaches this reader and is refused with a clear error, rather than "unknown format".
 */
export function looksLikeUnXml(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '');
  const prolog = /^(?:\s+|<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^[>]*(?:\[[^]*?\])?\s*>)*/.exec(text)![0];
  const rest = text.slice(prolog.length);
  return /^<CONSOLIDATED_LIST[\s>/]/.test(rest) && /<(?:INDIVIDUALS|ENTITIES)[\s>/]|sc-sanctions\.xsd/.test(rest);
}

// ---------------------------------------------------------------------------------------------
// The schema as this reader knows it. Element names are the UN's; groups are written with their
// record's prefix in the file (INDIVIDUAL_ALIAS, ENTITY_ADDRESS), here without it.

type RecordTag = 'INDIVIDUAL' | 'ENTITY';

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];
/** Fields kept in `extra` because the model has no place for them; only when non-empty. */
const EXTRA_SCALARS = ['SORT_KEY', 'SORT_KEY_LAST_MOD', 'SUBMITTED_BY', 'SUBMITTED_ON'];
const COMMON_SCALARS = [
  'DATAID', 'VERSIONNUM', ...NAME_PARTS, 'UN_LIST_TYPE', 'REFERENCE_NUMBER', 'LISTED_ON',
  'NAME_ORIGINAL_SCRIPT', 'COMMENTS1', ...EXTRA_SCALARS,
];
const PLACE_FIELDS = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY', 'NOTE'];
const GROUP_FIELDS: Record<string, readonly string[]> = {
  ALIAS: ['QUALITY', 'ALIAS_NAME', 'NOTE', 'DATE_OF_BIRTH', 'CITY_OF_BIRTH', 'COUNTRY_OF_BIRTH'],
  ADDRESS: PLACE_FIELDS,
  PLACE_OF_BIRTH: PLACE_FIELDS,
  DATE_OF_BIRTH: ['TYPE_OF_DATE', 'DATE', 'YEAR', 'FROM_YEAR', 'TO_YEAR', 'NOTE'],
  DOCUMENT: [
    'TYPE_OF_DOCUMENT', 'TYPE_OF_DOCUMENT2', 'NUMBER', 'ISSUING_COUNTRY', 'COUNTRY_OF_ISSUE',
    'CITY_OF_ISSUE', 'DATE_OF_ISSUE', 'NOTE',
  ],
};

interface RecordSchema {
  kind: PartyKind;
  scalars: ReadonlySet<string>;
  /** Containers of repeated <VALUE> elements. */
  valueLists: ReadonlySet<string>;
  /** Group element name (with prefix) -> group type. */
  groups: ReadonlyMap<string, string>;
}

// The person-only fields (gender, birth, documents, nationality) are not accepted on an ENTITY: if
// one ever appears there it is a schema change worth a warning, and it is kept in `extra`.
const SCHEMAS: Record<RecordTag, RecordSchema> = {
  INDIVIDUAL: {
    kind: 'person',
    scalars: new Set([...COMMON_SCALARS, 'GENDER']),
    valueLists: new Set(['TITLE', 'DESIGNATION', 'NATIONALITY', 'LIST_TYPE', 'LAST_DAY_UPDATED']),
    groups: new Map(['ALIAS', 'ADDRESS', 'DATE_OF_BIRTH', 'PLACE_OF_BIRTH', 'DOCUMENT'].map((g) => [`INDIVIDUAL_${g}`, g])),
  },
  ENTITY: {
    kind: 'organization',
    scalars: new Set(COMMON_SCALARS),
    valueLists: new Set(['LIST_TYPE', 'LAST_DAY_UPDATED']),
    groups: new Map(['ALIAS', 'ADDRESS'].map((g) => [`ENTITY_${g}`, g])),
  },
};

const SECTIONS: Record<string, RecordTag> = { INDIVIDUALS: 'INDIVIDUAL', ENTITIES: 'ENTITY' };
const ROOT_ATTRIBUTES = new Set(['dateGenerated', 'xmlns:xsi', 'xsi:noNamespaceSchemaLocation']);

const QUALITIES: Record<string, AliasQuality> = {
  '': 'unspecified',
  Good: 'good',
  Low: 'low',
  'a.k.a.': 'aka',
  'f.k.a.': 'fka',
};

const DOB_KINDS: Record<string, BirthDateKind> = {
  EXACT: 'exact',
  APPROXIMATELY: 'approximately',
  BETWEEN: 'between',
};

// ---------------------------------------------------------------------------------------------
// Streaming state: one frame per open element. The role says what the element is to the reader;
// everything under an unknown element is unknown too.

type Role = 'root' | 'section' | 'record' | 'scalar' | 'values' | 'value' | 'group' | 'member' | 'unknown' | 'ignored';

/** Roles whose own text is only the indentation between their children. */
const CONTAINERS: ReadonlySet<Role> = new Set<Role>(['root', 'section', 'record', 'values', 'group']);

class Frame {
  role: Role = 'unknown';
  /** Text collected so far; `value` is the trimmed text once the element has closed. */
  text = '';
  value = '';
  hasChildren = false;
  /** For groups: their type and the fields their children delivered. */
  group: string | undefined = undefined;
  fields: Map<string, Frame> | undefined = undefined;
  /** For VALUE containers: their VALUE children. */
  values: Frame[] | undefined = undefined;
  private cachedPath: string | undefined = undefined;

  constructor(readonly name: string, readonly at: XmlPosition, readonly parent: Frame | undefined) {}

  /**
   * Path inside the record ("INDIVIDUAL/INDIVIDUAL_ALIAS/QUALITY"), or from the section outside
   * one. Built on demand: only warnings and `extra` need it, and building it for each of the 60,000
   * elements of a list cost more than parsing them.
   */
  get path(): string {
    if (this.cachedPath === undefined) {
      const p = this.parent;
      this.cachedPath = p && p.role !== 'root' && p.role !== 'section' ? `${p.path}/${this.name}` : this.name;
    }
    return this.cachedPath;
  }
}

/** A closed element with its value: where it was, what path, what text. */
type Field = Frame;

class UnListReader implements XmlHandlers {
  private readonly stack: Frame[] = [];
  private readonly parties: SanctionedParty[] = [];
  private readonly warnings: ImportWarning[] = [];
  /** Reference number -> where it was first seen, to refuse duplicates. */
  private readonly seen = new Map<string, XmlPosition>();
  private record: RecordBuilder | undefined;
  private generatedAt: string | undefined;

  constructor(private readonly session: XmlSession, private readonly source: string) {}

  snapshot(): ListSnapshot {
    if (this.parties.length === 0) {
      // Not an error (the reader cannot know the list should be non-empty), but an empty UN list
      // would "remove" every party in a diff, so it must not pass unnoticed.
      this.warnings.push({ at: this.session.file, message: 'the list contains no INDIVIDUAL or ENTITY records' });
    }
    const snapshot: ListSnapshot = {
      source: this.source,
      format: UN_FORMAT,
      publisher: UN_PUBLISHER,
      parties: this.parties,
      warnings: this.warnings,
    };
    if (this.generatedAt !== undefined) snapshot.generatedAt = this.generatedAt;
    return snapshot;
  }

  open(element: XmlElementStart): void {
    const parent = this.stack.at(-1);
    if (parent) parent.hasChildren = true;
    const frame = new Frame(element.name, element.at, parent);
    this.stack.push(frame);
    if (!parent) return this.openRoot(frame, element.attributes);
    frame.role = this.roleOf(frame, parent);

    if (frame.role === 'record') {
      this.record = new RecordBuilder(this.session, this.source, element.name as RecordTag, frame.at);
      if (SECTIONS[parent.name] !== element.name) {
        this.record.warn(frame.at, `${element.name} record inside ${parent.name}; read as ${element.name}`);
      }
    } else if (frame.role === 'group') {
      frame.fields = new Map();
    } else if (frame.role === 'values') {
      frame.values = [];
    } else if (frame.role === 'unknown' && parent.role !== 'unknown') {
      // Only the outermost unknown element is reported; its contents go to `extra` leaf by leaf.
      this.record!.warn(frame.at, `unknown element ${frame.path}; kept in extra`);
    } else if (frame.role === 'ignored' && parent.role !== 'ignored') {
      this.warn(frame.at, `unknown element ${parent.path}/${element.name} outside any record; ignored`);
    }
    if (this.record) {
      for (const name in element.attributes) {
        const field = `${frame.path}/@${name}`;
        this.record.extra(field, element.attributes[name]!, frame.at, `unknown attribute ${field}; kept in extra`);
      }
    }
  }

  text(text: string): void {
    const top = this.stack.at(-1);
    if (top) top.text += text;
  }

  close(): void {
    const frame = this.stack.pop()!;
    const parent = this.stack.at(-1);
    const text = (frame.value = frame.text.trim());
    const record = this.record;
    if (text && CONTAINERS.has(frame.role)) {
      // Text inside a container (<NATIONALITY>Egypt</NATIONALITY> without VALUE) is not the format
      // this reader knows; keep it rather than guess.
      if (record) record.extra(`${frame.path}/text()`, text, frame.at, `unexpected text directly inside ${frame.path}; kept in extra`);
      else this.warn(frame.at, `unexpected text directly inside ${frame.path} outside any record; ignored`);
    }
    switch (frame.role) {
      case 'scalar':
        record!.scalar(frame.name, text, frame);
        break;
      case 'value':
        if (text) parent!.values!.push(frame);
        break;
      case 'member':
        this.member(parent!, frame, text);
        break;
      case 'values':
        record!.valueList(frame.name, frame.values!);
        break;
      case 'group':
        record!.group(frame.group!, frame.path, frame.fields!);
        break;
      case 'unknown':
        // Leaves keep their (possibly empty) text; containers are represented by their leaves.
        if (!frame.hasChildren || text) record!.extra(frame.path, text, frame.at);
        break;
      case 'record':
        this.finishRecord(record!, frame);
        break;
    }
  }

  private openRoot(frame: Frame, attributes: Record<string, string>): void {
    if (frame.name !== 'CONSOLIDATED_LIST') {
      this.session.fail(`not a UN consolidated list: the root element is ${frame.name}, expected CONSOLIDATED_LIST`, frame.at);
    }
    frame.role = 'root';
    for (const name of Object.keys(attributes)) {
      if (!ROOT_ATTRIBUTES.has(name)) this.warn(frame.at, `unknown attribute CONSOLIDATED_LIST/@${name}; ignored`);
    }
    const generated = attributes.dateGenerated?.trim();
    if (generated === undefined || generated === '') {
      this.warn(frame.at, 'CONSOLIDATED_LIST has no dateGenerated; the snapshot has no generation date');
      return;
    }
    // Versions are ordered and diffed by this stamp; a damaged one cannot be placed in history.
    const parsed = parsePublisherDate(generated);
    if (!parsed.ok) {
      this.session.fail(`dateGenerated is not a valid date: ${parsed.reason}`, frame.at, 'CONSOLIDATED_LIST/@dateGenerated');
    }
    this.generatedAt = generated;
  }

  private roleOf(frame: Frame, parent: Frame): Role {
    switch (parent.role) {
      case 'root':
        return frame.name in SECTIONS ? 'section' : 'ignored';
      case 'section':
        return frame.name === 'INDIVIDUAL' || frame.name === 'ENTITY' ? 'record' : 'ignored';
      case 'record': {
        const schema = SCHEMAS[parent.name as RecordTag];
        if (schema.scalars.has(frame.name)) return 'scalar';
        if (schema.valueLists.has(frame.name)) return 'values';
        const group = schema.groups.get(frame.name);
        if (group === undefined) return 'unknown';
        frame.group = group;
        return 'group';
      }
      case 'values':
        return frame.name === 'VALUE' ? 'value' : 'unknown';
      case 'group':
        return GROUP_FIELDS[parent.group!]!.includes(frame.name) ? 'member' : 'unknown';
      case 'ignored':
        return 'ignored';
      default:
        return 'unknown';
    }
  }

  private member(group: Frame, frame: Frame, text: string): void {
    const fields = group.fields!;
    const earlier = fields.get(frame.name);
    if (earlier === undefined || (earlier.value === '' && text !== '')) {
      fields.set(frame.name, frame);
    } else if (text !== '' && text !== earlier.value) {
      this.record!.extra(frame.path, text, frame.at, `${frame.path} given twice in one ${group.name}; the second is kept in extra`);
    }
  }

  private finishRecord(record: RecordBuilder, frame: Frame): void {
    this.record = undefined;
    const ref = record.referenceNumber;
    if (ref === undefined) {
      this.session.fail(`${frame.name} record has no REFERENCE_NUMBER`, frame.at, `${frame.name}/REFERENCE_NUMBER`);
    }
    const first = this.seen.get(ref.value);
    if (first !== undefined) {
      this.session.fail(
        `duplicate REFERENCE_NUMBER ${ref.value} (first used at line ${first.line}); the list contradicts itself`,
        ref.at,
        `${frame.name}/REFERENCE_NUMBER`,
      );
    }
    this.seen.set(ref.value, ref.at);
    const { party, warnings } = record.build();
    this.parties.push(party);
    this.warnings.push(...warnings);
  }

  private warn(at: XmlPosition, message: string): void {
    this.warnings.push({ at: this.session.where(at), message });
  }
}

// ---------------------------------------------------------------------------------------------
// One record being read. Collects into a draft party; `build` checks it and returns the party.

class RecordBuilder {
  private readonly draft: SanctionedParty;
  private readonly nameParts: (string | undefined)[] = [];
  private readonly aliases: PartyName[] = [];
  private readonly originalScripts: PartyName[] = [];
  private readonly pending: { at: XmlPosition; message: string }[] = [];
  referenceNumber: Field | undefined;

  constructor(
    private readonly session: XmlSession,
    private readonly source: string,
    private readonly tag: RecordTag,
    private readonly at: XmlPosition,
  ) {
    this.draft = emptyParty(source, '', SCHEMAS[tag].kind);
  }

  /** Warnings wait for the record's end, when its reference number is known. */
  warn(at: XmlPosition, message: string): void {
    this.pending.push({ at, message });
  }

  /** Keep a value the model has no place for; with `warning`, also report it. */
  extra(field: string, value: string, at: XmlPosition, warning?: string): void {
    this.draft.extra.push({ field, value });
    if (warning !== undefined) this.warn(at, warning);
  }

  scalar(name: string, value: string, frame: Frame): void {
    const party = this.draft;
    if (name === 'REFERENCE_NUMBER') {
      if (this.referenceNumber !== undefined && value !== '') {
        this.session.fail(`${this.tag} record has two REFERENCE_NUMBER elements`, frame.at, frame.path);
      }
      if (value !== '') this.referenceNumber = frame;
      return;
    }
    if (value === '') return; // <SORT_KEY/>, <COMMENTS1/>: placeholders say nothing
    const part = NAME_PARTS.indexOf(name);
    if (part >= 0) return this.single(frame, value, this.nameParts[part], (v) => (this.nameParts[part] = v));
    switch (name) {
      case 'DATAID':
        return this.single(frame, value, party.sourceId, (v) => (party.sourceId = v));
      case 'VERSIONNUM':
        return this.single(frame, value, party.sourceRecordVersion, (v) => (party.sourceRecordVersion = v));
      case 'UN_LIST_TYPE':
        return this.single(frame, value, party.listType, (v) => (party.listType = v));
      case 'COMMENTS1':
        return this.single(frame, value, party.comments, (v) => (party.comments = v));
      case 'LISTED_ON': {
        const date = this.date(frame, value);
        if (date !== undefined) this.single(frame, date, party.listedOn, (v) => (party.listedOn = v), value);
        return;
      }
      case 'NAME_ORIGINAL_SCRIPT':
        this.originalScripts.push({ type: 'original-script', full: value, quality: 'good' });
        return;
      case 'GENDER':
        party.genders.push(value);
        return;
      default: // EXTRA_SCALARS
        this.extra(frame.path, value, frame.at);
    }
  }

  valueList(name: string, values: Field[]): void {
    const party = this.draft;
    for (const field of values) {
      const value = field.value;
      switch (name) {
        case 'TITLE':
          party.titles.push(value);
          break;
        case 'DESIGNATION':
          party.designations.push(value);
          break;
        case 'NATIONALITY':
          party.nationalities.push(value);
          break;
        case 'LIST_TYPE':
          party.programs.push(value);
          break;
        case 'LAST_DAY_UPDATED': {
          const date = this.date(field, value);
          if (date !== undefined) party.amendedOn.push(date);
          break;
        }
      }
    }
  }

  group(type: string, path: string, fields: Map<string, Field>): void {
    // Placeholders such as <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS> and
    // <INDIVIDUAL_DOCUMENT/> are in every file; they describe nothing and create nothing.
    for (const [key, field] of fields) if (field.value === '') fields.delete(key);
    if (fields.size === 0) return;
    switch (type) {
      case 'ALIAS':
        return this.alias(path, fields);
      case 'ADDRESS':
        this.draft.addresses.push(place(fields));
        return;
      case 'PLACE_OF_BIRTH':
        this.draft.birthPlaces.push(place(fields));
        return;
      case 'DATE_OF_BIRTH':
        return this.birthDate(fields);
      case 'DOCUMENT':
        return this.document(fields);
    }
  }

  private alias(path: string, fields: Map<string, Field>): void {
    const name = fields.get('ALIAS_NAME');
    if (name === undefined) {
      this.warn(fields.values().next().value!.at, `${path} has no ALIAS_NAME; its other fields are kept in extra`);
      for (const f of fields.values()) this.extra(f.path, f.value, f.at);
      return;
    }
    const rawQuality = fields.get('QUALITY');
    let quality = QUALITIES[rawQuality?.value ?? ''];
    if (quality === undefined) {
      quality = 'unspecified';
      this.extra(rawQuality!.path, rawQuality!.value, rawQuality!.at, `unknown alias QUALITY "${rawQuality!.value}"; read as unspecified, kept in extra`);
    }
    const split = splitAliasNames(name.value);
    if (split.expanded) this.extra(name.path, name.value, name.at); // the publisher's text, before interpretation
    for (const full of split.names) {
      if (!parenthesesBalance(full)) this.warn(name.at, `alias "${full}" has unbalanced parentheses (kept as written)`);
    }
    const note = fields.get('NOTE')?.value;
    const birth = fields.get('DATE_OF_BIRTH');
    const birthDate = birth && this.date(birth, birth.value);
    const birthCity = fields.get('CITY_OF_BIRTH')?.value;
    const birthCountry = fields.get('COUNTRY_OF_BIRTH')?.value;
    for (const full of split.names) {
      const alias: PartyName = { type: 'alias', full, quality };
      if (note !== undefined) alias.note = note;
      if (birthDate !== undefined) alias.birthDate = birthDate;
      if (birthCity !== undefined) alias.birthCity = birthCity;
      if (birthCountry !== undefined) alias.birthCountry = birthCountry;
      this.aliases.push(alias);
    }
  }

  private birthDate(fields: Map<string, Field>): void {
    const type = fields.get('TYPE_OF_DATE');
    const kind = DOB_KINDS[type?.value ?? ''];
    if (kind === undefined) {
      // Without a known kind no field can be read correctly: keep all of them, including the type.
      const first = type ?? fields.values().next().value!;
      this.warn(first.at, `${first.path.replace(/\/[^/]*$/, '')} has unknown TYPE_OF_DATE "${type?.value ?? ''}"; kept in extra`);
      for (const f of fields.values()) this.extra(f.path, f.value, f.at);
      return;
    }
    const used = new Set(['TYPE_OF_DATE', 'NOTE']);
    const dob: Partial<BirthDate> = {};
    if (kind === 'between') {
      for (const [key, target] of [['FROM_YEAR', 'from'], ['TO_YEAR', 'to']] as const) {
        const f = fields.get(key);
        if (f === undefined) continue;
        used.add(key);
        const value = this.date(f, f.value);
        if (value !== undefined) dob[target] = value;
      }
    } else {
      // EXACT with YEAR only is a year-precision date ("1971"), never 1 January of that year.
      const f = fields.get('DATE') ?? fields.get('YEAR');
      if (f !== undefined) {
        used.add(f === fields.get('DATE') ? 'DATE' : 'YEAR');
        const value = this.date(f, f.value);
        if (value !== undefined) dob.date = value;
        // A YEAR next to a DATE adds nothing when it agrees; when it does not, it is kept below.
        if (value !== undefined && fields.get('YEAR')?.value === value.slice(0, 4)) used.add('YEAR');
      }
    }
    for (const [key, f] of fields) {
      if (!used.has(key)) this.extra(f.path, f.value, f.at, `${f.path} is not used with TYPE_OF_DATE ${type!.value}; kept in extra`);
    }
    const note = fields.get('NOTE')?.value;
    if (note !== undefined) dob.note = note;
    // A TYPE_OF_DATE alone (or with only an impossible date, already in extra) says nothing.
    if (Object.keys(dob).length === 0) return;
    this.draft.birthDates.push({ kind, ...dob });
  }

  private document(fields: Map<string, Field>): void {
    const get = (key: string) => fields.get(key)?.value;
    const type = get('TYPE_OF_DOCUMENT') ?? '';
    const type2 = get('TYPE_OF_DOCUMENT2');
    const doc: IdentityDocument = { kind: documentKind(type, type2), type };
    if (type2 !== undefined) doc.type2 = type2;
    // Without a NUMBER the list often gives the number in the note or the second type ("Tunisian
    // passport number L 191609 issued on ...", "(tazkira) number 545167": stated-documents.ts).
    const note = get('NOTE');
    const number = get('NUMBER') ?? (note !== undefined ? documentNumberIn(note) : undefined) ?? (type2 !== undefined ? documentNumberIn(type2) : undefined);
    if (number !== undefined) doc.number = number;
    const issuing = get('ISSUING_COUNTRY');
    if (issuing !== undefined) doc.issuingCountry = issuing;
    const countryOfIssue = get('COUNTRY_OF_ISSUE');
    if (countryOfIssue !== undefined) doc.countryOfIssue = countryOfIssue;
    const city = get('CITY_OF_ISSUE');
    if (city !== undefined) doc.cityOfIssue = city;
    const issued = fields.get('DATE_OF_ISSUE');
    const dateOfIssue = issued && this.date(issued, issued.value);
    if (dateOfIssue !== undefined) doc.dateOfIssue = dateOfIssue;
    if (note !== undefined) doc.note = note;
    this.draft.documents.push(doc);
  }

  /** A normalised date, or undefined after a warning with the raw text kept in extra. */
  private date(field: { at: XmlPosition; path: string }, raw: string): string | undefined {
    const parsed = parsePublisherDate(raw);
    if (parsed.ok) return parsed.value;
    this.extra(field.path, raw, field.at, `${field.path}: ${parsed.reason}; kept in extra`);
    return undefined;
  }

  /**
   * Set a single-valued field; a second, different value goes to extra (as written: `raw`) rather
   * than replacing the first.
   */
  private single(frame: Frame, value: string, current: string | undefined, set: (v: string) => void, raw = value): void {
    if (current === undefined) set(value);
    else if (current !== value) this.extra(frame.path, raw, frame.at, `${frame.path} given twice; the second is kept in extra`);
  }

  /**
   * The IMO numbers the record's comments state and no document of it already gives, as documents
   * (imo-in-text.ts: the list gives a shipping company's IMO number nowhere else).
   */
  private imoDocuments(): IdentityDocument[] {
    const comments = this.draft.comments;
    return comments === undefined ? [] : imoDocumentsIn(comments, 'COMMENTS1', this.draft.documents);
  }

  /**
   * Passports and identity numbers the record's comments, its aliases and their notes name by number
   * (stated-documents.ts), less those a document of the record already numbers: a passport issued
   * under an alias ("Passport No. 284158" in the alias's note), a false identity's documents written
   * into the alias itself.
   */
  private statedDocuments(known: readonly IdentityDocument[]): IdentityDocument[] {
    const person = this.tag === 'INDIVIDUAL';
    const texts: [string, string][] = [];
    if (this.draft.comments !== undefined) texts.push([this.draft.comments, 'COMMENTS1']);
    for (const a of this.aliases) {
      texts.push([a.full, 'ALIAS_NAME']);
      if (a.note !== undefined) texts.push([a.note, `the note of alias "${a.full}"`]);
    }
    const out: IdentityDocument[] = [];
    for (const [text, field] of texts) {
      for (const d of statedDocuments(text, field, person)) {
        const number = d.number as string;
        if ([...known, ...out].some((k) => k.number !== undefined && sameDocumentNumber(k.number, number))) continue;
        out.push(d);
      }
    }
    return out;
  }

  /** The record's documents, then the IMO numbers and the documents its free text states. */
  private allDocuments(): IdentityDocument[] {
    const given = [...this.draft.documents, ...this.imoDocuments()];
    return [...given, ...this.statedDocuments(given)];
  }

  /**
   * The record's birth dates, then those its aliases' notes state and neither a date of the record
   * nor the alias's own DATE_OF_BIRTH already gives (stated-birth-dates.ts): the year of birth a
   * false identity's passport carries ("DPOB - 1977" under an alias of a record born in 1983).
   */
  private allBirthDates(): BirthDate[] {
    const out = [...this.draft.birthDates];
    const aliasDates: BirthDate[] = this.aliases.flatMap((a) => (a.birthDate === undefined ? [] : [{ kind: 'exact' as const, date: a.birthDate }]));
    for (const a of this.aliases) {
      if (a.note === undefined) continue;
      for (const d of statedBirthDates(a.note, `the note of alias "${a.full}"`)) if (!birthDateKnown(d, [...out, ...aliasDates])) out.push(d);
    }
    return out;
  }

  build(): { party: SanctionedParty; warnings: ImportWarning[] } {
    const ref = this.referenceNumber!.value;
    const parts = this.nameParts.filter((p): p is string => p !== undefined);
    if (parts.length === 0) {
      this.session.fail(`${this.tag} ${ref} has no name (FIRST_NAME to FOURTH_NAME are all empty)`, this.at, `${this.tag}/FIRST_NAME`);
    }
    const kindLetter = /^[A-Za-z]{2}([ie])\./.exec(ref)?.[1];
    if (kindLetter !== undefined && kindLetter !== (this.tag === 'INDIVIDUAL' ? 'i' : 'e')) {
      this.warn(this.referenceNumber!.at, `reference ${ref} does not look like an ${this.tag === 'INDIVIDUAL' ? 'individual' : 'entity'} reference`);
    }
    const full = parts.join(' ');
    const base = emptyParty(this.source, ref, this.draft.kind);
    const party: SanctionedParty = {
      ...this.draft,
      documents: this.allDocuments(),
      birthDates: this.allBirthDates(),
      id: base.id,
      referenceNumber: base.referenceNumber,
      caption: full,
      names: [{ type: 'primary', full, parts, quality: 'good' }, ...this.aliases, ...this.originalScripts],
    };
    const warnings = this.pending.map(({ at, message }) => ({ at: this.session.where(at), referenceNumber: ref, message }));
    return { party, warnings };
  }
}

function place(fields: Map<string, Field>): Place {
  const out: Place = {};
  const set = (key: keyof Place, field: string) => {
    const value = fields.get(field)?.value;
    if (value !== undefined) out[key] = value;
  };
  set('street', 'STREET');
  set('city', 'CITY');
  set('stateProvince', 'STATE_PROVINCE');
  set('zipCode', 'ZIP_CODE');
  set('country', 'COUNTRY');
  set('note', 'NOTE');
  return out;
}

/**
 * Coarse document kind for matching. TYPE_OF_DOCUMENT is the publisher's category and decides;
 * TYPE_OF_DOCUMENT2 only when the category is missing or says neither. (So a "National
 * Identification Number" described as "national passport number" stays national-id: that is how
 * the UN filed it.) Whitespace is flexible because older files wrap "National Identification\n Number".
 */
export function documentKind(type: string, type2?: string): DocumentKind {
  for (const text of [type, type2 ?? '']) {
    if (/pass(?:port|eport)|pasaporte/i.test(text)) return 'passport';
    if (/national\s+ident|identity\s+card|\bid\s+card|national\s+id\b/i.test(text)) return 'national-id';
  }
  return 'other';
}

/**
 * UN ALIAS_NAME may hold several names separated by "; " (";" and a line break in older files).
 * Separators inside parentheses do not split: "حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)" is a
 * name with its transliterations, and becomes "حسن غول", "Hassan Ghul", "Hassan Gul", "Hasan Gul"
 * (`expanded` tells the caller the text was interpreted beyond plain splitting).
 */
export function splitAliasNames(raw: string): { names: string[]; expanded: boolean } {
  const names: string[] = [];
  let expanded = false;
  for (const piece of splitTopLevel(raw.trim())) {
    const group = trailingGroup(piece);
    const inner = group && splitTopLevel(group.inner);
    if (group && inner && inner.length > 1) {
      expanded = true;
      if (group.head) names.push(group.head);
      names.push(...inner);
    } else {
      names.push(piece);
    }
  }
  return { names: names.filter((n) => n !== ''), expanded };
}

/** Split on ";" followed by whitespace, outside parentheses; pieces trimmed. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0 && /\s/.test(text[i + 1] ?? '')) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

/** "head (inner)" where the parenthesis closing at the very end opens at its matching "(". */
function trailingGroup(text: string): { head: string; inner: string } | undefined {
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return { head: text.slice(0, i).trim(), inner: text.slice(i + 1, -1) };
  }
  return undefined;
}

function parenthesesBalance(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
