/**
 * uk-2018 / uk-2026: the UK HM Treasury spellings of UN-listed parties. The UK ConList 2018-04-13
 * cites the UN reference of each UN-derived target; each distinct UK name of such a target is a
 * query (with the UK date of birth of that row, for individuals) whose expected answer is the UN
 * reference. Screened against the UN list closest in date (2018-06-07) and, for references still
 * listed, against the bundled 2026-01-28 list.
 *
 * Links are kept only when the record types agree (UK Individual <-> UN person, Entity <-> entity):
 * the UK cites QDe.004, an entity, for an individual (SOURCES.md), and such errors must not become
 * labels. UK names that are the same words as one of the UN record's own names (case and
 * punctuation aside) test no spelling; they go to uk-2018-same-words / uk-2026-same-words, where
 * they still test word order, the UK birth date against the UN one, and that an exact name is found.
 */
import type { SanctionedParty } from '../../src/lists/model.js';
import type { EvalItem } from '../lib/item.js';
import { scriptOf } from '../lib/script.js';
import type { UkFile } from '../sources/uk.js';
import { evalKind, plainWords, schemaOf } from './un-data.js';

export interface UkBuildStats {
  targetsWithRef: number;
  refNotInList: number;
  typeMismatch: number;
  sameAsUnName: number;
}

function buildFor(uk: UkFile, parties: SanctionedParty[], version: string, set: string, stats: UkBuildStats): EvalItem[] {
  const byRef = new Map(parties.map((p) => [p.referenceNumber, p]));
  const items: EvalItem[] = [];
  for (const t of uk.targets) {
    if (!t.unRef) continue;
    stats.targetsWithRef++;
    const party = byRef.get(t.unRef);
    if (!party) {
      stats.refNotInList++;
      continue;
    }
    const kind = evalKind(party);
    const ukKind = t.groupType === 'Individual' ? 'person' : 'organization';
    if (ukKind !== kind) {
      stats.typeMismatch++;
      continue;
    }
    const own = new Set(party.names.map((n) => plainWords(n.full)));
    const done = new Set<string>();
    for (const n of t.names) {
      if (done.has(n.full)) continue;
      done.add(n.full);
      const same = own.has(plainWords(n.full));
      if (same) stats.sameAsUnName++;
      const target = same ? `${set}-same-words` : set;
      items.push({
        id: `${target}-${String(items.filter((i) => i.set === target).length + 1).padStart(5, '0')}`,
        query: { schema: schemaOf(kind), name: n.full, ...(kind === 'person' && n.birthDate ? { birthDate: n.birthDate } : {}) },
        expected: [party.referenceNumber],
        set: target,
        script: scriptOf(n.full),
        kind,
        list: { version, variant: 'full' },
        note: `UK HMT 2018-04-13 group ${t.groupId} (${n.aliasType || 'name'}) cites UN ${t.unRef}`,
      });
    }
  }
  return items;
}

export function buildUk(uk: UkFile, un2018: SanctionedParty[], un2026: SanctionedParty[]): { items: EvalItem[]; stats: Record<string, UkBuildStats> } {
  const s2018: UkBuildStats = { targetsWithRef: 0, refNotInList: 0, typeMismatch: 0, sameAsUnName: 0 };
  const s2026: UkBuildStats = { targetsWithRef: 0, refNotInList: 0, typeMismatch: 0, sameAsUnName: 0 };
  const items = [...buildFor(uk, un2018, 'un-2018-06-07', 'uk-2018', s2018), ...buildFor(uk, un2026, 'un-2026-01-28', 'uk-2026', s2026)];
  return { items, stats: { 'uk-2018': s2018, 'uk-2026': s2026 } };
}
