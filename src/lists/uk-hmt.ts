/**
 * Reader for the UK HM Treasury / OFSI Consolidated List of Financial Sanctions Targets in its
 * legacy CSV format (ConList.csv), as in ../shared/data/sanctions/uk-hmt-conlist-2018-04-13.csv.
 *
 * Format facts (SOURCES.md, and checked against the file):
 * - Windows-1252, LF row ends. (A file that is valid UTF-8 throughout is read as UTF-8: Windows-1252
 *   text with any byte above 0x7F is practically never valid UTF-8, while reading real UTF-8 as
 *   Windows-1252 would silently turn "é" into "Ã©".)
 * - Row 1: "Last Updated,dd/mm/yyyy" -> generatedAt. Row 2: the header. Then one row per name
 *   variant (and per date-of-birth and address variant: a person with 3 names and 2 birth dates has
 *   6 rows), grouped by Group ID, the target. Rows of one target are not always adjacent.
 * - Name 6 is the surname, Name 1-5 the other names; the full name is written given names first.
 * - DOB is dd/mm/yyyy with 00 for an unknown day or month: "00/00/1980" is the year 1980.
 * - Other Information cites the UN reference of UN-derived targets, in the current form
 *   ("UN Ref QDi.421") or the old one ("UN Ref QI.A.86.03" = QDi.086); un-ref.ts reads both, and the
 *   reference is kept as a typed link candidate (extra UN_REFERENCE, `citedUnReferences`).
 *
 * Each target becomes one party whose lists hold the distinct values of its rows, in row order.
 * Free-text columns (Passport Details, NI Number, Nationality) are kept as written; documents get a
 * number only where one can be picked out without guessing (see `documentsFrom`).
 *
 * Refused (ListFormatError): a first row that is not "Last Updated", a header missing a required
 * column, a row with a different number of fields, a row without Group ID or without any name, and
 * a target whose rows disagree on whether it is an individual or an entity.
 */
import { composeDate } from './dates.js';
import { ListFormatError, formatLocation } from './errors.js';
import { imoDocumentsIn } from './imo-in-text.js';
import { documentNumberIn } from './stated-documents.js';
import {
  emptyParty,
  type AliasQuality,
  type IdentityDocument,
  type ImportWarning,
  type ListSnapshot,
  type PartyKind,
  type PartyName,
  type Place,
  type SanctionedParty,
} from './model.js';
import { csvRecords, decodeWindows1252 } from './source-text.js';
import { UN_REFERENCE_FIELD, findCitedUnReferences } from './un-ref.js';

export { citedUnReferences } from './un-ref.js';

export const UK_HMT_FORMAT = 'uk-hmt-csv';
export const UK_HMT_SOURCE = 'uk-hmt';
export const UK_HMT_PUBLISHER = 'HM Treasury, Office of Financial Sanctions Implementation (OFSI)';

const NAME_COLUMNS = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'] as const;
const ADDRESS_COLUMNS = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6'] as const;
/** Every column this reader maps; any other column is kept in `extra` and reported. */
const KNOWN_COLUMNS = new Set<string>([
  ...NAME_COLUMNS, 'Title', 'DOB', 'Town of Birth', 'Country of Birth', 'Nationality', 'Passport Details', 'NI Number',
  'Position', ...ADDRESS_COLUMNS, 'Post/Zip Code', 'Country', 'Other Information', 'Group Type', 'Alias Type', 'Regime',
  'Listed On', 'Last Updated', 'Group ID',
]);
const REQUIRED_COLUMNS = ['Name 6', 'Group Type', 'Alias Type', 'Group ID'];

const KINDS: Record<string, PartyKind> = { individual: 'person', entity: 'organization', ship: 'vessel' };
const ALIAS_TYPES: Record<string, AliasQuality> = { aka: 'aka', fka: 'fka' };

export interface UkHmtOptions {
  /** Source key for the parties (default "uk-hmt"). */
  source?: string;
}

interface Row {
  line: number;
  get(column: string): string;
}

export function readUkHmtCsv(bytes: Uint8Array, file: string, options: UkHmtOptions = {}): ListSnapshot {
  const source = options.source ?? UK_HMT_SOURCE;
  const records = csvRecords(decodeText(bytes), file);
  const first = records[0];
  if (first === undefined || first.fields[0]?.trim() !== 'Last Updated') {
    throw new ListFormatError(file, 'not a UK HM Treasury ConList CSV: the first row must be "Last Updated,dd/mm/yyyy"', { line: first?.line ?? 1 });
  }
  const generatedAt = ukDate(first.fields[1] ?? '');
  if (!generatedAt.ok) throw new ListFormatError(file, `the list date "${first.fields[1] ?? ''}" is not dd/mm/yyyy`, { line: first.line, field: 'Last Updated' });
  const headerRecord = records[1];
  if (headerRecord === undefined) throw new ListFormatError(file, 'the header row is missing', { line: first.line + 1 });
  const header = headerRecord.fields.map((h) => h.trim());
  for (const column of REQUIRED_COLUMNS) {
    if (!header.includes(column)) throw new ListFormatError(file, `the header has no "${column}" column`, { line: headerRecord.line, field: column });
  }
  const warnings: ImportWarning[] = [];
  const unknownColumns = header.filter((h) => h !== '' && !KNOWN_COLUMNS.has(h));
  for (const column of unknownColumns) warnings.push({ at: formatLocation(file, headerRecord.line), message: `unknown column "${column}"; its values are kept in extra` });

  // Group rows by target, keeping first-seen order.
  const groups = new Map<string, Row[]>();
  for (const { line, fields } of records.slice(2)) {
    if (fields.length !== header.length) {
      throw new ListFormatError(file, `${fields.length} fields, but the header has ${header.length}`, { line });
    }
    const row: Row = { line, get: (column) => (fields[header.indexOf(column)] ?? '').trim() };
    const groupId = row.get('Group ID');
    if (!/^\d+$/.test(groupId)) {
      throw new ListFormatError(file, groupId === '' ? 'the row has no Group ID' : `Group ID "${groupId}" is not a number`, { line, field: 'Group ID' });
    }
    const rows = groups.get(groupId);
    if (rows) rows.push(row);
    else groups.set(groupId, [row]);
  }
  const parties = [...groups].map(([groupId, rows]) => new TargetBuilder(file, source, groupId, rows, unknownColumns, warnings).build());
  if (parties.length === 0) warnings.push({ at: file, message: 'the list contains no targets' });
  return { source, format: UK_HMT_FORMAT, publisher: UK_HMT_PUBLISHER, generatedAt: generatedAt.value, parties, warnings };
}

/** Windows-1252 unless the whole file is valid UTF-8 (see the header comment). */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** "dd/mm/yyyy" with "00" for unknown day or month -> "YYYY[-MM[-DD]]". */
export function ukDate(text: string): { ok: true; value: string } | { ok: false; reason: string } {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!m) return { ok: false, reason: `"${text.trim()}" is not dd/mm/yyyy` };
  const [, day, month, year] = m;
  if (month === '00' && day !== '00') return { ok: false, reason: `"${text.trim()}" has a day but no month` };
  const parsed = composeDate(year!, month === '00' ? undefined : month, day === '00' ? undefined : day);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: parsed.reason };
}

/** One target (Group ID) from its rows. */
class TargetBuilder {
  private readonly party: SanctionedParty;

  constructor(
    private readonly file: string,
    source: string,
    private readonly groupId: string,
    private readonly rows: Row[],
    private readonly unknownColumns: string[],
    private readonly warnings: ImportWarning[],
  ) {
    const { kind, unknownType } = this.kind();
    this.party = emptyParty(source, groupId, kind);
    if (unknownType !== undefined) {
      this.party.extra.push({ field: 'Group Type', value: unknownType });
      this.warn(rows[0]!.line, `unknown Group Type "${unknownType}"; read as unknown, kept in extra`);
    }
  }

  build(): SanctionedParty {
    const { party } = this;
    this.names();
    for (const value of this.distinct('Title')) party.titles.push(value);
    for (const value of this.distinct('Position')) party.designations.push(value);
    for (const value of this.distinct('Nationality')) pushNew(party.nationalities, ...enumerated(value));
    this.birthDates();
    this.birthPlaces();
    for (const value of this.distinct('Passport Details')) party.documents.push(...documentsFrom(value, 'passport', 'Passport Details'));
    for (const value of this.distinct('NI Number')) party.documents.push(...documentsFrom(value, 'national-id', 'NI Number'));
    this.addresses();
    const regimes = this.distinct('Regime');
    if (regimes[0] !== undefined) party.listType = regimes[0];
    party.programs.push(...regimes);
    this.listingDates();
    const other = this.distinct('Other Information');
    if (other.length > 0) {
      party.comments = other.join('\n');
      this.unReferences(other.join('\n'));
      // The IMO number of a ship it lists as an entity, or of a shipping company (imo-in-text.ts).
      party.documents.push(...imoDocumentsIn(party.comments, 'Other Information', party.documents));
    }
    for (const column of this.unknownColumns) {
      for (const value of this.distinct(column)) party.extra.push({ field: column, value });
    }
    return party;
  }

  /** The target's kind; its rows must agree on it. An unknown Group Type is kept and reported. */
  private kind(): { kind: PartyKind; unknownType?: string } {
    const types = this.distinct('Group Type');
    if (types.length > 1) {
      const row = this.rows.find((r) => r.get('Group Type') === types[1])!;
      throw new ListFormatError(this.file, `Group ID ${this.groupId} is "${types[0]}" on line ${this.rows[0]!.line} but "${types[1]}" here`, { line: row.line, field: 'Group Type' });
    }
    const type = types[0] ?? '';
    const kind = KINDS[type.toLowerCase()];
    return kind ? { kind } : { kind: 'unknown', unknownType: type };
  }

  private names(): void {
    const { party } = this;
    const primaries: PartyName[] = [];
    const aliases: PartyName[] = [];
    const seen = new Set<string>();
    for (const row of this.rows) {
      const parts = NAME_COLUMNS.map((c) => row.get(c)).filter((p) => p !== '');
      if (parts.length === 0) throw new ListFormatError(this.file, `the row of Group ID ${this.groupId} has no name (Name 1 to Name 6 are empty)`, { line: row.line, field: 'Name 6' });
      // Name 6 is the surname: written last, as the name is said.
      const full = parts.join(' ');
      const aliasType = row.get('Alias Type');
      const key = `${aliasType}\u0000${full}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Parts say something only when there are several (an entity's whole name is in Name 6).
      const split = parts.length > 1 ? { parts } : {};
      if (aliasType === 'Prime Alias') {
        primaries.push({ type: 'primary', full, ...split, quality: 'good' });
        continue;
      }
      let quality = ALIAS_TYPES[aliasType.toLowerCase()];
      if (quality === undefined) {
        quality = 'unspecified';
        party.extra.push({ field: 'Alias Type', value: aliasType });
        this.warn(row.line, `unknown Alias Type "${aliasType}" for "${full}"; read as unspecified, kept in extra`);
      }
      aliases.push({ type: 'alias', full, ...split, quality });
    }
    let primary = primaries[0];
    if (primary === undefined) {
      // Every target in the 2018 file has one; without it the first name stands in.
      primary = { ...aliases.shift()!, type: 'primary', quality: 'good' };
      this.warn(this.rows[0]!.line, `no "Prime Alias" row; "${primary.full}" is used as the primary name`);
    }
    for (const extra of primaries.slice(1)) {
      aliases.unshift({ ...extra, type: 'alias', quality: 'good', note: 'also marked Prime Alias' });
      this.warn(this.rows[0]!.line, `more than one "Prime Alias" name; "${extra.full}" is kept as an alias`);
    }
    party.caption = primary.full;
    // An alias identical to the primary name (a row repeated for another date of birth) adds nothing.
    party.names.push(primary, ...aliases.filter((a) => a.full !== primary!.full));
  }

  private birthDates(): void {
    for (const { value, line } of this.distinctWithLine('DOB')) {
      const parsed = ukDate(value);
      if (parsed.ok) this.party.birthDates.push({ kind: 'exact', date: parsed.value });
      else {
        this.party.extra.push({ field: 'DOB', value });
        this.warn(line, `DOB: ${parsed.reason}; kept in extra`);
      }
    }
  }

  private birthPlaces(): void {
    const seen = new Set<string>();
    for (const row of this.rows) {
      const city = row.get('Town of Birth');
      const country = row.get('Country of Birth');
      if (city === '' && country === '') continue;
      const key = `${city}\u0000${country}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const place: Place = {};
      if (city !== '') place.city = city;
      if (country !== '') place.country = country;
      this.party.birthPlaces.push(place);
    }
  }

  private addresses(): void {
    const seen = new Set<string>();
    for (const row of this.rows) {
      const lines = ADDRESS_COLUMNS.map((c) => row.get(c)).filter((l) => l !== '');
      const zip = row.get('Post/Zip Code');
      const country = row.get('Country');
      if (lines.length === 0 && zip === '' && country === '') continue;
      const place: Place = {};
      if (lines.length > 0) place.full = lines.join(', ');
      if (zip !== '') place.zipCode = zip;
      if (country !== '') place.country = country;
      const key = JSON.stringify(place);
      if (seen.has(key)) continue;
      seen.add(key);
      this.party.addresses.push(place);
    }
  }

  /** Listed On: the earliest is the listing date; a target listed under two regimes has two. */
  private listingDates(): void {
    const listed: string[] = [];
    for (const { value, line } of this.distinctWithLine('Listed On')) {
      const parsed = ukDate(value);
      if (parsed.ok) listed.push(parsed.value);
      else {
        this.party.extra.push({ field: 'Listed On', value });
        this.warn(line, `Listed On: ${parsed.reason}; kept in extra`);
      }
    }
    listed.sort();
    if (listed[0] !== undefined) this.party.listedOn = listed[0];
    for (const later of listed.slice(1)) this.party.extra.push({ field: 'Listed On', value: later });
    for (const { value, line } of this.distinctWithLine('Last Updated')) {
      const parsed = ukDate(value);
      if (parsed.ok) pushNew(this.party.amendedOn, parsed.value);
      else {
        this.party.extra.push({ field: 'Last Updated', value });
        this.warn(line, `Last Updated: ${parsed.reason}; kept in extra`);
      }
    }
    this.party.amendedOn.sort();
  }

  private unReferences(text: string): void {
    const { refs, unrecognised } = findCitedUnReferences(text);
    for (const ref of refs) this.party.extra.push({ field: UN_REFERENCE_FIELD, value: ref.ref });
    for (const raw of unrecognised) {
      this.warn(this.rows[0]!.line, `Other Information cites UN reference "${raw}", which is not in a form that maps to a current UN reference; not used for linking`);
    }
  }

  private distinct(column: string): string[] {
    return this.distinctWithLine(column).map((v) => v.value);
  }

  private distinctWithLine(column: string): { value: string; line: number }[] {
    const out: { value: string; line: number }[] = [];
    for (const row of this.rows) {
      const value = row.get(column);
      if (value !== '' && !out.some((o) => o.value === value)) out.push({ value, line: row.line });
    }
    return out;
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ at: formatLocation(this.file, line), referenceNumber: this.groupId, message });
  }
}

function pushNew(list: string[], ...values: string[]): void {
  for (const v of values) if (!list.includes(v)) list.push(v);
}

/** "(1) Mauritanian (2) Malian" or "1) Saudi Arabia 2) Qatar" -> each; other text stays whole. */
export function enumerated(text: string): string[] {
  if (!/^\s*\(?1\)/.test(text)) return [text.trim()];
  return text
    .split(/\(?\d{1,2}\)/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Documents from a free-text cell such as "(1) K929139 (Tunisian). Issued on 14 Feb 1995. (2)
 * 00319547 (Tunisian)". Each enumerated piece is one document whose note is the piece as written;
 * its number is the first token with at least five digits that is not a date ("03/07/1996"),
 * joined with a one- or two-letter series prefix written apart ("D 000763"). A piece without such
 * a token keeps only its note.
 */
export function documentsFrom(text: string, kind: 'passport' | 'national-id', type: string): IdentityDocument[] {
  const pieces = text
    .split(/\(\d{1,2}\)|(?:^|\s)\(?[a-hA-H]\)\s/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // Text before the first enumerated piece is a heading ("Jordanian passport numbers (1) ..."):
  // it belongs to each document's note, not to a document of its own.
  let heading = '';
  if (pieces.length > 1 && documentNumberIn(pieces[0]!) === undefined) heading = `${pieces.shift()!.replace(/[:.]$/, '')}: `;
  return pieces.map((piece) => {
    const doc: IdentityDocument = { kind, type, note: heading + piece };
    const number = documentNumberIn(piece);
    if (number !== undefined) doc.number = number;
    return doc;
  });
}

/** Content detection: the first row is "Last Updated,..." and the second names Group ID. */
export function looksLikeUkHmtCsv(head: string): boolean {
  const [first, second] = head.replace(/^\uFEFF/, '').split(/\r?\n/, 2);
  return /^"?Last Updated"?,/.test(first ?? '') && /\bGroup ID\b/.test(second ?? '');
}
