import type { DecisionView } from './decision-model.js';

/**
 * The rule-pack alerts API's shapes (src/server/routes/rule-alerts.ts): alerts raised by a rule of a
 * monitoring pack (oil, antiquities, ransom, donations, fighters, screening) on one event (payment,
 * oil cargo, cultural object, party flag), with the evidence the rule saw.
 */
export interface RuleAlert {
  id: number;
  monitoringEventId: number;
  eventId: string;
  kind: 'payment' | 'cargo' | 'art' | 'flag' | string;
  caseId: number | null;
  pack: string;
  packVersion: string;
  ruleId: string;
  reasonCode: string;
  severity: string;
  evidence: unknown;
  hardControl: string | null;
  state: string;
  stateReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RuleAlertDecision extends DecisionView {
  ruleAlertId: number;
}

/** GET /rule-alerts/:id adds the event (as received) and the alert's four-eyes decisions. */
export type RuleAlertDetail = RuleAlert & { event: unknown; decisions?: RuleAlertDecision[] };

/** The event as received, whether the server sends the stored row ({event, eventHash, ...}) or the event. */
export function eventBody(event: unknown): unknown {
  if (event && typeof event === 'object' && 'eventHash' in event && 'event' in event) return (event as { event: unknown }).event;
  return event;
}

export interface MonitoringStats {
  days: { date: string; pack: string; ruleId: string; alerts: number; closedFalsePositive: number; closedTrueMatch: number }[];
  perRule: { pack: string; ruleId: string; alerts: number; falsePositiveRate: number | null }[];
  listingToFreeze: { alertId: number; listedOn: string | null; frozenAt: string; hours: number | null }[];
}
