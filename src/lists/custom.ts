import { parseCsvWithHeader, CsvError } from '../util/csv.js';
import { ListFormatError } from './errors.js';
import { emptyParty, type ImportWarning, type ListSnapshot, type PartyKind, type SanctionedParty } from './model.js';
import { nameTooLong } from '../names/name-limits.js';

/**
 * An organisation's own watch list, as CSV (header row) or JSON Lines, with the same property names as
 * screening queries (FollowTheMoney style), so one vocabulary serves both:
 *
 *   id (required, unique), schema, name (required; the first is the primary name, the rest aliases),
 *   alias, birthDate, nationality, country, gender, idNumber, passportNumber, address, imoNumber,
 *   listType, listedOn, notes
 *
 * In JSON Lines a property is a string or an array of strings; in CSV several values share a cell,
 * separated by ";". Unknown properties are kept in `extra` and reported, never dropped.
 */
export const CUSTOM_PROPERTIES = [
  'id',
  'schema',
  'name',
  'alias',
  'birthDate',
  'nationality',
  'country',
  'gender',
  'idNumber',
  'passportNumber',
  'address',
  'imoNumber',
  'listType',
  'listedOn',
  'notes',
] as const;

const SCHEMA_KINDS: Record<string, PartyKind> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: 'unknown',
  Vessel: 'vessel',
  Aircraft: 'aircraft',
};

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function validDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12) return false;
  const lastDay = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= lastDay;
}

type RawRecord = Record<string, unknown>;

function values(raw: RawRecord, key: string, file: string, line: number, splitCells: boolean): string[] {
  const v = raw[key];
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      throw new ListFormatError(file, `property "${key}" must be a string or an array of strings`, { line, field: key });
    }
    const parts = splitCells ? String(item).split(';') : [String(item)];
    for (const part of parts) {
      const t = part.trim();
      if (t !== '') out.push(t);
    }
  }
  return out;
}

function toParty(raw: RawRecord, source: string, file: string, line: number, splitCells: boolean, warnings: ImportWarning[]): SanctionedParty {
  const at = `${file}:${line}`;
  const get = (key: string) => values(raw, key, file, line, splitCells);
  const ids = get('id');
  if (ids.length !== 1) throw new ListFormatError(file, `"id" is required and must be a single value`, { line, field: 'id' });
  const schemaText = get('schema')[0] ?? 'LegalEntity';
  const kind = SCHEMA_KINDS[schemaText];
  if (!kind) {
    throw new ListFormatError(file, `schema "${schemaText}" is not one of ${Object.keys(SCHEMA_KINDS).join(', ')}`, { line, field: 'schema' });
  }
  const names = get('name');
  if (names.length === 0) throw new ListFormatError(file, `"name" is required`, { line, field: 'name' });
  const aliases = get('alias');
  for (const [key, list] of [['name', names], ['alias', aliases]] as const) {
    for (const n of list) {
      const problem = nameTooLong(n);
      if (problem !== undefined) throw new ListFormatError(file, `${key}: ${problem}`, { line, field: key });
    }
  }
  const party = emptyParty(source, ids[0]!, kind);
  party.caption = names[0]!;
  party.names.push({ type: 'primary', full: names[0]!, quality: 'good' });
  for (const alias of [...names.slice(1), ...aliases]) party.names.push({ type: 'alias', full: alias, quality: 'unspecified' });
  for (const d of get('birthDate')) {
    if (!validDate(d)) {
      throw new ListFormatError(file, `birthDate "${d}" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)`, { line, field: 'birthDate' });
    }
    party.birthDates.push({ kind: 'exact', date: d });
  }
  party.nationalities.push(...get('nationality'));
  party.genders.push(...get('gender'));
  for (const c of get('country')) party.addresses.push({ country: c });
  for (const a of get('address')) party.addresses.push({ full: a });
  for (const n of get('idNumber')) party.documents.push({ kind: 'national-id', type: 'idNumber', number: n });
  for (const n of get('passportNumber')) party.documents.push({ kind: 'passport', type: 'passportNumber', number: n });
  const imo = get('imoNumber');
  if (imo.length > 0) party.vessel = { imoNumber: imo.join('; ') };
  const listType = get('listType');
  if (listType.length > 0) party.listType = listType.join('; ');
  const listedOn = get('listedOn')[0];
  if (listedOn !== undefined) {
    if (!validDate(listedOn)) throw new ListFormatError(file, `listedOn "${listedOn}" is not a valid date`, { line, field: 'listedOn' });
    party.listedOn = listedOn;
  }
  const notes = get('notes');
  if (notes.length > 0) party.comments = notes.join('\n');
  for (const key of Object.keys(raw)) {
    if ((CUSTOM_PROPERTIES as readonly string[]).includes(key)) continue;
    const kept = values(raw, key, file, line, false);
    for (const value of kept) party.extra.push({ field: key, value });
    if (kept.length > 0) warnings.push({ at, referenceNumber: party.referenceNumber, message: `unknown property "${key}" kept as extra` });
  }
  return party;
}

function checkUnique(parties: SanctionedParty[], lines: number[], file: string): void {
  const seen = new Map<string, number>();
  parties.forEach((p, k) => {
    const prev = seen.get(p.referenceNumber);
    if (prev !== undefined) {
      throw new ListFormatError(file, `id "${p.referenceNumber}" already used on line ${prev}`, { line: lines[k]!, field: 'id' });
    }
    seen.set(p.referenceNumber, lines[k]!);
  });
}

export function readCustomJsonl(text: string, file: string, source: string): ListSnapshot {
  const parties: SanctionedParty[] = [];
  const lines: number[] = [];
  const warnings: ImportWarning[] = [];
  text.split(/\r?\n/).forEach((lineText, k) => {
    const line = k + 1;
    if (lineText.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(lineText);
    } catch (err) {
      throw new ListFormatError(file, `not valid JSON (${(err as Error).message})`, { line });
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new ListFormatError(file, `each line must be a JSON object`, { line });
    }
    parties.push(toParty(raw as RawRecord, source, file, line, false, warnings));
    lines.push(line);
  });
  checkUnique(parties, lines, file);
  return { source, format: 'custom-jsonl', publisher: source, parties, warnings };
}

export function readCustomCsv(text: string, file: string, source: string): ListSnapshot {
  let table: ReturnType<typeof parseCsvWithHeader>;
  try {
    table = parseCsvWithHeader(text);
  } catch (err) {
    if (err instanceof CsvError) throw new ListFormatError(file, err.message.replace(/^line \d+: /, ''), { line: err.line });
    throw err;
  }
  if (!table.header.includes('id') || !table.header.includes('name')) {
    throw new ListFormatError(file, `the header row must name at least the columns "id" and "name"`, { line: 1 });
  }
  const warnings: ImportWarning[] = [];
  const parties = table.rows.map((r) => toParty(r.values, source, file, r.line, true, warnings));
  checkUnique(
    parties,
    table.rows.map((r) => r.line),
    file,
  );
  return { source, format: 'custom-csv', publisher: source, parties, warnings };
}
