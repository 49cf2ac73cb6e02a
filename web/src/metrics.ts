import { packOf, ruleOf } from './alert-model.js';
import type { AlertRow, FreezeRecordRow } from './alerts-api.js';

/**
 * The monitoring numbers, computed from alerts and freeze records as the API returns them. Pure
 * functions, so the dashboard draws exactly what the tables beside the charts show.
 */
const DAY_S = 86_400;

export interface DailySeries {
  /** Unix seconds at 00:00 UTC of each day, consecutive (days without alerts are zeros, not gaps). */
  days: number[];
  series: { label: string; values: number[] }[];
}

/** Alerts raised per day, one series per group (rule pack, or rule). */
export function alertsPerDay(alerts: AlertRow[], groupOf: (a: AlertRow) => string): DailySeries {
  return dailySeries(dayCountsOf(alerts, groupOf));
}

export const byPack = packOf;
export const byRule = ruleOf;

export interface RuleRate {
  rule: string;
  closed: number;
  falsePositives: number;
  /** null when nothing under the rule was closed yet. */
  rate: number | null;
}

/** Share of closed alerts decided false positive, per rule. */
export function falsePositiveRates(alerts: AlertRow[]): RuleRate[] {
  const by = new Map<string, RuleRate>();
  for (const a of alerts) {
    const rule = ruleOf(a);
    const r = by.get(rule) ?? { rule, closed: 0, falsePositives: 0, rate: null };
    if (a.state === 'closed_false_positive' || a.state === 'closed_true_match') r.closed += 1;
    if (a.state === 'closed_false_positive') r.falsePositives += 1;
    r.rate = r.closed > 0 ? r.falsePositives / r.closed : null;
    by.set(rule, r);
  }
  return [...by.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

export interface FreezeDelay {
  label: string;
  /** Days from the listing to the freeze (null when the list gives no listing date). */
  listingToFreezeDays: number | null;
  /** Hours from the list version's arrival here to the freeze: what this organisation controls. */
  arrivalToFreezeHours: number;
}

export function freezeDelays(records: FreezeRecordRow[]): FreezeDelay[] {
  return [...records]
    .sort((a, b) => Date.parse(a.frozenAt) - Date.parse(b.frozenAt))
    .map((r) => ({
      label: `${r.listedPartyRef} (${r.frozenAt.slice(0, 10)})`,
      listingToFreezeDays: r.timeline.listingToFreezeDays,
      arrivalToFreezeHours: Math.round((r.timeline.arrivalToFreezeMs / 3_600_000) * 100) / 100,
    }));
}

/** One day's count for one group, from any source (client-side alerts or the server's stats). */
export interface DayCount {
  /** YYYY-MM-DD (UTC) */
  date: string;
  group: string;
  count: number;
}

export function dayCountsOf(alerts: AlertRow[], groupOf: (a: AlertRow) => string): DayCount[] {
  return alerts.map((a) => ({ date: a.createdAt.slice(0, 10), group: groupOf(a), count: 1 }));
}

/** Day counts as consecutive UTC days (zeros filled in), one series per group. */
export function dailySeries(counts: DayCount[]): DailySeries {
  if (counts.length === 0) return { days: [], series: [] };
  const dayOf = (c: DayCount) => Date.parse(`${c.date}T00:00:00Z`) / 1000;
  const first = Math.min(...counts.map(dayOf));
  const last = Math.max(...counts.map(dayOf));
  const days: number[] = [];
  for (let d = first; d <= last; d += DAY_S) days.push(d);
  const groups = new Map<string, number[]>();
  for (const c of counts) {
    if (!groups.has(c.group)) groups.set(c.group, days.map(() => 0));
    groups.get(c.group)![(dayOf(c) - first) / DAY_S]! += c.count;
  }
  return { days, series: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, values]) => ({ label, values })) };
}
