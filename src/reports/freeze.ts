/**
 * Freeze (targeted financial sanctions) report: for every true match on the UN list, what was frozen
 * or blocked, the transactions attempted, the list reference and the list version matched against,
 * and the timeline from the listing to the freeze (FATF INR.6: "without delay", within hours).
 *
 * Built from plain input that Interdict's freeze records (src/cases/freeze-repo.ts: listedOn,
 * listVersionArrivedAt, alertAt, decidedAt, approvedAt, frozenAt) map into one to one. Where the FIU
 * takes freeze reports in goAML (the UAE's CNMRA / PNMRA codes), the same record becomes an activity
 * report: the listed party with its sanctions entry, each frozen account with status FROZN.
 */
import { formatMoney, type Money } from './amount.js';
import type { ReportIssue } from './build-context.js';
import { isDateString } from './dates.js';
import type { FiuProfile } from './fiu-profile.js';
import type { AccountInput, GoamlReportInput, ItemInput, ReportPartyInput } from './goaml-input.js';
import { checkMoney, headerFields, IssueList, issueFieldCheck, partyName, type FilingHeaderInput, type PartyInput } from './report-common.js';

/** A UN ISIL (Da'esh) & Al-Qaida reference: i = individual, e = entity (domain brief, UN_REF_REGEX). */
export const UN_REF = /^QD[ie]\.\d+$/;

export const ASSET_KINDS = ['account', 'funds', 'economic-resource', 'safe-deposit', 'securities', 'other'] as const;

export interface FrozenAssetInput {
  kind: (typeof ASSET_KINDS)[number];
  description: string;
  /** For an account: the account, as goAML describes one. */
  account?: AccountInput;
  amount?: Money;
  frozen_at: string;
}

export interface AttemptedTransactionInput {
  date: string;
  direction: 'incoming' | 'outgoing';
  amount: Money;
  counterparty: string;
  channel?: string;
  reference?: string;
  /** When it was stopped. */
  blocked_at: string;
  description?: string;
}

export interface FreezeTimelineInput {
  /** The publisher's listing date ("YYYY-MM-DD"), when the list gives one. */
  listed_on?: string;
  list_version_arrived_at: string;
  alert_at: string;
  decided_at: string;
  approved_at: string;
  frozen_at: string;
}

export interface FreezeMatchInput {
  listed: {
    /** The list's source name in Interdict ("un"). */
    list: string;
    list_name?: string;
    reference: string;
    name: string;
    name_original_script?: string;
    link?: string;
    version: { hash: string; generated_at?: string };
  };
  party: PartyInput;
  /** Who decided the match (maker) and who approved it (checker): different people. */
  decision: { maker: string; checker: string; evidence?: string[]; score?: number };
  frozen: FrozenAssetInput[];
  attempted?: AttemptedTransactionInput[];
  timeline: FreezeTimelineInput;
}

export interface FreezeCaseInput {
  case_id: string;
  /** A confirmed match freezes; a partial one (name only, not yet confirmed) is reported and held. */
  match_status: 'confirmed' | 'partial';
  competent_authority?: string;
  matches: FreezeMatchInput[];
  reason?: string;
  action?: string;
  /** For goAML filing. */
  filing?: FilingHeaderInput;
}

export interface TimelineStep {
  step: 'listed' | 'list version arrived' | 'alert raised' | 'match decided (maker)' | 'match approved (checker)' | 'frozen';
  at: string;
  /** Hours since the list version arrived here (negative for the listing itself). */
  hoursSinceArrival: number | null;
}

export interface FreezeReport {
  kind: 'freeze';
  case_id: string;
  match_status: 'confirmed' | 'partial';
  competent_authority?: string;
  matches: (FreezeMatchInput & {
    displayName: { latin: string; original?: string };
    steps: TimelineStep[];
    hoursArrivalToFreeze: number;
    daysListingToFreeze: number | null;
    withinHours: boolean;
    frozenTotals: string[];
  })[];
  reason: string;
  action: string;
  /** The service level the timeline is judged against (configurable; FATF says "without delay"). */
  slaHours: number;
}

const hours = (from: string, to: string) => Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 100) / 100;

function checkMatch(m: FreezeMatchInput, path: string, list: IssueList): void {
  list.require(m.listed?.reference, `${path}.listed.reference`, 'the UN list reference');
  if (m.listed?.list === 'un' && m.listed.reference && !UN_REF.test(m.listed.reference)) {
    list.add(`${path}.listed.reference`, `"${m.listed.reference}" is not an ISIL (Da'esh) & Al-Qaida reference (QDi.123 or QDe.123)`);
  }
  list.require(m.listed?.name, `${path}.listed.name`, 'the name as listed');
  list.require(m.listed?.version?.hash, `${path}.listed.version.hash`, 'the list version matched against');
  if (m.party) issueFieldCheck(m.party, `${path}.party`, list);
  else list.add(`${path}.party`, 'missing (the customer or counterparty that matched)');
  list.require(m.decision?.maker, `${path}.decision.maker`, 'who decided the match');
  list.require(m.decision?.checker, `${path}.decision.checker`, 'who approved the decision');
  if (m.decision?.maker && m.decision.maker === m.decision.checker) {
    list.add(`${path}.decision.checker`, 'four eyes: the checker must be another person than the maker');
  }
  const frozen = m.frozen ?? [];
  if (frozen.length === 0 && (m.attempted ?? []).length === 0) {
    list.add(`${path}.frozen`, 'missing: a freeze report states what was frozen or which transaction was blocked');
  }
  frozen.forEach((a, i) => {
    list.require(a.description, `${path}.frozen[${i}].description`, 'what was frozen');
    if (!isDateString(a.frozen_at)) list.add(`${path}.frozen[${i}].frozen_at`, 'missing or not a date-time');
    checkMoney(a.amount, `${path}.frozen[${i}].amount`, list);
  });
  (m.attempted ?? []).forEach((t, i) => {
    list.require(t.counterparty, `${path}.attempted[${i}].counterparty`, 'the other party');
    if (!isDateString(t.date)) list.add(`${path}.attempted[${i}].date`, 'missing or not a date');
    if (!isDateString(t.blocked_at)) list.add(`${path}.attempted[${i}].blocked_at`, 'missing or not a date-time');
    if (list.require(t.amount, `${path}.attempted[${i}].amount`, 'the amount attempted')) checkMoney(t.amount, `${path}.attempted[${i}].amount`, list);
  });
  const t = m.timeline ?? ({} as FreezeTimelineInput);
  const order: (keyof FreezeTimelineInput)[] = ['list_version_arrived_at', 'alert_at', 'decided_at', 'approved_at', 'frozen_at'];
  for (const k of order) if (!isDateString(t[k])) list.add(`${path}.timeline.${k}`, 'missing or not a date-time');
  for (let i = 1; i < order.length; i++) {
    const a = t[order[i - 1]!];
    const b = t[order[i]!];
    if (isDateString(a) && isDateString(b) && Date.parse(b) < Date.parse(a)) {
      list.add(`${path}.timeline.${order[i]}`, `is before ${order[i - 1]}: the steps must follow each other`);
    }
  }
}

function totals(frozen: readonly FrozenAssetInput[], exponents: Readonly<Record<string, number>>): string[] {
  const sums = new Map<string, bigint>();
  for (const a of frozen) if (a.amount) sums.set(a.amount.currency, (sums.get(a.amount.currency) ?? 0n) + BigInt(a.amount.minor));
  return [...sums].map(([currency, minor]) => formatMoney({ currency, minor: minor.toString() }, exponents));
}

/** The freeze report, or the problems that prevent it (each naming its field). */
export function buildFreezeReport(input: FreezeCaseInput, options: { exponents?: Readonly<Record<string, number>>; slaHours?: number } = {}): { report?: FreezeReport; issues: ReportIssue[] } {
  const list = new IssueList();
  list.require(input.case_id, 'case_id', 'the case this report comes from');
  if (input.match_status !== 'confirmed' && input.match_status !== 'partial') list.add('match_status', 'must be "confirmed" or "partial"');
  if (list.require(input.matches, 'matches', 'at least one true match on the UN list')) input.matches.forEach((m, i) => checkMatch(m, `matches[${i}]`, list));
  if (list.issues.length > 0) return { issues: list.issues };

  // A design default, not a rule from the sources: FATF asks for freezing "without delay", which it
  // glosses as "ideally within a matter of hours"; the caller sets its own figure.
  const slaHours = options.slaHours ?? 24;
  const exponents = options.exponents ?? {};
  const matches = input.matches.map((m) => {
    const t = m.timeline;
    const arrival = t.list_version_arrived_at;
    const steps: TimelineStep[] = [
      ...(t.listed_on ? [{ step: 'listed' as const, at: t.listed_on, hoursSinceArrival: hours(arrival, `${t.listed_on.slice(0, 10)}T00:00:00Z`) }] : []),
      { step: 'list version arrived', at: arrival, hoursSinceArrival: 0 },
      { step: 'alert raised', at: t.alert_at, hoursSinceArrival: hours(arrival, t.alert_at) },
      { step: 'match decided (maker)', at: t.decided_at, hoursSinceArrival: hours(arrival, t.decided_at) },
      { step: 'match approved (checker)', at: t.approved_at, hoursSinceArrival: hours(arrival, t.approved_at) },
      { step: 'frozen', at: t.frozen_at, hoursSinceArrival: hours(arrival, t.frozen_at) },
    ];
    const hoursArrivalToFreeze = hours(arrival, t.frozen_at);
    const daysListingToFreeze = t.listed_on ? Math.floor((Date.parse(t.frozen_at) - Date.parse(`${t.listed_on.slice(0, 10)}T00:00:00Z`)) / 86_400_000) : null;
    return { ...m, displayName: partyName(m.party), steps, hoursArrivalToFreeze, daysListingToFreeze, withinHours: hoursArrivalToFreeze <= slaHours, frozenTotals: totals(m.frozen, exponents) };
  });
  const refs = matches.map((m) => m.listed.reference).join(', ');
  const reason =
    input.reason ??
    `${input.match_status === 'confirmed' ? 'Confirmed' : 'Partial'} match with the UN ISIL (Da'esh) & Al-Qaida Sanctions List (${refs}); funds and economic resources frozen without delay as UNSC resolutions 2199 and 2253 require.`;
  const action =
    input.action ??
    matches.map((m) => `${m.listed.reference}: ${m.frozen.length} asset(s) frozen${m.frozenTotals.length ? ` (${m.frozenTotals.join(', ')})` : ''}, ${(m.attempted ?? []).length} attempted transaction(s) blocked`).join('; ');
  return {
    report: {
      kind: 'freeze',
      case_id: input.case_id,
      match_status: input.match_status,
      ...(input.competent_authority ? { competent_authority: input.competent_authority } : {}),
      matches,
      reason,
      action,
      slaHours,
    },
    issues: [],
  };
}

/** The goAML form of a freeze report, and how its fields map back to the freeze input. */
export function freezeToGoaml(report: FreezeReport, filing: FilingHeaderInput, profile: FiuProfile): { input: GoamlReportInput; prefixes: [string, string][] } {
  const parties: ReportPartyInput[] = [];
  const goods: ItemInput[] = [];
  const prefixes: [string, string][] = [['reporting_person', 'filing.reporting_person'], ['reporting_entity', 'filing.reporting_entity'], ['entity_reference', 'filing.entity_reference'], ['location', 'filing.location']];
  report.matches.forEach((m, mi) => {
    const sanction = {
      provider: 'United Nations Security Council',
      sanction_list_name: m.listed.list_name ?? "ISIL (Da'esh) & Al-Qaida Sanctions List",
      ...(m.decision.evidence?.length ? { match_criteria: m.decision.evidence.join('; ') } : {}),
      ...(m.listed.link ? { link_to_source: m.listed.link } : {}),
      sanction_list_attributes: `${m.listed.reference}; list version sha256 ${m.listed.version.hash}${m.listed.version.generated_at ? ` generated ${m.listed.version.generated_at}` : ''}`,
      ...(m.timeline.listed_on ? { listed_from: m.timeline.listed_on } : {}),
    };
    const attempted = (m.attempted ?? []).map((t) => `${t.date} ${t.direction} ${formatMoney(t.amount, profile.currencyExponents)} ${t.counterparty}, blocked ${t.blocked_at}`);
    const party: ReportPartyInput = {
      role: m.party.role,
      ...(m.party.my_client ? { my_client: true } : {}),
      ...(m.party.country ? { country: m.party.country } : {}),
      is_suspected: true,
      significance: 10,
      reason: `${report.match_status === 'confirmed' ? 'Confirmed' : 'Partial'} match with ${m.listed.reference} (${m.listed.name}); decided by ${m.decision.maker}, approved by ${m.decision.checker}; frozen ${m.timeline.frozen_at}, ${m.hoursArrivalToFreeze} h after the list version arrived.`,
      ...(attempted.length ? { comments: `Attempted transactions blocked: ${attempted.join('; ')}` } : {}),
    };
    if (m.party.person) party.person = { ...m.party.person, sanctions: [...(m.party.person.sanctions ?? []), sanction] };
    else if (m.party.entity) party.entity = { ...m.party.entity, sanctions: [...(m.party.entity.sanctions ?? []), sanction] };
    prefixes.push([`activity.report_parties[${parties.length}].person`, `matches[${mi}].party.person`], [`activity.report_parties[${parties.length}].entity`, `matches[${mi}].party.entity`]);
    parties.push(party);
    m.frozen.forEach((a, ai) => {
      if (a.account) {
        prefixes.push([`activity.report_parties[${parties.length}].account`, `matches[${mi}].frozen[${ai}].account`]);
        parties.push({
          role: 'frozen account',
          ...(m.party.my_client ? { my_client: true } : {}),
          account: { ...a.account, status_code: 'FROZN', status_date: a.frozen_at, ...(a.amount ? { balance: a.amount, date_balance: a.frozen_at } : {}) },
          reason: `Frozen under the UN listing ${m.listed.reference}: ${a.description}`,
        });
      } else {
        prefixes.push([`activity.goods_services[${goods.length}]`, `matches[${mi}].frozen[${ai}]`]);
        goods.push({ description: a.description, status_code: 'FRZN', status_comments: `Frozen ${a.frozen_at} under ${m.listed.reference}`, ...(a.amount ? { estimated_value: a.amount } : {}) });
      }
    });
  });
  return {
    input: {
      purpose: report.match_status === 'confirmed' ? 'freezeConfirmed' : 'freezePartial',
      ...headerFields(filing),
      reason: report.reason,
      action: report.action,
      activity: { report_parties: parties, ...(goods.length ? { goods_services: goods } : {}) },
      rules: [report.match_status === 'confirmed' ? 'FREEZE' : 'PARTIAL-MATCH'],
    },
    prefixes,
  };
}
