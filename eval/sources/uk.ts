/**
 * Minimal extraction from the UK HM Treasury ConList CSV (legacy format), just what the eval sets
 * need: per target (Group ID) its type, regime, cited UN reference, and each name variant with its
 * date of birth. This is NOT the UK list reader: the full reader, mapping every field into the
 * canonical model, comes with its own issue; keep this one small.
 *
 * The file (see ../shared/data/sanctions/SOURCES.md): Windows-1252; row 1 "Last Updated,dd/mm/yyyy";
 * row 2 the header; then one row per name or address variant, so a target spans many rows.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from './csv.js';
import { decodeWindows1252 } from './windows-1252.js';

export interface UkName {
  /** Given names then surname, as a person would write the name (the file stores surname first). */
  full: string;
  aliasType: string;
  /** The row's date of birth as an ISO prefix ("1980", "1980-05", "1980-05-17"), if any. */
  birthDate?: string;
}

export interface UkTarget {
  groupId: string;
  groupType: string;
  regime: string;
  /** The UN reference cited in Other Information, converted to the current format ("QDi.086"). */
  unRef?: string;
  names: UkName[];
  /** Every distinct date of birth over the target's rows. */
  birthDates: string[];
}

export interface UkFile {
  lastUpdated: string;
  targets: UkTarget[];
}

/** Old UN reference letters -> the current prefix (the regime's two letters plus i/e). */
const OLD_PREFIX: Record<string, string> = { QI: 'QDi', QE: 'QDe', TI: 'TAi', TE: 'TAe' };

/**
 * Finds the UN reference in UK "Other Information" text and returns it in today's format.
 * New: "UN Ref QDi.399", also "UN REF: QDI.399", "UN Ref. CFi.005"; the UK also wrote "QD1.410"
 * once (a 1 for the i). Old: "UN Ref QI.A.86.03" (Q = Al-Qaida, I = individual, A = initial of the
 * name, 86 = number, 03 = year listed) = QDi.086; "QE.A.146.14" = QDe.146; "TI.H.10.01" = TAi.010;
 * "Q.I.A.12.01" also occurs. Other old forms (Iraq's "E.29.I.22") carry no number we can map and
 * return undefined.
 */
export function ukUnRef(otherInformation: string): string | undefined {
  const m = /UN\s*REF(?:ERENCE)?(?:\s*NO)?[.:\s]*([A-Z0-9.]+)/i.exec(otherInformation);
  if (!m) return undefined;
  const token = (m[1] as string).replace(/\.+$/, '');
  const modern = /^([A-Z]{2})([IE1])\.(\d{1,3})$/i.exec(token);
  if (modern) {
    const regime = (modern[1] as string).toUpperCase();
    const type = (modern[2] as string).toLowerCase() === 'e' ? 'e' : 'i';
    return `${regime}${type}.${(modern[3] as string).padStart(3, '0')}`;
  }
  const old = /^([QT])\.?([IE])\.[A-Z]+\.(\d{1,3})\.\d{2}$/i.exec(token);
  if (old) {
    const prefix = OLD_PREFIX[`${(old[1] as string).toUpperCase()}${(old[2] as string).toUpperCase()}`];
    if (prefix) return `${prefix}.${(old[3] as string).padStart(3, '0')}`;
  }
  return undefined;
}

/** "17/08/1957" -> "1957-08-17"; "00/00/1980" -> "1980"; "00/05/1980" -> "1980-05"; else undefined. */
export function ukDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), m[3] as string];
  if (y === '0000') return undefined;
  if (mo === 0) return y;
  const mm = String(mo).padStart(2, '0');
  if (d === 0) return `${y}-${mm}`;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

export function parseUkConList(text: string): UkFile {
  const rows = parseCsv(text);
  const first = rows[0] ?? [];
  if ((first[0] ?? '').trim() !== 'Last Updated') throw new Error('UK ConList: row 1 is not "Last Updated"');
  const header = (rows[1] ?? []).map((h) => h.trim());
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`UK ConList: no "${name}" column`);
    return i;
  };
  const cName = [col('Name 1'), col('Name 2'), col('Name 3'), col('Name 4'), col('Name 5'), col('Name 6')];
  const cDob = col('DOB');
  const cOther = col('Other Information');
  const cGroupType = col('Group Type');
  const cAlias = col('Alias Type');
  const cRegime = col('Regime');
  const cGroup = col('Group ID');

  const byGroup = new Map<string, UkTarget>();
  for (let r = 2; r < rows.length; r++) {
    const row = rows[r] as string[];
    const groupId = (row[cGroup] ?? '').trim();
    if (groupId === '') continue;
    let target = byGroup.get(groupId);
    if (!target) {
      target = { groupId, groupType: (row[cGroupType] ?? '').trim(), regime: (row[cRegime] ?? '').trim(), names: [], birthDates: [] };
      byGroup.set(groupId, target);
    }
    if (target.unRef === undefined) {
      const ref = ukUnRef(row[cOther] ?? '');
      if (ref) target.unRef = ref;
    }
    const full = cName
      .map((c) => (row[c] ?? '').trim())
      .filter((p) => p !== '')
      .join(' ')
      .replace(/\s+/g, ' ');
    const birthDate = ukDate(row[cDob] ?? '');
    if (birthDate && !target.birthDates.includes(birthDate)) target.birthDates.push(birthDate);
    if (full === '') continue;
    // Rows repeat a name once per address or date of birth: keep the first row of each name+date.
    if (target.names.some((n) => n.full === full && n.birthDate === birthDate)) continue;
    const name: UkName = { full, aliasType: (row[cAlias] ?? '').trim() };
    if (birthDate) name.birthDate = birthDate;
    target.names.push(name);
  }
  return { lastUpdated: (first[1] ?? '').trim(), targets: [...byGroup.values()] };
}

export function readUkConList(path: string): UkFile {
  return parseUkConList(decodeWindows1252(readFileSync(path)));
}
