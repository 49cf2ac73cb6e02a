/**
 * Processing one event: (event, context) -> decision. Pure with respect to its context: it reads
 * the history and the screener (whose cache does not change answers) and writes nothing; the
 * records to commit come back in the decision, and the runner (runner.ts) or a future queue worker
 * commits them. So the same function serves the CLI, a backtest, shadow mode and, later, the API and
 * NATS workers, and replaying an event against the same history gives the same decision.
 *
 * Decision: block when a rule with action "block" hits (C2 listed party, C5 ransom to a listed
 * party), else refuse (C6 cultural property), else alert on any hit, else allow. A rule that fails
 * to evaluate is reported and makes the event alert (RULE-ERROR): a control that cannot run must
 * not pass an event silently.
 */
import { plain } from './cel.js';
import type { MonitoringEvent } from './events.js';
import { commonFacts, type FactInput } from './facts.js';
import type { HistoryRecord, HistoryStore } from './history.js';
import { historyRecords } from './records.js';
import type { Reference } from './reference/prepared.js';
import type { RuleAction } from './rule-types.js';
import type { RulePack } from './rule-pack.js';
import type { Screener, ScreeningHit } from './screening.js';
import { screeningTargets } from './targets.js';

export type DecisionKind = 'allow' | 'alert' | 'block' | 'refuse';

export interface MonitorContext {
  screener: Screener;
  pack: RulePack;
  reference: Reference;
  history: HistoryStore;
}

export interface RuleHit {
  code: string;
  pack: string;
  title: string;
  action: RuleAction;
  score: number;
  hardControl?: string;
  evidence: unknown;
  source: string;
}

export interface Decision {
  eventId: string;
  kind: MonitoringEvent['kind'];
  date: string;
  decision: DecisionKind;
  /** Reason codes of the hits, strongest action first. */
  reasons: string[];
  /** Highest score among the hits (0 when none). */
  score: number;
  screeningHits: ScreeningHit[];
  ruleHits: RuleHit[];
  errors: { code: string; message: string }[];
  rulePack: string;
  listVersions: { source: string; hash: string }[];
  /** What this event adds to history; committed by the caller, not part of the output line. */
  history: HistoryRecord[];
}

const RANK: Record<RuleAction, number> = { alert: 1, refuse: 2, block: 3 };
const byRank = (a: RuleHit, b: RuleHit): number => RANK[b.action] - RANK[a.action] || b.score - a.score;

export function processEvent(event: MonitoringEvent, ctx: MonitorContext): Decision {
  const { pack, reference } = ctx;
  const screeningHits: ScreeningHit[] = [];
  for (const t of screeningTargets(event)) {
    const hits = ctx.screener.screen(t);
    for (let i = 0; i < hits.length; i++) screeningHits.push(hits[i] as ScreeningHit);
  }
  const common = commonFacts(event, reference, screeningHits);

  const input: FactInput = { event, common, reference, history: ctx.history, params: pack.paramsOf };
  const activation: Record<string, unknown> = { event, screening: common.screening, geo: common.geo };
  const packFacts: Record<string, Record<string, unknown> | undefined> = {};
  const ruleHits: RuleHit[] = [];
  const errors: Decision['errors'] = [];
  for (const m of pack.modules) {
    if (!m.facts || !m.factsKey) continue;
    let f: Record<string, unknown> | undefined;
    try {
      f = m.facts(input);
    } catch (err) {
      // The pack's rules are skipped (no facts) and the failure makes the event alert.
      errors.push({ code: `${m.id}-facts`, message: (err as Error).message });
    }
    packFacts[m.factsKey] = f;
    activation[m.factsKey] = f ?? {};
  }

  for (const r of pack.rulesFor(event.kind)) {
    if (r.factsKey && packFacts[r.factsKey] === undefined) continue;
    const def = r.rule.def;
    activation.p = r.rule.params;
    if (r.surelyFalse?.(activation) === true) continue;
    try {
      if (r.when(activation) !== true) continue;
      ruleHits.push({
        code: def.code,
        pack: def.pack,
        title: def.title,
        action: r.rule.action,
        score: r.rule.score,
        ...(def.hardControl ? { hardControl: def.hardControl } : {}),
        evidence: plain(r.evidence(activation)),
        source: def.source,
      });
    } catch (err) {
      errors.push({ code: def.code, message: (err as Error).message.split('\n')[0] ?? String(err) });
    }
  }

  if (ruleHits.length > 1) ruleHits.sort(byRank);
  const top = ruleHits[0]?.action;
  const decision: DecisionKind = top === 'block' ? 'block' : top === 'refuse' ? 'refuse' : ruleHits.length > 0 || errors.length > 0 ? 'alert' : 'allow';
  return {
    eventId: event.id,
    kind: event.kind,
    date: event.date,
    decision,
    reasons: reasonsOf(ruleHits, errors.length > 0),
    score: topScore(ruleHits),
    screeningHits,
    ruleHits,
    errors,
    rulePack: pack.id,
    listVersions: ctx.screener.listVersions,
    history: historyRecords(event, common, packFacts),
  };
}

/** The hits' codes in order, then RULE-ERROR when a rule failed (a loop: no intermediate arrays per event). */
function reasonsOf(ruleHits: RuleHit[], failed: boolean): string[] {
  const reasons: string[] = [];
  for (const h of ruleHits) reasons.push(h.code);
  if (failed) reasons.push('RULE-ERROR');
  return reasons;
}

/** The highest score among the hits, 0 when none. */
function topScore(ruleHits: RuleHit[]): number {
  let m = 0;
  for (const h of ruleHits) m = Math.max(m, h.score);
  return m;
}

/** A decision as one output line (history records left out: they are internal state). */
export function decisionLine(d: Decision): string {
  const { history: _history, ...rest } = d;
  return JSON.stringify(rest);
}
