/**
 * Perturbed forms of listed names, screened against the unmodified bundled list (the perturbed text
 * is not in it):
 * - noisy-variants: one perturbation (./noise.ts) of a Latin primary name or Good/a.k.a. alias with at
 *   least two words. This is the set the "recall >= 0.98 on noisy variants" goal is read on.
 * - noisy-variants-2op: two perturbations in a row, reported apart (harder than the goal's wording).
 * - cyrillic-renderings: a listed person's Latin name as a Russian-language source writes it.
 * - arabic-renderings: a listed Latin name written in Arabic script, only for records that have NO
 *   Arabic-script name in the list and only when every word is in the hand-made table
 *   (./arabic-dictionary.ts), so the rendering is faithful and the index cannot contain it.
 * - arabic-orthography: an Arabic-script listed name with one legitimate orthographic change
 *   (hamza, ta marbuta, alef maqsura, "عبد ال" joined/apart, a short-vowel mark).
 * Queries are name-only.
 */
import type { SanctionedParty } from '../../src/lists/model.js';
import type { EvalItem } from '../lib/item.js';
import { FULL_UN_2026 } from '../lib/item.js';
import type { Rng } from '../lib/prng.js';
import { scriptOf } from '../lib/script.js';
import { renderArabic } from './arabic-dictionary.js';
import { renderCyrillic } from './cyrillic.js';
import { applyNoise, arabicVariant, ORG_OPS, PERSON_OPS, type NoiseOp } from './noise.js';
import { evalKind, latinNames, originalScriptNames, plainWords, schemaOf } from './un-data.js';

function wordsOf(name: string): number {
  return name.split(/[\s]+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
}

export function buildNoisy(parties: SanctionedParty[], rng: Rng): EvalItem[] {
  const items: EvalItem[] = [];
  const count = new Map<string, number>();
  const add = (set: string, party: SanctionedParty, name: string, note: string): void => {
    const n = (count.get(set) ?? 0) + 1;
    count.set(set, n);
    const kind = evalKind(party);
    items.push({
      id: `${set}-${String(n).padStart(5, '0')}`,
      query: { schema: schemaOf(kind), name },
      expected: [party.referenceNumber],
      set,
      script: scriptOf(name),
      kind,
      list: FULL_UN_2026,
      note,
    });
  };

  for (const party of parties) {
    const kind = evalKind(party);
    const own = new Set(party.names.map((n) => plainWords(n.full)));
    const sources = latinNames(party).filter((n) => n.quality !== 'low' && wordsOf(n.full) >= 2);
    const ops = kind === 'person' ? PERSON_OPS : ORG_OPS;
    // Up to two source names per record, two single perturbations each, one double.
    for (const src of rng.shuffle([...sources]).slice(0, 2)) {
      const tried = new Set<NoiseOp>();
      let made = 0;
      for (let attempt = 0; attempt < 12 && made < 2; attempt++) {
        const op = rng.pick(ops);
        if (tried.has(op)) continue;
        tried.add(op);
        const out = applyNoise(rng, src.full, op);
        if (!out || own.has(plainWords(out))) continue;
        add('noisy-variants', party, out, `${op} of ${src.type} "${src.full}" (${party.referenceNumber})`);
        made++;
      }
      if (rng.chance(0.35)) {
        const [a, b] = rng.shuffle([...ops]).slice(0, 2) as [NoiseOp, NoiseOp];
        const once = applyNoise(rng, src.full, a);
        const twice = once ? applyNoise(rng, once, b) : undefined;
        if (twice && !own.has(plainWords(twice))) add('noisy-variants-2op', party, twice, `${a} then ${b} of ${src.type} "${src.full}" (${party.referenceNumber})`);
      }
    }

    const originals = originalScriptNames(party);
    if (kind === 'person') {
      const cyrOwn = new Set(originals.filter((o) => scriptOf(o.full) === 'cyrillic').map((o) => plainWords(o.full)));
      const latin = latinNames(party).filter((n) => n.quality !== 'low' && wordsOf(n.full) >= 2);
      for (const src of latin.slice(0, 2)) {
        const cyr = renderCyrillic(src.full);
        if (cyr && !cyrOwn.has(plainWords(cyr))) add('cyrillic-renderings', party, cyr, `Russian-style rendering of ${src.type} "${src.full}" (${party.referenceNumber})`);
      }
    }
    if (!originals.some((o) => scriptOf(o.full) === 'arabic')) {
      for (const src of latinNames(party).filter((n) => n.quality !== 'low' && wordsOf(n.full) >= 2)) {
        const ar = renderArabic(src.full);
        if (ar && ar.split(' ').length >= 2) add('arabic-renderings', party, ar, `Arabic-script rendering of ${src.type} "${src.full}" (${party.referenceNumber}), record has no Arabic-script name`);
      }
    }
    for (const o of originals.filter((x) => scriptOf(x.full) === 'arabic')) {
      const seen = new Set<string>([o.full]);
      for (let i = 0; i < 2; i++) {
        const v = arabicVariant(rng, o.full);
        if (!v || seen.has(v)) continue;
        seen.add(v);
        add('arabic-orthography', party, v, `orthographic variant of original-script "${o.full}" (${party.referenceNumber})`);
      }
    }
  }
  return items;
}
