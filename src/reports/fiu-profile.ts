/**
 * FIU profiles. goAML is one format with many dialects: every financial intelligence unit publishes
 * its own XSD with its own report codes, lookup values (currencies, transaction modes, funds types,
 * indicators, item types) and its own extra mandatory fields. A profile is that dialect, as a JSON
 * file the user supplies; Interdict ships one example built from the 5.0.2 schema exported by the UAE
 * FIU (data/goaml/fiu-profile.example.json).
 *
 * A profile is validated whole on load and every problem is reported at once with its field, because
 * a profile is written by hand and a one-error-at-a-time loop is slow to fix.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStrictText } from '../util/strict-text.js';

export const PROFILE_FORMAT = 'interdict-fiu-profile/1';

/** What Interdict reports, by purpose; the profile maps each to the FIU's report code. */
export const REPORT_PURPOSES = ['str', 'sar', 'freezeConfirmed', 'freezePartial', 'culturalProperty'] as const;
export type ReportPurpose = (typeof REPORT_PURPOSES)[number];

/** Lookup tables a profile carries: the values the FIU's schema accepts for each coded field. */
export const LOOKUP_TABLES = ['reportCodes', 'currencies', 'transmodes', 'funds', 'indicators', 'itemTypes', 'countries', 'accountStatuses'] as const;
export type LookupTable = (typeof LOOKUP_TABLES)[number];

export interface FiuProfile {
  format: typeof PROFILE_FORMAT;
  id: string;
  name: string;
  /** The FIU's XSD, relative to the profile file (or absolute), and the version it declares. */
  schema: { file: string; version: string; sha256?: string };
  localCurrency: string;
  /** "E" electronic, "M" manual. */
  submissionCode: string;
  reportCodes: Record<ReportPurpose, string>;
  lookups: Record<LookupTable, string[]>;
  /** Interdict's own vocabulary -> the FIU's codes. */
  mappings: {
    /** Payment channel (wire, cash, card, ...) -> transmode_code. */
    channelToTransmode: Record<string, string>;
    /** Payment channel -> from_funds_code / to_funds_code. */
    channelToFunds: Record<string, string>;
    /** Interdict rule id (OIL-1, ART-3, FREEZE, ...) -> the FIU's indicator codes. */
    ruleToIndicators: Record<string, string[]>;
    /** HS code prefix -> goods item_type; the longest matching prefix wins. */
    hsToItemType: Record<string, string>;
  };
  /**
   * Values for elements the FIU's schema requires but Interdict has no data for (goAML 5.0.2's UAE
   * dialect wants a one-character transmode_comment on every transaction, for instance).
   */
  defaults: Record<string, string>;
  /** Input field paths the FIU requires beyond its XSD, "[]" meaning every element of a list. */
  requiredFields: string[];
  /** ISO 4217 minor-unit exponents that are not 2 (IQD 3, JPY 0...). */
  currencyExponents: Record<string, number>;
}

export interface LoadedProfile extends FiuProfile {
  /** Absolute path of the schema file. */
  schemaPath: string;
  /** Where the profile came from, for messages and the stored copy. */
  source: string;
}

export class FiuProfileError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`FIU profile ${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FiuProfileError';
  }
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_PROFILE_PATH = join(ROOT, 'data', 'goaml', 'fiu-profile.example.json');

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Field-by-field checks that collect problems instead of stopping at the first. */
class Checker {
  readonly problems: string[] = [];
  str(o: Raw, key: string, at = key): string {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') {
      this.problems.push(`${at}: required, a non-empty string`);
      return '';
    }
    return v;
  }
  obj(o: Raw, key: string, at = key): Raw {
    const v = o[key];
    if (!isObject(v)) {
      this.problems.push(`${at}: required, an object`);
      return {};
    }
    return v;
  }
  strList(v: unknown, at: string): string[] {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) {
      this.problems.push(`${at}: required, a list of non-empty strings`);
      return [];
    }
    return v as string[];
  }
  strMap(v: unknown, at: string): Record<string, string> {
    if (!isObject(v) || Object.values(v).some((x) => typeof x !== 'string')) {
      this.problems.push(`${at}: required, an object of strings`);
      return {};
    }
    return v as Record<string, string>;
  }
  member(value: string, list: readonly string[], at: string, table: string): void {
    if (value !== '' && list.length > 0 && !list.includes(value)) this.problems.push(`${at}: "${value}" is not in lookups.${table}`);
  }
}

const REQUIRED_FIELD = /^[a-z_][a-z0-9_]*(\[\])?(\.[a-z_][a-z0-9_]*(\[\])?)*$/i;

/** Validate a parsed profile; `source` names it in messages. */
export function validateProfile(raw: unknown, source: string): FiuProfile {
  const c = new Checker();
  if (!isObject(raw)) throw new FiuProfileError(source, ['the profile must be a JSON object']);
  if (raw.format !== PROFILE_FORMAT) c.problems.push(`format: must be "${PROFILE_FORMAT}"${raw.format === undefined ? '' : `, not ${JSON.stringify(raw.format)}`}`);
  const id = c.str(raw, 'id');
  const name = c.str(raw, 'name');
  const schemaRaw = c.obj(raw, 'schema');
  const schema = { file: c.str(schemaRaw, 'file', 'schema.file'), version: c.str(schemaRaw, 'version', 'schema.version') } as FiuProfile['schema'];
  if (schemaRaw.sha256 !== undefined) {
    if (typeof schemaRaw.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(schemaRaw.sha256)) c.problems.push('schema.sha256: 64 lower-case hex digits');
    else schema.sha256 = schemaRaw.sha256;
  }
  const lookupsRaw = c.obj(raw, 'lookups');
  const lookups = {} as FiuProfile['lookups'];
  for (const t of LOOKUP_TABLES) lookups[t] = c.strList(lookupsRaw[t], `lookups.${t}`);

  const localCurrency = c.str(raw, 'localCurrency');
  c.member(localCurrency, lookups.currencies, 'localCurrency', 'currencies');
  const submissionCode = c.str(raw, 'submissionCode');

  const codesRaw = c.obj(raw, 'reportCodes');
  const reportCodes = {} as FiuProfile['reportCodes'];
  for (const p of REPORT_PURPOSES) {
    reportCodes[p] = c.str(codesRaw, p, `reportCodes.${p}`);
    c.member(reportCodes[p], lookups.reportCodes, `reportCodes.${p}`, 'reportCodes');
  }

  const mapRaw = c.obj(raw, 'mappings');
  const channelToTransmode = c.strMap(mapRaw.channelToTransmode, 'mappings.channelToTransmode');
  for (const [k, v] of Object.entries(channelToTransmode)) c.member(v, lookups.transmodes, `mappings.channelToTransmode.${k}`, 'transmodes');
  const channelToFunds = c.strMap(mapRaw.channelToFunds, 'mappings.channelToFunds');
  for (const [k, v] of Object.entries(channelToFunds)) c.member(v, lookups.funds, `mappings.channelToFunds.${k}`, 'funds');
  const hsToItemType = c.strMap(mapRaw.hsToItemType, 'mappings.hsToItemType');
  for (const [k, v] of Object.entries(hsToItemType)) {
    if (!/^\d{2,10}$/.test(k)) c.problems.push(`mappings.hsToItemType.${k}: the key must be an HS code prefix (2 to 10 digits)`);
    c.member(v, lookups.itemTypes, `mappings.hsToItemType.${k}`, 'itemTypes');
  }
  const ruleToIndicators: Record<string, string[]> = {};
  if (!isObject(mapRaw.ruleToIndicators)) c.problems.push('mappings.ruleToIndicators: required, an object of lists');
  else {
    for (const [k, v] of Object.entries(mapRaw.ruleToIndicators)) {
      ruleToIndicators[k] = c.strList(v, `mappings.ruleToIndicators.${k}`);
      ruleToIndicators[k].forEach((code, i) => c.member(code, lookups.indicators, `mappings.ruleToIndicators.${k}[${i}]`, 'indicators'));
    }
  }

  const defaults = raw.defaults === undefined ? {} : c.strMap(raw.defaults, 'defaults');
  const requiredFields = raw.requiredFields === undefined ? [] : c.strList(raw.requiredFields, 'requiredFields');
  requiredFields.forEach((f, i) => {
    if (!REQUIRED_FIELD.test(f)) c.problems.push(`requiredFields[${i}]: "${f}" is not a field path (names joined by ".", "[]" after a list)`);
  });
  const currencyExponents: Record<string, number> = {};
  if (raw.currencyExponents !== undefined) {
    if (!isObject(raw.currencyExponents)) c.problems.push('currencyExponents: an object of currency -> 0..4');
    else {
      for (const [k, v] of Object.entries(raw.currencyExponents)) {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 4) c.problems.push(`currencyExponents.${k}: a whole number from 0 to 4`);
        else currencyExponents[k] = v;
      }
    }
  }
  if (c.problems.length > 0) throw new FiuProfileError(source, c.problems);
  return {
    format: PROFILE_FORMAT,
    id,
    name,
    schema,
    localCurrency,
    submissionCode,
    reportCodes,
    lookups,
    mappings: { channelToTransmode, channelToFunds, ruleToIndicators, hsToItemType },
    defaults,
    requiredFields,
    currencyExponents,
  };
}

/** Load and validate a profile file; its schema file must exist. */
export async function loadProfile(path: string = BUNDLED_PROFILE_PATH): Promise<LoadedProfile> {
  const abs = resolve(path);
  let raw: unknown;
  try {
    raw = JSON.parse(await readStrictText(abs));
  } catch (err) {
    throw new FiuProfileError(abs, [`cannot read it as JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const profile = validateProfile(raw, abs);
  const schemaPath = isAbsolute(profile.schema.file) ? profile.schema.file : join(dirname(abs), profile.schema.file);
  if (!existsSync(schemaPath)) throw new FiuProfileError(abs, [`schema.file: ${schemaPath} does not exist`]);
  if (profile.schema.sha256) {
    // A profile names the exact schema its lookups were taken from: a swapped XSD is caught here.
    const actual = createHash('sha256').update(await readFile(schemaPath)).digest('hex');
    if (actual !== profile.schema.sha256) throw new FiuProfileError(abs, [`schema.sha256: ${schemaPath} has sha256 ${actual}, the profile says ${profile.schema.sha256}`]);
  }
  return { ...profile, schemaPath, source: abs };
}

/** The FIU's item_type for an HS code: the longest prefix the profile maps, else the default "-". */
export function itemTypeForHs(profile: FiuProfile, hsCode: string): string | undefined {
  const digits = hsCode.replace(/\D/g, '');
  let best: string | undefined;
  let bestLength = 0;
  for (const [prefix, type] of Object.entries(profile.mappings.hsToItemType)) {
    if (digits.startsWith(prefix) && prefix.length > bestLength) {
      best = type;
      bestLength = prefix.length;
    }
  }
  return best ?? profile.defaults.item_type;
}

/** The FIU indicator codes for a report: those given, plus those the profile maps Interdict's rule ids to. */
export function indicatorsFor(profile: FiuProfile, codes: readonly string[], rules: readonly string[]): string[] {
  const out = new Set(codes);
  for (const r of rules) for (const code of profile.mappings.ruleToIndicators[r] ?? []) out.add(code);
  return [...out];
}
