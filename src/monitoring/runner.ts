/**
 * Running a batch of events: each is processed in date order (history must see the past before the
 * present), committed to history, and reported in input order. An event id seen before (in this
 * batch or in the history) is reported as a duplicate and neither re-processed nor re-alerted:
 * at-least-once delivery upstream must not mean twice-alerted downstream.
 */
import type { MonitoringEvent } from './events.js';
import { processEvent, type Decision, type MonitorContext } from './process.js';

export type RunResult = { duplicate: false; decision: Decision } | { duplicate: true; eventId: string };

/** Indices of `events` in stable date order. */
export function chronological(events: readonly MonitoringEvent[]): number[] {
  return events.map((_, i) => i).sort((a, b) => {
    const da = events[a]!.date;
    const db = events[b]!.date;
    return da < db ? -1 : da > db ? 1 : a - b;
  });
}

export function runEvents(events: readonly MonitoringEvent[], ctx: MonitorContext, onDecision?: (d: Decision) => void): RunResult[] {
  const results: RunResult[] = new Array(events.length);
  for (const i of chronological(events)) {
    const e = events[i]!;
    if (ctx.history.seen(e.id)) {
      results[i] = { duplicate: true, eventId: e.id };
      continue;
    }
    const d = processEvent(e, ctx);
    ctx.history.commit(e.id, d.history);
    onDecision?.(d);
    results[i] = { duplicate: false, decision: d };
  }
  return results;
}
