/**
 * One entry point per report, for the CLI and the API: input in, every output out (JSON for systems,
 * HTML for people, goAML XML where the FIU takes it), or the list of problems, each naming the input
 * field to fix. Nothing here writes files: callers decide where outputs and stored copies go.
 */
import type { ReportIssue } from './build-context.js';
import { buildCulturalPropertyRecord, culturalPropertyToGoaml, type CulturalPropertyInput, type CulturalPropertyRecord } from './cultural-property.js';
import type { LoadedProfile } from './fiu-profile.js';
import { buildFreezeReport, freezeToGoaml, type FreezeCaseInput, type FreezeReport } from './freeze.js';
import type { GoamlReportInput } from './goaml-input.js';
import { buildValidatedGoaml } from './goaml-validate.js';
import { renderCulturalPropertyHtml, renderFreezeHtml, renderGoamlHtml, renderInterdictionHtml, type FilingView } from './html.js';
import { buildInterdictionPack, type InterdictionInput, type InterdictionPack } from './interdiction.js';
import type { Cutoff } from './reference.js';
import { translateIssues, type FilingHeaderInput } from './report-common.js';

export interface Generated<T> {
  ok: boolean;
  issues: ReportIssue[];
  record?: T;
  html?: string;
  /** goAML XML, only when valid against the FIU's schema. */
  xml?: string;
  reportCode?: string;
}

export async function generateGoaml(input: GoamlReportInput, profile: LoadedProfile, options: { now?: Date; filing?: FilingView } = {}): Promise<Generated<GoamlReportInput>> {
  const result = await buildValidatedGoaml(input, profile, options.now);
  const html = renderGoamlHtml(input, {
    reportCode: result.reportCode,
    localCurrency: input.currency_code_local ?? profile.localCurrency,
    exponents: profile.currencyExponents,
    issues: result.issues,
    ...(options.filing ? { filing: options.filing } : {}),
  });
  return { ok: result.ok, issues: result.issues, record: input, html, reportCode: result.reportCode, ...(result.ok ? { xml: result.xml } : {}) };
}

/** goAML for a domain report, its problems renamed to the domain input's fields. */
async function goamlFor(input: GoamlReportInput, prefixes: [string, string][], profile: LoadedProfile, now: Date | undefined): Promise<{ xml?: string; reportCode: string; issues: ReportIssue[] }> {
  const result = await buildValidatedGoaml(input, profile, now);
  return { ...(result.ok ? { xml: result.xml } : {}), reportCode: result.reportCode, issues: translateIssues(result.issues, prefixes) };
}

export async function generateFreeze(
  input: FreezeCaseInput,
  profile: LoadedProfile,
  options: { now?: Date; slaHours?: number; goaml?: boolean; filing?: FilingView } = {},
): Promise<Generated<FreezeReport>> {
  const { report, issues } = buildFreezeReport(input, { exponents: profile.currencyExponents, ...(options.slaHours !== undefined ? { slaHours: options.slaHours } : {}) });
  if (!report) return { ok: false, issues };
  const html = renderFreezeHtml(report, { exponents: profile.currencyExponents, ...(options.filing ? { filing: options.filing } : {}) });
  if (!options.goaml) return { ok: true, issues: [], record: report, html };
  if (!input.filing) return { ok: false, issues: [missingFiling()], record: report, html };
  const { input: g, prefixes } = freezeToGoaml(report, input.filing, profile);
  const x = await goamlFor(g, prefixes, profile, options.now);
  return { ok: x.issues.length === 0, issues: x.issues, record: report, html, reportCode: x.reportCode, ...(x.xml ? { xml: x.xml } : {}) };
}

export function generateInterdiction(input: InterdictionInput, options: { today: string; hsScope: readonly string[]; exponents?: Readonly<Record<string, number>>; filing?: FilingView }): Generated<InterdictionPack> {
  const { pack, issues } = buildInterdictionPack(input, { today: options.today, hsScope: options.hsScope });
  if (!pack) return { ok: false, issues };
  return { ok: true, issues: [], record: pack, html: renderInterdictionHtml(pack, { exponents: options.exponents ?? {}, ...(options.filing ? { filing: options.filing } : {}) }) };
}

export async function generateCulturalProperty(
  input: CulturalPropertyInput,
  profile: LoadedProfile,
  cutoffs: readonly Cutoff[],
  options: { now?: Date; goaml?: boolean; filing?: FilingView } = {},
): Promise<Generated<CulturalPropertyRecord>> {
  const { record, issues } = buildCulturalPropertyRecord(input, cutoffs);
  if (!record) return { ok: false, issues };
  const html = renderCulturalPropertyHtml(record, { exponents: profile.currencyExponents, ...(options.filing ? { filing: options.filing } : {}) });
  if (!options.goaml) return { ok: true, issues: [], record, html };
  if (!input.filing) return { ok: false, issues: [missingFiling()], record, html };
  const { input: g, prefixes } = culturalPropertyToGoaml(record, input.filing as FilingHeaderInput, profile);
  const x = await goamlFor(g, prefixes, profile, options.now);
  return { ok: x.issues.length === 0, issues: x.issues, record, html, reportCode: x.reportCode, ...(x.xml ? { xml: x.xml } : {}) };
}

function missingFiling(): ReportIssue {
  return { field: 'filing', message: 'missing (the goAML header: reporting_entity, entity_reference, reporting_person) needed for goAML output', source: 'input' };
}
