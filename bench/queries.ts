/**
 * The benchmark's query mix, seeded: perturbed forms of listed names (so the index has real work
 * to find them), the same names in Arabic script and Cyrillic, and clean generated names that
 * should find nothing (the common case in production, and the one that exercises early exits).
 * Mix: 40% noisy Latin variants, 10% Cyrillic, 10% Arabic script, 40% generated non-listed names.
 */
import type { SanctionedParty } from '../src/lists/model.js';
import { renderArabic } from '../eval/build/arabic-dictionary.js';
import { renderCyrillic } from '../eval/build/cyrillic.js';
import { applyNoise, arabicVariant, PERSON_OPS, ORG_OPS } from '../eval/build/noise.js';
import { generateOrganization, generatePerson, type Culture } from '../eval/build/person-generator.js';
import { Rng } from '../eval/lib/prng.js';
import { scriptOf } from '../eval/lib/script.js';

export interface BenchQuery {
  id: string;
  schema: 'Person' | 'Organization';
  name: string;
  kind: 'noisy' | 'cyrillic' | 'arabic' | 'clean';
}

const CULTURES: Culture[] = ['arab', 'afghan', 'somali', 'russian', 'ukrainian', 'chechen', 'indonesian', 'west-african', 'european'];

export function benchQueries(parties: readonly SanctionedParty[], count: number, seed: string): BenchQuery[] {
  const rng = new Rng(seed);
  const out: BenchQuery[] = [];
  const push = (schema: BenchQuery['schema'], name: string, kind: BenchQuery['kind']): void => {
    out.push({ id: `b${out.length + 1}`, schema, name, kind });
  };
  const arabicNames = parties.flatMap((p) => p.names.filter((n) => scriptOf(n.full) === 'arabic').map((n) => [p, n.full] as const));
  let guard = 0;
  while (out.length < count && guard++ < count * 50) {
    const party = rng.pick(parties);
    const schema = party.kind === 'person' ? 'Person' : 'Organization';
    const latin = party.names.filter((n) => scriptOf(n.full) === 'latin');
    const r = rng.next();
    if (r < 0.4) {
      const src = latin.length > 0 ? rng.pick(latin).full : undefined;
      const noisy = src ? applyNoise(rng, src, rng.pick(party.kind === 'person' ? PERSON_OPS : ORG_OPS)) : undefined;
      if (noisy) push(schema, noisy, 'noisy');
    } else if (r < 0.5) {
      const src = latin.length > 0 && party.kind === 'person' ? rng.pick(latin).full : undefined;
      const cyr = src ? renderCyrillic(src) : '';
      if (cyr) push(schema, cyr, 'cyrillic');
    } else if (r < 0.6) {
      const fromDictionary = latin.length > 0 ? renderArabic(rng.pick(latin).full) : undefined;
      if (fromDictionary) push(schema, fromDictionary, 'arabic');
      else if (arabicNames.length > 0) {
        const [p, name] = rng.pick(arabicNames);
        const v = arabicVariant(rng, name);
        if (v) push(p.kind === 'person' ? 'Person' : 'Organization', v, 'arabic');
      }
    } else if (rng.chance(0.85)) {
      const culture = rng.pick(CULTURES);
      const script = rng.weighted<'latin' | 'arabic' | 'cyrillic'>(
        culture === 'arab' || culture === 'afghan' ? [['latin', 6], ['arabic', 3], ['cyrillic', 1]] : ['russian', 'ukrainian', 'chechen'].includes(culture) ? [['latin', 1], ['cyrillic', 1]] : [['latin', 1]],
      );
      push('Person', generatePerson(rng, culture, script), 'clean');
    } else {
      push('Organization', generateOrganization(rng, rng.weighted([['latin', 8], ['arabic', 1], ['cyrillic', 1]])), 'clean');
    }
  }
  return out;
}
