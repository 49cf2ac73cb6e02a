/**
 * Applies an item group's withholdings to a list before indexing: the named parties get a copy with
 * those names removed (compared without case or surrounding space), every other party is shared
 * as is. The caption follows the first remaining name, because a caption left at the withheld
 * primary name would let an engine that reads captions see the query's own text.
 */
import type { SanctionedParty } from '../../src/lists/model.js';
import type { Withhold } from '../lib/item.js';

const norm = (s: string): string => s.trim().toLowerCase();

export function withholdNames(parties: readonly SanctionedParty[], withholds: readonly Withhold[]): SanctionedParty[] {
  const drop = new Map<string, Set<string>>();
  for (const w of withholds) {
    let set = drop.get(w.ref);
    if (!set) drop.set(w.ref, (set = new Set()));
    for (const n of w.names) set.add(norm(n));
  }
  return parties.map((p) => {
    const names = drop.get(p.referenceNumber);
    if (!names) return p;
    const kept = p.names.filter((n) => !names.has(norm(n.full)));
    return { ...p, names: kept, caption: kept[0]?.full ?? '' };
  });
}
