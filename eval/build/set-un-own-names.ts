/**
 * Sets built from the UN list's own names, screened against a copy of the list from which the
 * query's own text has been withheld (the harness applies `list.withhold` before indexing):
 *
 * - un-script-to-latin: each original-script name (Arabic mostly, some Cyrillic) queried against the
 *   list with that record's original-script names removed, so only its Latin names can match.
 * - un-latin-to-script: the record's Latin primary name queried against the list where that record
 *   keeps only its original-script names.
 * - un-alias-loo: leave-one-out over Latin names. Name k of a record (0 = primary, then aliases) is
 *   queried against the list without that one name, for records with at least two Latin names.
 *   Variant "loo-k" groups all items holding out their record's k-th name, so each record loses at
 *   most one name in an engine build; ~40 builds instead of one per item. Items whose held-out name
 *   shares no word key with the names left are put in un-alias-loo-unrelated: those are nicknames or
 *   other identities ("Abu Hafs" for "Mohammed Atef") that no name matcher can be expected to find,
 *   reported apart so they neither hide nor inflate the spelling figures.
 *
 * Queries are name-only: these sets measure names, not the other evidence.
 */
import type { SanctionedParty } from '../../src/lists/model.js';
import type { EvalItem } from '../lib/item.js';
import { scriptOf } from '../lib/script.js';
import { evalKind, latinNames, originalScriptNames, schemaOf } from './un-data.js';
import { nameKeys } from './skeleton.js';

const VERSION = 'un-2026-01-28';

export function buildUnOwnNames(parties: SanctionedParty[]): EvalItem[] {
  const items: EvalItem[] = [];
  const counters = new Map<string, number>();
  const nextId = (set: string): string => {
    const n = (counters.get(set) ?? 0) + 1;
    counters.set(set, n);
    return `${set}-${String(n).padStart(5, '0')}`;
  };

  for (const party of parties) {
    const kind = evalKind(party);
    const originals = originalScriptNames(party);
    const latin = latinNames(party);
    if (originals.length > 0 && latin.length > 0) {
      for (const o of originals) {
        items.push({
          id: nextId('un-script-to-latin'),
          query: { schema: schemaOf(kind), name: o.full },
          expected: [party.referenceNumber],
          set: 'un-script-to-latin',
          script: scriptOf(o.full),
          kind,
          list: { version: VERSION, variant: 'no-original-script', withhold: [{ ref: party.referenceNumber, names: originals.map((n) => n.full) }] },
          note: `original-script name of ${party.referenceNumber}; list without its ${originals.length} original-script name(s)`,
        });
      }
      const primary = latin[0]!;
      const withheld = party.names.filter((n) => n.type !== 'original-script').map((n) => n.full);
      items.push({
        id: nextId('un-latin-to-script'),
        query: { schema: schemaOf(kind), name: primary.full },
        expected: [party.referenceNumber],
        set: 'un-latin-to-script',
        script: 'latin',
        kind,
        list: { version: VERSION, variant: 'original-script-only', withhold: [{ ref: party.referenceNumber, names: withheld }] },
        targetScript: scriptOf(originals[0]!.full),
        note: `primary name of ${party.referenceNumber}; its record keeps only ${originals.map((o) => scriptOf(o.full)).join('+')} name(s)`,
      });
    }

    if (latin.length >= 2) {
      latin.forEach((held, k) => {
        const rest = party.names.filter((n) => n.full !== held.full);
        const restKeys = new Set(rest.flatMap((n) => nameKeys(n.full)));
        const related = nameKeys(held.full).some((key) => restKeys.has(key));
        const set = related ? 'un-alias-loo' : 'un-alias-loo-unrelated';
        items.push({
          id: nextId(set),
          query: { schema: schemaOf(kind), name: held.full },
          expected: [party.referenceNumber],
          set,
          script: 'latin',
          kind,
          list: { version: VERSION, variant: `loo-${k}`, withhold: [{ ref: party.referenceNumber, names: [held.full] }] },
          note: `${held.type === 'primary' ? 'primary name' : `alias (${held.quality})`} of ${party.referenceNumber} held out; ${rest.length} other name(s) left`,
        });
      });
    }
  }
  return items;
}
