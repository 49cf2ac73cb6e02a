/**
 * How far back a batch of events needs history: the rules read history only through windows whose
 * lengths are their parameters in days (`windowDays`, `lookbackDays`, `priorDays`, ...; a window may
 * follow another, as FTF-1's prior period before its window), plus first-seen counterparty pairs,
 * which look back forever and are loaded apart (event-store.ts). So a window reaches at most the
 * sum of one rule's day parameters back from its event's date.
 *
 * Loading a party's whole history instead made every batch cost more as the stream aged: two
 * workers' second 10,000 events cost as much CPU as their first, screening cache warm or not
 * (bench/monitor-nats.ts; docs/benchmarks.md, Monitoring). A rule whose window is not a parameter
 * named "...Days" must add one; `undefined` (no such parameter at all) means "load everything", as
 * before.
 */
import type { PackModule } from './facts.js';
import type { RulePack } from './rule-pack.js';

const horizons = new WeakMap<object, number | undefined>();

export function historyHorizonDays(pack: Pick<RulePack, 'config'>): number | undefined {
  if (horizons.has(pack.config)) return horizons.get(pack.config);
  let horizon: number | undefined;
  // Every rule, enabled or not: the packs' fact builders compute with all their rules' parameters.
  for (const r of pack.config.rules) {
    let sum = 0;
    let any = false;
    for (const [name, value] of Object.entries(r.params)) {
      if (!name.endsWith('Days') || typeof value !== 'number' || !Number.isFinite(value)) continue;
      sum += Math.max(0, Math.ceil(value));
      any = true;
    }
    if (any) horizon = Math.max(horizon ?? 0, sum + 1);
  }
  horizons.set(pack.config, horizon);
  return horizon;
}

const kindsRead = new WeakMap<object, readonly string[] | undefined>();

/**
 * The history record kinds a pack's fact builders can read (PackModule.historyKinds, all modules
 * together), sorted; undefined when a module with facts does not say, i.e. every kind. A batch
 * loads only these (event-store.ts loadHistoryFor): in a payment stream most records are
 * payment.out and payment.in, which no rule reads through a window.
 */
export function historyKindsRead(pack: Pick<RulePack, 'modules'>): readonly string[] | undefined {
  if (kindsRead.has(pack.modules)) return kindsRead.get(pack.modules);
  let kinds: Set<string> | undefined = new Set();
  for (const m of pack.modules as readonly PackModule[]) {
    if (m.facts === undefined) continue;
    if (m.historyKinds === undefined) {
      kinds = undefined;
      break;
    }
    for (const k of m.historyKinds) kinds.add(k);
  }
  const out = kinds && [...kinds].sort();
  kindsRead.set(pack.modules, out);
  return out;
}
