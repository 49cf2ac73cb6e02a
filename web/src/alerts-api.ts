import { isMissingRoute } from './api.js';
import type { DecisionView } from './decision-model.js';

/**
 * The alert, case and decision shapes the UI reads. The server routes for them are being written
 * alongside this UI, so fields are read defensively (camelCase as drizzle returns them) and a missing
 * route is reported as "not available on this server" rather than as an error.
 */
export interface AlertRow {
  id: number;
  partyId: number;
  caseId: number | null;
  state: string;
  stateReason?: string | null;
  score: number;
  threshold: number;
  algorithmVersion: string;
  explanation: unknown;
  listSource: string;
  listVersionHash: string;
  listVersionArrivedAt: string;
  listedPartyId: string;
  listedPartyRef: string;
  listedOn?: string | null;
  createdAt: string;
  updatedAt: string;
  /** Rule hits (monitoring alerts) carry a rule and its pack instead of / besides a listed party. */
  rule?: string | null;
  rulePack?: string | null;
  party?: { id: number; name?: string; orgId?: string; data?: Record<string, unknown> } | null;
  partyName?: string | null;
}

/** A name alert's decision: usernames always given, and the allow-list days of a false positive. */
export interface DecisionRow extends DecisionView {
  alertId: number;
  /** Maker and checker by username (GET /alerts/:id, /decisions, /cases/:id carry them). */
  makerUsername: string;
  checkerUsername: string | null;
  allowListDays: number | null;
}

export function unavailable(err: unknown): boolean {
  return isMissingRoute(err);
}

/** Accept either a bare array or {items|alerts|rows: [...]} so one server change does not blank a screen. */
export function rowsOf<T>(data: unknown, ...keys: string[]): T[] {
  if (Array.isArray(data)) return data as T[];
  if (data && typeof data === 'object') {
    for (const k of [...keys, 'items', 'rows', 'results']) {
      const v = (data as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v as T[];
    }
  }
  return [];
}

/** An organisation's party as the API returns it (parties table). */
export interface PartyRow {
  id: number;
  orgId: string;
  schema: string;
  properties: Record<string, string[] | undefined>;
  createdAt: string;
  updatedAt: string;
}

export interface AlertDetail {
  alert: AlertRow;
  party: PartyRow | null;
  decisions: DecisionRow[];
}

export interface FreezeRecordRow {
  id: number;
  partyId: number;
  alertId: number;
  decisionId: number;
  listSource: string;
  listedPartyRef: string;
  listedOn: string | null;
  listVersionHash: string;
  listVersionArrivedAt: string;
  alertAt: string;
  decidedAt: string;
  approvedAt: string;
  frozenAt: string;
  timeline: {
    arrivalToAlertMs: number;
    alertToDecisionMs: number;
    decisionToApprovalMs: number;
    approvalToFreezeMs: number;
    arrivalToFreezeMs: number;
    listingToFreezeDays: number | null;
  };
}

export interface AllowListRow {
  id: number;
  partyId: number;
  listedPartyId: string;
  decisionId: number;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
}
