/**
 * What the organisation says about itself in every report, so nobody retypes it: the id the FIU
 * gave it, the person who files (the MLRO), its address, the State and authority it reports to, and
 * which FIU profiles it files with. Set once in `<data dir>/reporting.json` (read by the server and
 * the CLI, validated whole on load), over the defaults below.
 */
import { join } from 'node:path';
import { BUNDLED_PROFILE_PATH } from './fiu-profile.js';
import type { AddressInput, PersonInput, ReportingEntityInput } from './goaml-input.js';
import { readStrictText, TextEncodingError } from '../util/strict-text.js';

export interface ReportingSettings {
  /** The id the FIU assigned (goAML rentity_id) and the branch; no default: each FIU assigns its own. */
  entity?: ReportingEntityInput;
  /** The person who files, in goAML's shape (Latin-script names, phones, addresses). */
  person?: PersonInput;
  /** The reporting entity's address (goAML location). */
  location?: AddressInput;
  /** Prefix of goAML entity_reference; the case id follows ("INTERDICT-CASE-42"). */
  entityReferencePrefix: string;
  /** The State giving 1267 Committee notices (ISO 3166 alpha-2), for interdiction packs. */
  state?: string;
  /** The competent authority freeze reports go to. */
  authority?: string;
  /** FIU profile files; the first is the default, the others are chosen by their id. */
  profiles: string[];
  /** Hours from list arrival to freeze judged "without delay" in freeze reports. */
  freezeSlaHours: number;
  /** Which cut-off dates the cultural-property test applies. */
  culturalPropertyRegime: 'un' | 'eu';
}

export const DEFAULT_REPORTING_SETTINGS: ReportingSettings = {
  entityReferencePrefix: 'INTERDICT-CASE-',
  profiles: [BUNDLED_PROFILE_PATH],
  // A design default, as in the freeze report itself: FATF asks for "without delay", ideally hours.
  freezeSlaHours: 24,
  culturalPropertyRegime: 'un',
};

export const REPORTING_SETTINGS_FILE = 'reporting.json';

export class ReportingSettingsError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source}: ${problems.length} problem(s) in the reporting settings:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ReportingSettingsError';
  }
}

const KNOWN = new Set(['entity', 'person', 'location', 'entityReferencePrefix', 'state', 'authority', 'profiles', 'freezeSlaHours', 'culturalPropertyRegime']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Settings over the defaults, every problem named by its field. The person and location are checked
 * for the fields goAML cannot do without; the rest of their shape is the FIU schema's to judge.
 */
export function validateReportingSettings(raw: unknown, source: string, base: ReportingSettings = DEFAULT_REPORTING_SETTINGS): ReportingSettings {
  if (!isObject(raw)) throw new ReportingSettingsError(source, ['must be a JSON object']);
  const problems: string[] = [];
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) problems.push(`${key}: unknown setting (known: ${[...KNOWN].join(', ')})`);
  const out: ReportingSettings = { ...base };
  if (raw.entity !== undefined) {
    const e = raw.entity;
    if (!isObject(e) || !Number.isInteger(e.rentity_id) || (e.rentity_id as number) <= 0) problems.push('entity.rentity_id: the positive integer id the FIU assigned');
    else if (e.rentity_branch !== undefined && typeof e.rentity_branch !== 'string') problems.push('entity.rentity_branch: must be text');
    else out.entity = { rentity_id: e.rentity_id as number, ...(typeof e.rentity_branch === 'string' ? { rentity_branch: e.rentity_branch } : {}) };
  }
  if (raw.person !== undefined) {
    const p = raw.person;
    if (!isObject(p)) problems.push('person: must be an object (goAML reporting_person)');
    else {
      for (const f of ['first_name', 'last_name'] as const) if (typeof p[f] !== 'string' || p[f].trim() === '') problems.push(`person.${f}: missing`);
      out.person = p as unknown as PersonInput;
    }
  }
  if (raw.location !== undefined) {
    const l = raw.location;
    if (!isObject(l)) problems.push('location: must be an object (goAML address)');
    else {
      for (const f of ['address', 'city', 'country_code', 'state'] as const) if (typeof l[f] !== 'string' || l[f].trim() === '') problems.push(`location.${f}: missing`);
      out.location = l as unknown as AddressInput;
    }
  }
  if (raw.entityReferencePrefix !== undefined) {
    if (typeof raw.entityReferencePrefix !== 'string' || !/^[A-Za-z0-9._/-]{0,40}$/.test(raw.entityReferencePrefix)) problems.push('entityReferencePrefix: up to 40 letters, digits, . _ / -');
    else out.entityReferencePrefix = raw.entityReferencePrefix;
  }
  if (raw.state !== undefined) {
    if (typeof raw.state !== 'string' || !/^[A-Z]{2}$/.test(raw.state)) problems.push('state: an ISO 3166 alpha-2 code such as AE');
    else out.state = raw.state;
  }
  if (raw.authority !== undefined) {
    if (typeof raw.authority !== 'string' || raw.authority.trim() === '') problems.push('authority: must be text');
    else out.authority = raw.authority;
  }
  if (raw.profiles !== undefined) {
    if (!Array.isArray(raw.profiles) || raw.profiles.length === 0 || !raw.profiles.every((p) => typeof p === 'string' && p !== '')) problems.push('profiles: a non-empty list of FIU profile files');
    else out.profiles = raw.profiles as string[];
  }
  if (raw.freezeSlaHours !== undefined) {
    if (typeof raw.freezeSlaHours !== 'number' || !(raw.freezeSlaHours > 0)) problems.push('freezeSlaHours: a positive number of hours');
    else out.freezeSlaHours = raw.freezeSlaHours;
  }
  if (raw.culturalPropertyRegime !== undefined) {
    if (raw.culturalPropertyRegime !== 'un' && raw.culturalPropertyRegime !== 'eu') problems.push('culturalPropertyRegime: "un" or "eu"');
    else out.culturalPropertyRegime = raw.culturalPropertyRegime;
  }
  if (problems.length > 0) throw new ReportingSettingsError(source, problems);
  return out;
}

/**
 * The settings in force for a data directory: `base` (the application's settings, defaults when
 * absent) overlaid by `<dataDir>/reporting.json` when that file exists. Relative profile paths in
 * the file are relative to the data directory.
 */
export async function loadReportingSettings(dataDir: string, base: ReportingSettings = DEFAULT_REPORTING_SETTINGS): Promise<ReportingSettings> {
  const path = join(dataDir, REPORTING_SETTINGS_FILE);
  let text: string;
  try {
    text = await readStrictText(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return base;
    if (err instanceof TextEncodingError) throw new ReportingSettingsError(path, [err.message]);
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ReportingSettingsError(path, [`not JSON: ${err instanceof Error ? err.message : String(err)}`]);
  }
  const settings = validateReportingSettings(raw, path, base);
  return { ...settings, profiles: settings.profiles.map((p) => (p.startsWith('/') ? p : join(dataDir, p))) };
}
