/**
 * Minimal extraction from the OFAC legacy CSV pair sdn.csv + alt.csv, just what the eval sets need:
 * each SDN's type, programs, names (primary and aliases) and, from Remarks, its dates of birth and
 * identity-document numbers. This is NOT the OFAC list reader (its own issue); keep it small.
 *
 * Format facts (SOURCES.md): CRLF row ends, quoted fields, "-0-" (with a trailing space) for null,
 * and a final 0x1A (SUB, the old DOS end-of-file mark) after the last row, which must not be read
 * as a one-field row. Names are "LAST, First" for individuals.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from './csv.js';

export interface OfacDocument {
  /** The Remarks label, e.g. "Passport", "National ID No.". */
  type: string;
  number: string;
}

export interface OfacEntry {
  entNum: string;
  /** SDN_Type: "individual", "entity", "vessel", "aircraft"; "" when null (entities in this file). */
  type: string;
  programs: string[];
  /** The SDN name as written, e.g. "AL ZAWAHIRI, Dr. Ayman". */
  primary: string;
  /** alt.csv names with their type ("aka", "fka", "nka"). */
  aliases: { name: string; type: string }[];
  /** Full birth dates as "YYYY-MM-DD", and partial ones as "YYYY"/"YYYY-MM", from Remarks. */
  birthDates: string[];
  documents: OfacDocument[];
  remarks: string;
}

/** The OFAC null is "-0-", written with a trailing space; anything else is trimmed text. */
export function ofacField(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const t = raw.trim();
  return t === '-0-' || t === '' ? undefined : t;
}

/** Strips the 0x1A end-of-file byte (and anything after it) before CSV parsing. */
export function stripEof(text: string): string {
  const i = text.indexOf('\u001a');
  return i < 0 ? text : text.slice(0, i);
}

export function parseOfacCsv(text: string): string[][] {
  return parseCsv(stripEof(text)).filter((row) => !(row.length === 1 && (row[0] ?? '').trim() === ''));
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/**
 * Dates of birth in Remarks: "DOB 10 Dec 1948", "DOB Dec 1948", "DOB 1946", "alt. DOB ...",
 * "DOB circa 1960", "DOB 1960 to 1962". Only the first date of a range, and "circa" dates are
 * returned as their year: the eval only links on full (day-precision) dates anyway.
 */
export function ofacBirthDates(remarks: string): string[] {
  const out: string[] = [];
  const re = /DOB\s+(?:circa\s+)?(?:(\d{1,2})\s+)?(?:([A-Z][a-z]{2})\s+)?(\d{4})/g;
  for (let m = re.exec(remarks); m; m = re.exec(remarks)) {
    const [, day, mon, year] = m;
    const mm = mon ? MONTHS[mon.toLowerCase()] : undefined;
    let iso = year as string;
    if (mm) iso += `-${mm}`;
    if (mm && day) iso += `-${day.padStart(2, '0')}`;
    if (!out.includes(iso)) out.push(iso);
  }
  return out;
}

/** Passport and national-identity numbers in Remarks ("Passport 1084010 (Egypt)", "National ID No. 123"). */
export function ofacDocuments(remarks: string): OfacDocument[] {
  const out: OfacDocument[] = [];
  const re = /(Passport|National ID No\.|Identification Number|Travel Document Number)\s+(?:No\.\s*)?([A-Z0-9][A-Z0-9 /.-]*?)\s*(?=\(|;|,|\bissued\b|\bexpires\b|$)/gi;
  for (let m = re.exec(remarks); m; m = re.exec(remarks)) {
    const number = (m[2] as string).trim();
    if (/\d/.test(number)) out.push({ type: m[1] as string, number });
  }
  return out;
}

/** "AL ZAWAHIRI, Dr. Ayman" -> "Dr. Ayman AL ZAWAHIRI": the order a query would use. */
export function ofacDisplayName(name: string): string {
  const i = name.indexOf(', ');
  if (i < 0) return name.trim();
  return `${name.slice(i + 2).trim()} ${name.slice(0, i).trim()}`.replace(/\s+/g, ' ');
}

export function parseOfac(sdnText: string, altText: string): OfacEntry[] {
  const byNum = new Map<string, OfacEntry>();
  for (const row of parseOfacCsv(sdnText)) {
    const entNum = ofacField(row[0]);
    const name = ofacField(row[1]);
    if (!entNum || !name) continue;
    const remarks = ofacField(row[11]) ?? '';
    byNum.set(entNum, {
      entNum,
      type: ofacField(row[2]) ?? '',
      programs: (ofacField(row[3]) ?? '').split(/\]\s*\[|\s*;\s*/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      primary: name,
      aliases: [],
      birthDates: ofacBirthDates(remarks),
      documents: ofacDocuments(remarks),
      remarks,
    });
  }
  for (const row of parseOfacCsv(altText)) {
    const entry = byNum.get(ofacField(row[0]) ?? '');
    const name = ofacField(row[3]);
    if (entry && name) entry.aliases.push({ name, type: ofacField(row[2]) ?? '' });
  }
  return [...byNum.values()];
}

export function readOfac(sdnPath: string, altPath: string): OfacEntry[] {
  return parseOfac(readFileSync(sdnPath, 'latin1'), readFileSync(altPath, 'latin1'));
}
