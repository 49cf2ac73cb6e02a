/**
 * negatives: realistic names of people and organisations that are NOT listed, in the cultures the
 * list's names come from and in the scripts they are written in. Every draw is checked against
 * every name of every UN list version the eval uses (./clean-check.ts) and dropped when it equals
 * or nearly equals one, so a hit on this set is a false alert. 30% of the people carry a birth date,
 * as real screening queries often do; it must not turn a clean name into an alert.
 */
import type { EvalItem, EvalScript } from '../lib/item.js';
import { FULL_UN_2026 } from '../lib/item.js';
import type { Rng } from '../lib/prng.js';
import type { CleanCheck } from './clean-check.js';
import { generateOrganization, generatePerson, type Culture } from './person-generator.js';

/** [culture, how many, script weights latin/arabic/cyrillic]. */
const PLAN: [Culture, number, [EvalScript, number][]][] = [
  ['arab', 1500, [['latin', 55], ['arabic', 30], ['cyrillic', 15]]],
  ['afghan', 600, [['latin', 50], ['arabic', 40], ['cyrillic', 10]]],
  ['somali', 300, [['latin', 1]]],
  ['russian', 600, [['latin', 50], ['cyrillic', 50]]],
  ['ukrainian', 300, [['latin', 50], ['cyrillic', 50]]],
  ['chechen', 400, [['latin', 50], ['cyrillic', 50]]],
  ['indonesian', 400, [['latin', 1]]],
  ['west-african', 500, [['latin', 1]]],
  ['european', 600, [['latin', 1]]],
];
const ORGS: [EvalScript, number][] = [['latin', 500], ['arabic', 150], ['cyrillic', 150]];

export interface NegativeStats {
  generated: number;
  rejectedAsListed: number;
  duplicates: number;
}

function birthDate(rng: Rng): string {
  const y = rng.int(1950, 2003);
  if (rng.chance(0.5)) return String(y);
  return `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

export function buildNegatives(rng: Rng, clean: CleanCheck): { items: EvalItem[]; stats: NegativeStats } {
  const stats: NegativeStats = { generated: 0, rejectedAsListed: 0, duplicates: 0 };
  const items: EvalItem[] = [];
  const seen = new Set<string>();
  const take = (name: string): boolean => {
    stats.generated++;
    const key = name.toLowerCase();
    if (seen.has(key)) {
      stats.duplicates++;
      return false;
    }
    seen.add(key);
    if (clean.conflict(name) !== undefined) {
      stats.rejectedAsListed++;
      return false;
    }
    return true;
  };
  const id = (): string => `negatives-${String(items.length + 1).padStart(5, '0')}`;

  for (const [culture, target, scripts] of PLAN) {
    const r = rng.fork(`negatives/${culture}`);
    let made = 0;
    for (let guard = 0; made < target && guard < target * 20; guard++) {
      const script = r.weighted(scripts);
      const name = generatePerson(r, culture, script);
      if (!take(name)) continue;
      const withDob = r.chance(0.3);
      items.push({
        id: id(),
        query: { schema: 'Person', name, ...(withDob ? { birthDate: birthDate(r) } : {}) },
        expected: [],
        set: 'negatives',
        script,
        kind: 'person',
        list: FULL_UN_2026,
        note: `generated ${culture} name, checked against all UN names`,
      });
      made++;
    }
  }
  for (const [script, target] of ORGS) {
    const r = rng.fork(`negatives/org/${script}`);
    let made = 0;
    for (let guard = 0; made < target && guard < target * 20; guard++) {
      const name = generateOrganization(r, script);
      if (!take(name)) continue;
      items.push({
        id: id(),
        query: { schema: 'Organization', name },
        expected: [],
        set: 'negatives',
        script,
        kind: 'organization',
        list: FULL_UN_2026,
        note: 'generated organisation name, checked against all UN names',
      });
      made++;
    }
  }
  return { items, stats };
}
