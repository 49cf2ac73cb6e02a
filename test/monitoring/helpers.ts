/**
 * Shared set-up for the monitoring tests: a monitor over the ISIL (Da'esh) and Al-Qaida regime of
 * the bundled UN list (the regime resolution 2199 enforces; 341 records, so the engine builds in a
 * fraction of the full list's time), the shipped reference data and the default rule pack.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUnXml } from '../../src/lists/un.js';
import { parseEvent, type MonitoringEvent } from '../../src/monitoring/events.js';
import { InMemoryHistory } from '../../src/monitoring/history.js';
import { processEvent, type Decision, type MonitorContext } from '../../src/monitoring/process.js';
import { loadReference } from '../../src/monitoring/reference/load.js';
import { prepareReference, type Reference } from '../../src/monitoring/reference/prepared.js';
import { runEvents } from '../../src/monitoring/runner.js';
import { buildMonitor, buildScreeningBase, type ScreeningBase } from '../../src/monitoring/setup.js';
import { ROOT } from '../helpers/paths.js';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'monitoring');

/** One event of the shared fixture file (test/fixtures/monitoring/events.jsonl) by its id, as raw JSON. */
export function eventFixture(id: string): Record<string, unknown> {
  const found = readFileSync(join(FIXTURES, 'events.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id} in the monitoring fixtures`);
  return found;
}

let base: Promise<ScreeningBase> | undefined;
let reference: Reference | undefined;

export function screeningBase(): Promise<ScreeningBase> {
  base ??= readUnXml({ path: join(ROOT, 'data', 'lists', 'un-consolidated-2026-01-28.xml') }).then((snap) =>
    buildScreeningBase(snap.parties.filter((p) => p.listType === 'Al-Qaida'), [{ source: 'un', hash: 'test-al-qaida-regime' }]),
  );
  return base;
}

export function shippedReference(): Reference {
  reference ??= prepareReference(loadReference());
  return reference;
}

export async function monitor(packConfig?: unknown): Promise<Omit<MonitorContext, 'history'>> {
  return buildMonitor(await screeningBase(), { reference: shippedReference(), packConfig });
}

/** Runs raw events (JSON values) through a fresh history; returns the decisions by event id. */
export async function run(rawEvents: unknown[], packConfig?: unknown): Promise<Map<string, Decision>> {
  const ctx = { ...(await monitor(packConfig)), history: new InMemoryHistory() };
  const events: MonitoringEvent[] = rawEvents.map((r, i) => parseEvent(r, `event ${i}`));
  const out = new Map<string, Decision>();
  for (const r of runEvents(events, ctx)) if (!r.duplicate) out.set(r.decision.eventId, r.decision);
  return out;
}

/** Processes one event against an empty history. */
export async function decide(raw: unknown, packConfig?: unknown): Promise<Decision> {
  const ctx = { ...(await monitor(packConfig)), history: new InMemoryHistory() };
  return processEvent(parseEvent(raw), ctx);
}

export function codes(d: Decision | undefined): string[] {
  return d ? d.ruleHits.map((h) => h.code).sort() : [];
}

export function hit(d: Decision | undefined, code: string): { evidence: Record<string, unknown> } | undefined {
  return d?.ruleHits.find((h) => h.code === code) as { evidence: Record<string, unknown> } | undefined;
}
