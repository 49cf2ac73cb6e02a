/**
 * Reader for OFAC's legacy CSV set of the SDN list: sdn.csv (one row per party), alt.csv (strong
 * aliases) and add.csv (addresses), joined on ent_num. The set is what OFAC published for decades
 * and what many systems still archive; the 2024 copy in ../shared has only sdn.csv, which reads
 * alone (its only aliases are then the weak ones inside Remarks).
 *
 * Format facts (../shared/data/sanctions/SOURCES.md):
 * - no header row; CRLF row ends; fields quoted when text, "-0- " (with a space) for null;
 * - a 0x1A byte (the DOS end-of-file mark) after the last row. Missing, it means the file was
 *   re-saved by another tool or cut short at a row boundary: reported as a warning;
 * - sdn.csv columns: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
 *   Vess_flag, Vess_owner, Remarks. SDN_Type is null for entities. Several programs are written
 *   "SDGT] [IRGC] [IFSR" (the file format's "[...]" list with the outer brackets dropped);
 * - Remarks is cut at 1,000 characters; birth dates, documents, nationality and weak a.k.a.s are
 *   only there (parsed by ofac-remarks.ts; the whole text is kept in `comments`);
 * - the files carry no publication date.
 *
 * Refused (ListFormatError): bytes that are not UTF-8, broken CSV, a row with the wrong number of
 * fields, a missing or non-numeric or repeated ent_num, a party without a name, alt/add rows whose
 * ent_num is not in sdn.csv (files from two different publications), and data after the 0x1A mark.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ListFormatError, formatLocation } from './errors.js';
import { emptyParty, type AliasQuality, type ImportWarning, type ListSnapshot, type PartyKind, type PartyName, type SanctionedParty } from './model.js';
import { parseOfacRemarks } from './ofac-remarks.js';
import { csvRecords, decodeUtf8Strict, lineOfOffset } from './source-text.js';

export const OFAC_CSV_FORMAT = 'ofac-csv';
export const OFAC_PUBLISHER = 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)';
export const OFAC_SDN_SOURCE = 'ofac-sdn';

/** The legacy format cuts Remarks at this many characters. */
const REMARKS_LIMIT = 1000;
const EOF_MARK = 0x1a;

const SDN_COLUMNS = ['ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign', 'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks'] as const;
const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'] as const;
const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'City/State/Province/Postal Code', 'country', 'add_remarks'] as const;

const KINDS: Record<string, PartyKind> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft' };
const ALIAS_TYPES: Record<string, AliasQuality> = { aka: 'aka', fka: 'fka', nka: 'nka' };

export interface OfacCsvFile {
  bytes: Uint8Array;
  name: string;
}

export interface OfacCsvFiles {
  sdn: OfacCsvFile;
  alt?: OfacCsvFile;
  add?: OfacCsvFile;
}

export interface OfacCsvOptions {
  /** Source key for the parties (default "ofac-sdn"). */
  source?: string;
}

/** One row as named fields, nulls already turned into undefined. */
type Row = { line: number; file: string; get(column: string): string | undefined };

export function readOfacLegacyCsv(files: OfacCsvFiles, options: OfacCsvOptions = {}): ListSnapshot {
  const source = options.source ?? OFAC_SDN_SOURCE;
  const warnings: ImportWarning[] = [];
  const parties = new Map<string, SanctionedParty>();

  for (const row of rows(files.sdn, SDN_COLUMNS, warnings)) {
    const entNum = entNumber(row);
    if (parties.has(entNum)) {
      throw new ListFormatError(row.file, `ent_num ${entNum} is used twice; the list contradicts itself`, { line: row.line, field: 'ent_num' });
    }
    parties.set(entNum, sdnParty(row, entNum, source, warnings));
  }
  if (files.alt) {
    for (const row of rows(files.alt, ALT_COLUMNS, warnings)) addAlias(row, owner(row, parties, files.sdn.name), warnings);
  }
  if (files.add) {
    for (const row of rows(files.add, ADD_COLUMNS, warnings)) addAddress(row, owner(row, parties, files.sdn.name));
  }
  if (!files.alt && !files.add) {
    warnings.push({
      at: files.sdn.name,
      message: 'read without alt.csv and add.csv: strong aliases and addresses are only in those files (the aliases here are the weak ones from Remarks)',
    });
  }
  if (parties.size === 0) warnings.push({ at: files.sdn.name, message: 'the file contains no SDN entries' });
  return { source, format: OFAC_CSV_FORMAT, publisher: OFAC_PUBLISHER, parties: [...parties.values()], warnings };
}

/** The rows of one file of the set, checked for shape; nulls ("-0-") become undefined. */
function rows(file: OfacCsvFile, columns: readonly string[], warnings: ImportWarning[]): Row[] {
  const text = decodeUtf8Strict(withoutEofMark(file, warnings), file.name);
  const records = csvRecords(text, file.name);
  // Some re-publications add a header row; OFAC's own files have none.
  if (records[0]?.fields[0]?.trim() === 'ent_num') records.shift();
  return records.map(({ line, fields }) => {
    if (fields.length !== columns.length) {
      throw new ListFormatError(file.name, `${fields.length} fields, expected ${columns.length} (${columns.join(', ')})`, { line });
    }
    return {
      line,
      file: file.name,
      get(column: string) {
        const raw = fields[columns.indexOf(column)];
        const value = raw?.trim();
        return value === undefined || value === '' || value === '-0-' ? undefined : value;
      },
    };
  });
}

/** The bytes before the 0x1A mark; refuses data after it, warns when it is missing. */
function withoutEofMark(file: OfacCsvFile, warnings: ImportWarning[]): Uint8Array {
  const mark = file.bytes.indexOf(EOF_MARK);
  if (mark < 0) {
    warnings.push({
      at: file.name,
      message: 'no end-of-file byte (0x1A) after the last row: the file was re-saved by another tool or may be cut short',
    });
    return file.bytes;
  }
  const after = file.bytes.subarray(mark + 1);
  const stray = after.findIndex((b) => !(b === 0x0d || b === 0x0a || b === 0x20 || b === 0x09 || b === EOF_MARK));
  if (stray >= 0) {
    throw new ListFormatError(file.name, 'data after the end-of-file byte (0x1A): two files joined, or a damaged file', {
      line: lineOfOffset(file.bytes, mark + 1 + stray),
    });
  }
  return file.bytes.subarray(0, mark);
}

function entNumber(row: Row): string {
  const value = row.get('ent_num');
  if (value === undefined || !/^\d+$/.test(value)) {
    throw new ListFormatError(row.file, `ent_num ${value === undefined ? 'is missing' : `"${value}" is not a number`}`, { line: row.line, field: 'ent_num' });
  }
  return value;
}

function owner(row: Row, parties: Map<string, SanctionedParty>, sdnName: string): SanctionedParty {
  const entNum = entNumber(row);
  const party = parties.get(entNum);
  if (!party) {
    throw new ListFormatError(row.file, `ent_num ${entNum} is not in ${sdnName}: the files are from different publications`, { line: row.line, field: 'ent_num' });
  }
  return party;
}

function sdnParty(row: Row, entNum: string, source: string, warnings: ImportWarning[]): SanctionedParty {
  const at = formatLocation(row.file, row.line);
  const warn = (message: string) => warnings.push({ at, referenceNumber: entNum, message });
  const name = row.get('SDN_Name');
  if (name === undefined) throw new ListFormatError(row.file, `SDN entry ${entNum} has no name`, { line: row.line, field: 'SDN_Name' });

  const type = row.get('SDN_Type');
  let kind: PartyKind = 'organization'; // OFAC leaves SDN_Type null for entities
  if (type !== undefined) {
    const known = KINDS[type.toLowerCase()];
    if (known) kind = known;
    else {
      kind = 'unknown';
      warn(`unknown SDN_Type "${type}"; read as unknown, kept in extra`);
    }
  }
  const party = emptyParty(source, entNum, kind);
  if (kind === 'unknown') party.extra.push({ field: 'SDN_Type', value: type! });
  party.caption = name;
  // Individuals are "SURNAME, Given Names"; the parts are kept in that source order.
  const parts = kind === 'person' ? name.split(',').map((p) => p.trim()) : [];
  party.names.push(parts.length === 2 && parts.every((p) => p !== '') ? { type: 'primary', full: name, parts, quality: 'good' } : { type: 'primary', full: name, quality: 'good' });

  const programs = row.get('Program');
  if (programs !== undefined) {
    party.programs = programs.split(/\]\s*\[/).map((p) => p.replace(/^\[|\]$/g, '').trim()).filter((p) => p !== '');
    if (party.programs[0] !== undefined) party.listType = party.programs[0];
  }
  const title = row.get('Title');
  if (title !== undefined) party.titles.push(title);
  vesselFields(row, party);

  const remarks = row.get('Remarks');
  if (remarks !== undefined) {
    party.comments = remarks;
    const parsed = parseOfacRemarks(remarks, REMARKS_LIMIT);
    party.birthDates.push(...parsed.birthDates);
    party.birthPlaces.push(...parsed.birthPlaces);
    party.nationalities.push(...parsed.nationalities);
    party.genders.push(...parsed.genders);
    party.documents.push(...parsed.documents);
    party.names.push(...parsed.weakAliases);
    party.extra.push(...parsed.facts);
    if (parsed.imoNumbers.length > 0) party.vessel = { ...party.vessel, imoNumber: parsed.imoNumbers.join('; ') };
    for (const problem of parsed.problems) warn(`Remarks: ${problem}`);
  }
  return party;
}

function vesselFields(row: Row, party: SanctionedParty): void {
  const fields = {
    callSign: row.get('Call_Sign'),
    vesselType: row.get('Vess_type'),
    tonnage: row.get('Tonnage'),
    grossRegisteredTonnage: row.get('GRT'),
    flag: row.get('Vess_flag'),
    owner: row.get('Vess_owner'),
  };
  const present = Object.entries(fields).filter(([, v]) => v !== undefined);
  if (present.length > 0) party.vessel = Object.fromEntries(present);
}

function addAlias(row: Row, party: SanctionedParty, warnings: ImportWarning[]): void {
  const name = row.get('alt_name');
  if (name === undefined) throw new ListFormatError(row.file, `alias row for ent_num ${party.referenceNumber} has no alt_name`, { line: row.line, field: 'alt_name' });
  const type = row.get('alt_type');
  let quality: AliasQuality = 'unspecified';
  if (type !== undefined) {
    const known = ALIAS_TYPES[type.toLowerCase()];
    if (known) quality = known;
    else {
      party.extra.push({ field: 'alt.csv/alt_type', value: type });
      warnings.push({ at: formatLocation(row.file, row.line), referenceNumber: party.referenceNumber, message: `unknown alt_type "${type}" for "${name}"; read as unspecified, kept in extra` });
    }
  }
  const alias: PartyName = { type: 'alias', full: name, quality };
  const note = row.get('alt_remarks');
  if (note !== undefined) alias.note = note;
  // Weak aliases (from Remarks) were added with the sdn row; strong ones go before them, after the
  // strong ones already read, so the order is: primary, strong (file order), weak (Remarks order).
  const firstWeak = party.names.findIndex((n) => n.type === 'alias' && n.quality === 'low');
  if (firstWeak < 0) party.names.push(alias);
  else party.names.splice(firstWeak, 0, alias);
  // The publisher's alias id, in the same order as the strong aliases (diffs can tell a renamed
  // alias from a replaced one by it).
  const altNum = row.get('alt_num');
  if (altNum !== undefined) party.extra.push({ field: 'alt.csv/alt_num', value: altNum });
}

function addAddress(row: Row, party: SanctionedParty): void {
  const place = {
    street: row.get('address'),
    // OFAC puts city, state and postal code in one column ("London EC3N 1DY"); kept as written.
    city: row.get('City/State/Province/Postal Code'),
    country: row.get('country'),
    note: row.get('add_remarks'),
  };
  const present = Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined));
  if (Object.keys(present).length > 0) party.addresses.push(present);
  const addNum = row.get('add_num');
  if (addNum !== undefined) party.extra.push({ field: 'add.csv/add_num', value: addNum });
}

/**
 * The alt/add files beside an sdn file, found by name: the last "sdn" in the base name is replaced
 * by "alt" and "add" (ofac-sdn-2021-04-sdn.csv -> ofac-sdn-2021-04-alt.csv; sdn.csv -> alt.csv).
 * Case-insensitive, as the files travel through Windows shares; only files that exist are returned.
 */
export function ofacCompanionFiles(sdnPath: string): { alt?: string; add?: string } {
  const dir = dirname(sdnPath);
  const base = basename(sdnPath);
  const at = base.toLowerCase().lastIndexOf('sdn');
  if (at < 0) return {};
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return {};
  }
  const find = (word: string) => {
    const wanted = (base.slice(0, at) + word + base.slice(at + 3)).toLowerCase();
    const hit = entries.find((e) => e.toLowerCase() === wanted);
    return hit === undefined ? undefined : join(dir, hit);
  };
  const out: { alt?: string; add?: string } = {};
  const alt = find('alt');
  const add = find('add');
  if (alt !== undefined) out.alt = alt;
  if (add !== undefined) out.add = add;
  return out;
}

/**
 * Content detection for readListBytes: the first row of an sdn.csv is a number, a quoted name, and
 * a type or the null mark. Returns which file of the set it is.
 */
export function detectOfacCsv(head: string): 'sdn' | 'alt' | 'add' | undefined {
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (/^\d+,"[^"]*",(?:"(?:individual|vessel|aircraft)"|-0- ?),/i.test(first)) return 'sdn';
  if (/^\d+,\d+,"(?:aka|fka|nka)",/i.test(first)) return 'alt';
  if (/^\d+,\d+,(?:"[^"]*"|-0- ?),(?:"[^"]*"|-0- ?),(?:"[^"]*"|-0- ?),(?:"[^"]*"|-0- ?)\s*$/.test(first)) return 'add';
  return undefined;
}
