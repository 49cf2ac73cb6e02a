/**
 * A report from a stored case, ready to be kept: read the case, build the report's case file from it
 * (case-file-*.ts), lay the request's `extra` over it, then generate and validate as the file-based
 * CLI does. Two outcomes:
 *
 * - refused: something the report cannot do without is missing or malformed (a field the FIU
 *   profile requires, a name with no Latin form, an amount in a foreign currency without its local
 *   amount, no freeze record...). Every problem names its case-file field; nothing is stored.
 * - built: the authority's file (goAML XML, else JSON) with the XSD's findings, if any, as
 *   validation errors. A goAML file that fails the schema is still kept, so the case view can show
 *   each error against its field; it cannot be approved until a clean one replaces it.
 */
import type { ListStore } from '../lists/store.js';
import type { Db } from '../store/database.js';
import type { ReportKind } from '../store/schema/reports.js';
import type { ReportIssue } from './build-context.js';
import { loadCaseData } from './case-data.js';
import { stillPending, type BuiltCaseFile, type CaseFileContext } from './case-file-common.js';
import { culturalCaseFile } from './case-file-cultural.js';
import { freezeCaseFile } from './case-file-freeze.js';
import { goamlCaseFile } from './case-file-goaml.js';
import { interdictionCaseFile } from './case-file-interdiction.js';
import type { CulturalPropertyInput } from './cultural-property.js';
import { loadProfile, type LoadedProfile } from './fiu-profile.js';
import type { FreezeCaseInput } from './freeze.js';
import { generateCulturalProperty, generateFreeze, generateInterdiction, type Generated } from './generate.js';
import type { GoamlReportInput } from './goaml-input.js';
import { buildValidatedGoaml } from './goaml-validate.js';
import type { InterdictionInput } from './interdiction.js';
import { listedNames } from './listed-names.js';
import { ExtraError, mergeExtra } from './merge-extra.js';
import { loadCutoffs, loadInterdictionHsScope } from './reference.js';
import type { ReportingSettings } from './reporting-settings.js';

export interface PrepareRequest {
  kind: ReportKind;
  reportCode?: string;
  /** The FIU profile's id; default the first in the reporting settings. */
  profile?: string;
  reason?: string;
  action?: string;
  extra?: Record<string, unknown>;
}

export interface ValidationError {
  field: string;
  message: string;
  source: ReportIssue['source'];
  line?: number;
}

export interface PreparedContent {
  kind: ReportKind;
  reportCode: string;
  profile: string | null;
  content: string;
  mediaType: 'application/xml' | 'application/json';
  validationErrors: ValidationError[];
  /** The interdiction notice's due date (interdiction + 30 days). */
  dueAt: Date | null;
  /** The case file the report was built from (after `extra`), kept to print the report again. */
  caseFile: unknown;
}

export type PrepareOutcome = { ok: true; report: PreparedContent } | { ok: false; issues: ValidationError[] };

export interface PrepareDeps {
  settings: ReportingSettings;
  store?: ListStore;
  now?: Date;
}

const profiles = new Map<string, Promise<LoadedProfile>>();

function profileAt(path: string): Promise<LoadedProfile> {
  let p = profiles.get(path);
  if (!p) {
    p = loadProfile(path);
    profiles.set(path, p);
    p.catch(() => profiles.delete(path));
  }
  return p;
}

/** The profile the request names (by id), or the default; undefined when no configured profile has that id. */
export async function chooseProfile(settings: ReportingSettings, id: string | undefined): Promise<LoadedProfile | undefined> {
  for (const path of settings.profiles) {
    const profile = await profileAt(path);
    if (id === undefined || profile.id === id) return profile;
  }
  return undefined;
}

export function toValidationErrors(issues: readonly ReportIssue[]): ValidationError[] {
  return issues.map((i) => ({ field: i.field, message: i.message, source: i.source, ...(i.xsd ? { line: i.xsd.line } : {}) }));
}

/** One problem per field: a field still missing is reported once, by the step that explains it best (the first). */
function byField(...lists: readonly ReportIssue[][]): ReportIssue[] {
  const seen = new Set<string>();
  const out: ReportIssue[] = [];
  for (const i of lists.flat()) {
    const key = `${i.field}\u0000${i.source === 'schema' ? i.message : ''}`;
    if (i.source !== 'schema' && seen.has(i.field)) continue;
    if (seen.has(key)) continue;
    seen.add(i.field);
    seen.add(key);
    out.push(i);
  }
  return out;
}

const refused = (issues: readonly ReportIssue[]): PrepareOutcome => ({ ok: false, issues: toValidationErrors(issues) });

export async function prepareFromCase(db: Db, caseId: number, request: PrepareRequest, deps: PrepareDeps): Promise<PrepareOutcome> {
  const now = deps.now ?? new Date();
  const profile = await chooseProfile(deps.settings, request.profile);
  if (!profile) return refused([{ field: 'profile', message: `no FIU profile "${request.profile}" is configured (reporting settings "profiles")`, source: 'input' }]);
  const data = await loadCaseData(db, caseId);
  const names = await listedNames(data.alerts, deps.store);
  const ctx: CaseFileContext = {
    data,
    settings: deps.settings,
    profile,
    listedName: (alert) => names.get(alert.id) ?? { name: alert.listedPartyRef },
    ...(request.reason !== undefined ? { reason: request.reason } : {}),
    ...(request.action !== undefined ? { action: request.action } : {}),
    ...(request.reportCode !== undefined ? { reportCode: request.reportCode } : {}),
    now,
  };
  const built: BuiltCaseFile<unknown> =
    request.kind === 'goaml' ? goamlCaseFile(ctx) : request.kind === 'freeze' ? freezeCaseFile(ctx) : request.kind === 'interdiction' ? interdictionCaseFile(ctx) : culturalCaseFile(ctx);
  let merged: unknown;
  try {
    merged = mergeExtra(built.file, request.extra);
  } catch (err) {
    if (err instanceof ExtraError) return refused([{ field: err.field, message: err.message, source: 'input' }]);
    throw err;
  }
  // The case does not fit the report at all: say that alone, not every field of an empty report.
  if (built.blocking?.length) return refused(built.blocking);
  const open = stillPending(built.pending, merged);
  const base = { kind: request.kind, caseFile: merged };

  if (request.kind === 'goaml') {
    const result = await buildValidatedGoaml(merged as GoamlReportInput, profile, now);
    const blocking = result.issues.filter((i) => i.source !== 'schema');
    const schema = result.issues.filter((i) => i.source === 'schema');
    if (open.length > 0 || blocking.length > 0) return refused(byField(open, blocking, schema));
    return {
      ok: true,
      report: { ...base, reportCode: result.reportCode, profile: profile.id, content: result.xml, mediaType: 'application/xml', validationErrors: toValidationErrors(schema), dueAt: null },
    };
  }

  let generated: Generated<unknown>;
  let dueAt: Date | null = null;
  if (request.kind === 'freeze') {
    generated = await generateFreeze(merged as FreezeCaseInput, profile, { slaHours: deps.settings.freezeSlaHours, now });
  } else if (request.kind === 'interdiction') {
    const g = generateInterdiction(merged as InterdictionInput, { today: now.toISOString().slice(0, 10), hsScope: await loadInterdictionHsScope(), exponents: profile.currencyExponents });
    if (g.record) dueAt = new Date(`${g.record.deadline.due}T00:00:00Z`);
    generated = g;
  } else {
    generated = await generateCulturalProperty(merged as CulturalPropertyInput, profile, await loadCutoffs(deps.settings.culturalPropertyRegime), { now });
  }
  if (open.length > 0 || !generated.ok || !generated.record) return refused(byField(open, generated.issues));
  return {
    ok: true,
    report: { ...base, reportCode: request.kind, profile: null, content: `${JSON.stringify(generated.record, null, 2)}\n`, mediaType: 'application/json', validationErrors: [], dueAt },
  };
}
