/**
 * What the freeze report, the interdiction pack and the cultural-property record share: parties in
 * goAML's shape (so the same record feeds the JSON, the HTML and, where goAML applies, the XML),
 * the filing header goAML needs, and a collector of problems keyed by input field.
 */
import { minorUnits, type Money } from './amount.js';
import type { ReportIssue } from './build-context.js';
import type { AddressInput, EntityInput, GoamlReportInput, PersonInput, ReportingEntityInput } from './goaml-input.js';

export interface PartyInput {
  /** seller, buyer, consignor, shipper, account holder, ... */
  role: string;
  /** The reporting entity's own customer. */
  my_client?: boolean;
  /** One of person or entity. */
  person?: PersonInput;
  entity?: EntityInput;
  country?: string;
  /** A UN list reference when the party is listed (QDi.xxx / QDe.xxx). */
  listed_reference?: string;
  comments?: string;
}

/** The goAML header for reports that can also be filed as goAML XML. */
export interface FilingHeaderInput {
  reporting_entity: ReportingEntityInput;
  entity_reference: string;
  submission_date?: string;
  reporting_person: PersonInput;
  location?: AddressInput;
}

export function headerFields(h: FilingHeaderInput): Pick<GoamlReportInput, 'reporting_entity' | 'entity_reference' | 'submission_date' | 'reporting_person' | 'location'> {
  return {
    reporting_entity: h.reporting_entity,
    entity_reference: h.entity_reference,
    reporting_person: h.reporting_person,
    ...(h.submission_date ? { submission_date: h.submission_date } : {}),
    ...(h.location ? { location: h.location } : {}),
  };
}

/** A party's name as people read it: the Latin form and, separately, the original script. */
export function partyName(p: Pick<PartyInput, 'person' | 'entity'>): { latin: string; original?: string } {
  if (p.person) {
    const latin = [p.person.first_name, p.person.middle_name, p.person.last_name].filter(Boolean).join(' ');
    return { latin, ...(p.person.full_name_frn ? { original: p.person.full_name_frn } : {}) };
  }
  if (p.entity) return { latin: p.entity.name ?? '', ...(p.entity.name_frn ? { original: p.entity.name_frn } : {}) };
  return { latin: '' };
}

export class IssueList {
  readonly issues: ReportIssue[] = [];

  add(field: string, message: string): void {
    this.issues.push({ field, message, source: 'input' });
  }

  /** Records "field: missing (why)" when the value is absent or empty; true when present. */
  require(value: unknown, field: string, why: string): boolean {
    const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (missing) this.add(field, `missing (${why})`);
    return !missing;
  }
}

/**
 * Issues found on a goAML input that a domain report built, renamed to the domain report's fields
 * ("activity.report_parties[0].person" -> "matches[0].party.person"): the user fixes the file they
 * gave, not an intermediate they never saw. Longest prefix wins.
 */
export function translateIssues(issues: readonly ReportIssue[], prefixes: readonly [string, string][]): ReportIssue[] {
  const sorted = [...prefixes].sort((a, b) => b[0].length - a[0].length);
  return issues.map((i) => {
    const hit = sorted.find(([from]) => i.field === from || i.field.startsWith(`${from}.`) || i.field.startsWith(`${from}[`));
    return hit ? { ...i, field: hit[1] + i.field.slice(hit[0].length) } : i;
  });
}

export function issueFieldCheck(p: PartyInput, path: string, list: IssueList): void {
  list.require(p.role, `${path}.role`, 'every party has a role');
  if (!p.person && !p.entity) list.add(path, 'missing person or entity (who the party is)');
  if (p.person && p.entity) list.add(path, 'give one of person or entity, not both');
}

/** An amount must be an ISO currency and whole minor units; problems are recorded against `field`. */
export function checkMoney(m: Money | undefined, field: string, list: IssueList): void {
  if (m === undefined) return;
  if (typeof m.currency !== 'string' || !/^[A-Z]{3}$/.test(m.currency)) list.add(`${field}.currency`, 'an ISO 4217 code such as USD');
  const units = minorUnits(m);
  if (typeof units === 'string') list.add(`${field}.minor`, units);
}
