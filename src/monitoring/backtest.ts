/**
 * Backtest: run one rule-pack version over stored events, from an empty history, and count what it
 * would have raised: hits per rule (every enabled rule listed, also with zero hits, so a rule that
 * never fires is visible) and decisions per kind. Nothing is raised or stored.
 */
import type { MonitoringEvent } from './events.js';
import { InMemoryHistory, type HistoryStore } from './history.js';
import type { DecisionKind, MonitorContext } from './process.js';
import { runEvents } from './runner.js';

export interface BacktestReport {
  rulePack: string;
  events: number;
  duplicates: number;
  decisions: Record<DecisionKind, number>;
  rules: { code: string; title: string; action: string; hits: number; examples: string[] }[];
  ruleErrors: number;
}

export function backtest(events: readonly MonitoringEvent[], ctx: Omit<MonitorContext, 'history'>, history: HistoryStore = new InMemoryHistory()): BacktestReport {
  const rules = new Map(ctx.pack.rules.map((r) => [r.rule.def.code, { code: r.rule.def.code, title: r.rule.def.title, action: r.rule.action, hits: 0, examples: [] as string[] }]));
  const decisions: Record<DecisionKind, number> = { allow: 0, alert: 0, block: 0, refuse: 0 };
  let duplicates = 0;
  let ruleErrors = 0;
  for (const r of runEvents(events, { ...ctx, history })) {
    if (r.duplicate) {
      duplicates++;
      continue;
    }
    decisions[r.decision.decision]++;
    ruleErrors += r.decision.errors.length;
    for (const h of r.decision.ruleHits) {
      const row = rules.get(h.code);
      if (!row) continue;
      row.hits++;
      if (row.examples.length < 5) row.examples.push(r.decision.eventId);
    }
  }
  return { rulePack: ctx.pack.id, events: events.length, duplicates, decisions, rules: [...rules.values()], ruleErrors };
}
