/**
 * Shadow mode: a new rule-pack version runs beside the live one on the same events and the same
 * history, and raises nothing. The live decisions are the ones returned (and acted on); the shadow
 * ones only feed the comparison: per rule, events hit only by live, only by shadow, and by both;
 * and the events whose decision would change. History is committed once, from the live side, so
 * both versions see the same past.
 */
import type { MonitoringEvent } from './events.js';
import { InMemoryHistory, type HistoryStore } from './history.js';
import { processEvent, type Decision, type MonitorContext } from './process.js';
import { chronological } from './runner.js';

export interface ShadowReport {
  live: string;
  shadow: string;
  events: number;
  decisionsChanged: { eventId: string; live: string; shadow: string }[];
  rules: { code: string; onlyLive: number; onlyShadow: number; both: number; examples: { onlyLive: string[]; onlyShadow: string[] } }[];
}

export function shadowRun(
  events: readonly MonitoringEvent[],
  live: Omit<MonitorContext, 'history'>,
  shadow: Omit<MonitorContext, 'history'>,
  history: HistoryStore = new InMemoryHistory(),
): { decisions: Decision[]; report: ShadowReport } {
  const decisions: Decision[] = [];
  const rows = new Map<string, ShadowReport['rules'][number]>();
  const row = (code: string): ShadowReport['rules'][number] => {
    let r = rows.get(code);
    if (!r) rows.set(code, (r = { code, onlyLive: 0, onlyShadow: 0, both: 0, examples: { onlyLive: [], onlyShadow: [] } }));
    return r;
  };
  for (const r of [...live.pack.rules, ...shadow.pack.rules]) row(r.rule.def.code);
  const changed: ShadowReport['decisionsChanged'] = [];
  for (const i of chronological(events)) {
    const e = events[i]!;
    if (history.seen(e.id)) continue;
    const l = processEvent(e, { ...live, history });
    const s = processEvent(e, { ...shadow, history });
    history.commit(e.id, l.history);
    decisions.push(l);
    const lc = new Set(l.ruleHits.map((h) => h.code));
    const sc = new Set(s.ruleHits.map((h) => h.code));
    for (const c of new Set([...lc, ...sc])) {
      const r = row(c);
      if (lc.has(c) && sc.has(c)) r.both++;
      else if (lc.has(c)) {
        r.onlyLive++;
        if (r.examples.onlyLive.length < 5) r.examples.onlyLive.push(e.id);
      } else {
        r.onlyShadow++;
        if (r.examples.onlyShadow.length < 5) r.examples.onlyShadow.push(e.id);
      }
    }
    if (l.decision !== s.decision) changed.push({ eventId: e.id, live: l.decision, shadow: s.decision });
  }
  return { decisions, report: { live: live.pack.id, shadow: shadow.pack.id, events: events.length, decisionsChanged: changed, rules: [...rows.values()] } };
}
