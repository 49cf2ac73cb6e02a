/**
 * What the four case-file builders share: their inputs (the stored case, the organisation's
 * reporting settings, the FIU profile, the listed parties' names), what they return (the case file
 * and the problems still open), and the rule that a problem about a missing field disappears once
 * the request supplies that field (`extra`, merge-extra.ts).
 */
import type { MonitoringEvent } from '../monitoring/events.js';
import type { ReportIssue } from './build-context.js';
import type { CaseData, StoredAlert, StoredEvent } from './case-data.js';
import type { FiuProfile } from './fiu-profile.js';
import type { ReportingSettings } from './reporting-settings.js';

export interface ListedName {
  name: string;
  original?: string;
}

export interface CaseFileContext {
  data: CaseData;
  settings: ReportingSettings;
  profile: FiuProfile;
  /** The listed party's name for an alert (from the list version it was raised on). */
  listedName(alert: StoredAlert): ListedName;
  /** Text from the request: the analyst's reason and action taken. */
  reason?: string;
  action?: string;
  reportCode?: string;
  now: Date;
}

export interface BuiltCaseFile<T> {
  file: T;
  /** Problems found while building, each naming a case-file field; dropped if the request supplies it. */
  pending: ReportIssue[];
  /** Problems the request cannot patch away (the case itself does not fit the report). */
  blocking?: ReportIssue[];
}

export function entityReference(ctx: CaseFileContext): string {
  return `${ctx.settings.entityReferencePrefix}${ctx.data.case.id}`;
}

/** The canonical event of src/monitoring/events.ts, as stored in monitoring_events.event. */
export function eventOf(stored: StoredEvent): MonitoringEvent {
  return stored.event as MonitoringEvent;
}

/** Rule alerts a person closed as false positives say nothing to report: they are left out. */
function reportable(data: CaseData): CaseData['ruleAlerts'] {
  return data.ruleAlerts.filter((r) => r.state !== 'closed_false_positive');
}

/** The case's events of one kind that have a rule alert still standing (open, in review or a true match). */
export function eventsOfKind<K extends MonitoringEvent['kind']>(data: CaseData, kind: K): { stored: StoredEvent; event: Extract<MonitoringEvent, { kind: K }> }[] {
  const standing = new Set(reportable(data).map((r) => r.monitoringEventId));
  return data.events.filter((e) => standing.has(e.id) && eventOf(e).kind === kind).map((stored) => ({ stored, event: eventOf(stored) as Extract<MonitoringEvent, { kind: K }> }));
}

/**
 * An event's parties in the monitoring module's role order (seller before buyer...), not in the
 * order the stored JSON gives its keys: PostgreSQL's jsonb reorders them, PGlite's too.
 */
export function partiesInRoleOrder<P>(parties: Partial<Record<string, P>>, roles: readonly string[]): P[] {
  const known = roles.flatMap((r) => (parties[r] ? [parties[r]!] : []));
  const other = Object.keys(parties).filter((k) => !roles.includes(k)).sort().flatMap((k) => (parties[k] ? [parties[k]!] : []));
  return [...known, ...other];
}

/** The reason codes of the case's rule alerts (OIL-1, ART-3, ...), each once, for indicators. */
export function ruleCodes(data: CaseData, event?: StoredEvent): string[] {
  const rows = reportable(data).filter((r) => !event || r.monitoringEventId === event.id);
  return [...new Set(rows.map((r) => r.reasonCode))];
}

/** The value at a case-file path ("transactions[0].from.person.last_name"), or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let here: unknown = root;
  for (const part of path.split(/\.|(?=\[)/)) {
    if (part === '') continue;
    if (here === null || typeof here !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(part);
    here = index ? (Array.isArray(here) ? here[Number(index[1])] : undefined) : (here as Record<string, unknown>)[part];
  }
  return here;
}

function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** The build-time problems the merged case file still has. */
export function stillPending(pending: readonly ReportIssue[], merged: unknown): ReportIssue[] {
  return pending.filter((i) => !present(valueAt(merged, i.field)));
}

export function iso(d: Date | null | undefined): string | undefined {
  return d ? d.toISOString() : undefined;
}
