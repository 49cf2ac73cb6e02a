/**
 * Cultural-property refusal or seizure record (res. 2199 para 17, res. 1483 para 7, res. 2347): the
 * object and its category, the images referenced, the provenance chain with dates, the cut-off test
 * and its result, the registers consulted, the parties and the reason. Exportable as JSON, as a page
 * for customs or police, and as a goAML activity report with the object as a goods item.
 *
 * The cut-off test asks one question per country the object may come from: is there a documented
 * provenance event, outside that country, dated before the cut-off (Iraq 1990-08-06, Syria
 * 2011-03-15, from data/reference/cutoffs.json)? A seller's statement ("old family collection") is
 * not documentation, and an imprecise date counts at its latest possible day: "1990" could be
 * December 1990, so it does not prove that an Iraqi object left before August 1990.
 */
import type { Money } from './amount.js';
import type { ReportIssue } from './build-context.js';
import { isDateString } from './dates.js';
import type { FiuProfile } from './fiu-profile.js';
import type { GoamlReportInput, ReportPartyInput } from './goaml-input.js';
import type { Cutoff } from './reference.js';
import { checkMoney, headerFields, IssueList, issueFieldCheck, partyName, type FilingHeaderInput, type PartyInput } from './report-common.js';

export interface ProvenanceEventInput {
  /** "1975", "1975-06" or "1975-06-02"; absent when the record gives none. */
  date?: string;
  /** Where the object was (ISO alpha-2). */
  country?: string;
  place?: string;
  event: string;
  /** A document supports it (invoice, catalogue, licence); false for an unsupported statement. */
  documented: boolean;
  source?: string;
}

export interface CulturalPropertyInput {
  case_id: string;
  record_type: 'refusal' | 'seizure';
  date: string;
  object: {
    description: string;
    /** ICOM Red List class: writing, seals, sculpture, reliefs, vessels, coins, ... */
    category: string;
    material?: string;
    period?: string;
    dimensions?: string;
    marks?: string[];
    country_of_origin?: string;
    /** Countries the object may come from when the origin is uncertain ("Mesopotamia": IQ, SY). */
    possible_origins?: string[];
    hs_code?: string;
    estimated_value?: Money;
  };
  images: { ref: string; sha256?: string; caption?: string }[];
  provenance: ProvenanceEventInput[];
  registers_consulted: { register: string; date: string; result: string; reference?: string }[];
  parties: PartyInput[];
  reason: string;
  /** Interdict rule ids behind the decision (ART-1 ... ART-6). */
  rules?: string[];
  action?: string;
  filing?: FilingHeaderInput;
}

export type CutoffResult = 'left-before-cutoff' | 'left-after-cutoff' | 'not-proven';

export interface CutoffTest {
  country: string;
  cutoff: string;
  source: string;
  /** The earliest documented, dated event outside `country`, if any. */
  firstDocumentedOutside: { index: number; date: string; latestDay: string; country: string; event: string } | null;
  result: CutoffResult;
  explanation: string;
}

export interface CulturalPropertyRecord extends CulturalPropertyInput {
  kind: 'cultural-property';
  cutoffTests: CutoffTest[];
  /** prohibited: some possible origin fails the test; permitted: all pass; not-applicable: no cut-off country. */
  outcome: 'prohibited' | 'permitted' | 'not-applicable';
  partyNames: { latin: string; original?: string }[];
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The last day a partial date can mean: "1990" -> 1990-12-31, "1990-02" -> 1990-02-28. */
export function latestDay(date: string): string | undefined {
  const m = PARTIAL_DATE.exec(date.slice(0, 10));
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3]) return isDateString(date.slice(0, 10)) ? date.slice(0, 10) : undefined;
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

export function cutoffTest(provenance: readonly ProvenanceEventInput[], cutoff: Cutoff): CutoffTest {
  const outside = provenance
    .map((e, index) => ({ e, index, latest: e.date ? latestDay(e.date) : undefined }))
    .filter((x) => x.e.documented && x.latest !== undefined && x.e.country !== undefined && x.e.country !== cutoff.country)
    .sort((a, b) => a.latest!.localeCompare(b.latest!));
  const first = outside[0];
  const base = { country: cutoff.country, cutoff: cutoff.date, source: cutoff.source };
  if (!first) {
    return {
      ...base,
      firstDocumentedOutside: null,
      result: 'not-proven',
      explanation: `no documented, dated provenance event places the object outside ${cutoff.country}: departure before ${cutoff.date} is not shown`,
    };
  }
  const found = { index: first.index, date: first.e.date!, latestDay: first.latest!, country: first.e.country!, event: first.e.event };
  const before = first.latest! < cutoff.date;
  return {
    ...base,
    firstDocumentedOutside: found,
    result: before ? 'left-before-cutoff' : 'left-after-cutoff',
    explanation: before
      ? `documented in ${found.country} by ${found.date} (provenance[${found.index}]), before the ${cutoff.country} cut-off ${cutoff.date}`
      : `first documented outside ${cutoff.country} on ${found.date} (provenance[${found.index}], counted as ${found.latestDay}), not before the cut-off ${cutoff.date}`,
  };
}

export function buildCulturalPropertyRecord(input: CulturalPropertyInput, cutoffs: readonly Cutoff[]): { record?: CulturalPropertyRecord; issues: ReportIssue[] } {
  const list = new IssueList();
  list.require(input.case_id, 'case_id', 'the case this record comes from');
  if (input.record_type !== 'refusal' && input.record_type !== 'seizure') list.add('record_type', 'must be "refusal" or "seizure"');
  if (!isDateString(input.date)) list.add('date', 'missing or not a date');
  if (list.require(input.object, 'object', 'the object')) {
    list.require(input.object.description, 'object.description', 'what the object is');
    list.require(input.object.category, 'object.category', 'its ICOM Red List category');
    checkMoney(input.object.estimated_value, 'object.estimated_value', list);
  }
  if (!Array.isArray(input.images)) list.add('images', 'missing (a list of image references; empty when there are none)');
  else input.images.forEach((im, i) => list.require(im.ref, `images[${i}].ref`, 'the file or URL of the image'));
  if (!Array.isArray(input.provenance)) list.add('provenance', 'missing (the provenance chain; empty when none was given, which fails the cut-off test)');
  else {
    input.provenance.forEach((e, i) => {
      list.require(e.event, `provenance[${i}].event`, 'what happened');
      if (e.date !== undefined && latestDay(e.date) === undefined) list.add(`provenance[${i}].date`, `"${e.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      if (typeof e.documented !== 'boolean') list.add(`provenance[${i}].documented`, 'missing: true when a document supports the event, false for a statement');
    });
  }
  if (list.require(input.registers_consulted, 'registers_consulted', 'stolen-art registers checked (UNIDROIT 4(4); absence of a check is itself a failure)')) {
    input.registers_consulted.forEach((r, i) => {
      list.require(r.register, `registers_consulted[${i}].register`, 'which register');
      if (!isDateString(r.date)) list.add(`registers_consulted[${i}].date`, 'missing or not a date');
      list.require(r.result, `registers_consulted[${i}].result`, 'what the register answered');
    });
  }
  if (list.require(input.parties, 'parties', 'seller, buyer, consignor...')) input.parties.forEach((p, i) => issueFieldCheck(p, `parties[${i}]`, list));
  list.require(input.reason, 'reason', 'why the object was refused or seized');
  if (list.issues.length > 0) return { issues: list.issues };

  const origins = [...new Set([input.object.country_of_origin, ...(input.object.possible_origins ?? [])].filter((c): c is string => !!c))];
  const tests = cutoffs.filter((c) => origins.includes(c.country)).map((c) => cutoffTest(input.provenance, c));
  const outcome = tests.length === 0 ? 'not-applicable' : tests.every((t) => t.result === 'left-before-cutoff') ? 'permitted' : 'prohibited';
  return { record: { ...input, kind: 'cultural-property', cutoffTests: tests, outcome, partyNames: input.parties.map(partyName) }, issues: [] };
}

/** The goAML activity form: the parties, and the object as a goods item (frozen when seized). */
export function culturalPropertyToGoaml(record: CulturalPropertyRecord, filing: FilingHeaderInput, _profile: FiuProfile): { input: GoamlReportInput; prefixes: [string, string][] } {
  const prefixes: [string, string][] = [['reporting_person', 'filing.reporting_person'], ['reporting_entity', 'filing.reporting_entity'], ['entity_reference', 'filing.entity_reference'], ['location', 'filing.location'], ['activity.goods_services[0]', 'object']];
  const tests = record.cutoffTests.map((t) => `${t.country} cut-off ${t.cutoff}: ${t.result} (${t.explanation})`).join('; ');
  const parties: ReportPartyInput[] = record.parties.map((p, i) => {
    prefixes.push([`activity.report_parties[${i}]`, `parties[${i}]`]);
    return {
      role: p.role,
      ...(p.my_client ? { my_client: true } : {}),
      ...(p.person ? { person: p.person } : {}),
      ...(p.entity ? { entity: p.entity } : {}),
      ...(p.country ? { country: p.country } : {}),
      reason: record.reason,
      ...(p.comments ? { comments: p.comments } : {}),
    };
  });
  const o = record.object;
  const provenance = record.provenance.map((e) => `${e.date ?? 'undated'} ${e.country ?? '?'} ${e.event}${e.documented ? '' : ' (statement, undocumented)'}`).join('; ');
  return {
    input: {
      purpose: 'culturalProperty',
      ...headerFields(filing),
      reason: `${record.reason} Cut-off test: ${tests || 'no Iraqi or Syrian origin'}.`,
      action: record.action ?? (record.record_type === 'seizure' ? 'Object seized and held; authorities informed.' : 'Transaction refused; object not accepted.'),
      activity: {
        report_parties: parties,
        goods_services: [
          {
            ...(o.hs_code ? { hs_code: o.hs_code } : {}),
            description: [o.description, o.category && `category: ${o.category}`, o.material, o.period, o.dimensions].filter(Boolean).join('; '),
            ...(o.estimated_value ? { estimated_value: o.estimated_value } : {}),
            ...(record.record_type === 'seizure' ? { status_code: 'FRZN' } : {}),
            status_comments: `${record.record_type} on ${record.date}`,
            comments: `Provenance: ${provenance || 'none given'}. Registers consulted: ${record.registers_consulted.map((r) => `${r.register} ${r.date}: ${r.result}`).join('; ')}. Images: ${record.images.map((im) => im.ref).join(', ') || 'none'}.`,
          },
        ],
      },
      rules: record.rules ?? [],
    },
    prefixes,
  };
}
