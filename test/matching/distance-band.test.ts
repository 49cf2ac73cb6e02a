import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableDistance, useSurplusPairing, weightedDistance } from '../../src/matching/distance.js';
import { cliffBudget } from '../../src/matching/score.js';
import { COST } from '../../src/matching/weights.js';
import { cliffReference, FOLDED_LETTERS, randomEdit, randomLetter, SCRIPTS } from './distance-fixtures.js';
import { distinctUnTokens, rng } from './helpers.js';

/**
 * The banded table (distance.ts bandedTable, behind weightedDistance) against the full dynamic
 * programme (tableDistance with no limit): the full cost whenever it is within the caller's limit,
 * else Infinity or (within the cliff) the full cost. Pairs of very different lengths and long
 * joined spellings are included, where the band leaves out the most cells.
 */
describe('distance: the band of diagonals changes no distance within the limit', async () => {
  const tokens = await distinctUnTokens(500);
  const forms = tokens.map((t) => t.folded);
  const next = rng(20261128 + 6);
  const letter = (): string => randomLetter(next, FOLDED_LETTERS);
  const edit = (s: string): string => randomEdit(s, next, letter);
  /** Letters dropped or added at one end: lengths apart, the band shifted off the main diagonal. */
  const shift = (s: string): string => (next() < 0.5 ? s.slice(Math.floor(next() * 3)) : s + letter() + letter());
  const latinIndel = Math.min(COST.vowelIndel, COST.hIndel, COST.semivowelIndel, COST.consonant);

  for (const pairing of [false, true]) {
    it(`on real listed tokens, their edits, shifted and joined forms (surplus pairing ${pairing ? 'on' : 'off'})`, () => {
      useSurplusPairing(pairing);
      try {
        let pairs = 0;
        let narrow = 0;
        let within = 0;
        for (let x = 0; x < forms.length; x++) {
          const a = forms[x] as string;
          const joined = a + (forms[(x + 7) % forms.length] as string);
          const cases: [string, string][] = [
            [a, edit(a)], [a, edit(edit(a))], [a, shift(a)], [shift(edit(a)), a],
            [joined, edit(joined)], [joined, edit(edit(edit(joined)))], [a, forms[Math.floor(next() * forms.length)] as string],
          ];
          for (const [p, q] of cases) {
            if (p === q) continue;
            for (const [aAbjad, bAbjad] of SCRIPTS) {
              const { full, maxCost, want } = cliffReference(p, q, aAbjad, bAbjad);
              assert.equal(weightedDistance(p, q, aAbjad, bAbjad, maxCost), want, `${p}/${q} ${aAbjad}/${bAbjad}`);
              // Limits just above and just below the cost (callers add 1e-9 to theirs: the letter-count
              // bound's own sum may round a hair above the cost, as it did before the band).
              for (const stopCost of [maxCost * next(), full + 1e-9, full - 1e-9]) {
                if (!(stopCost >= 0) || stopCost > maxCost) continue;
                const got = weightedDistance(p, q, aAbjad, bAbjad, maxCost, stopCost);
                if (full <= stopCost) assert.equal(got, full, `${p}/${q} ${aAbjad}/${bAbjad} stop ${stopCost}`);
                else assert.ok(got === Infinity || got === want, `${p}/${q} stop ${stopCost}: ${got} vs ${want}`);
                // Latin on both sides, the band is narrower than the table when the limit allows
                // fewer indels than the longer form has letters.
                if (!aAbjad && !bAbjad && (stopCost + 1e-9) / latinIndel < Math.max(p.length, q.length) - 1) narrow++;
              }
              if (full <= maxCost) within++;
              pairs++;
            }
          }
        }
        assert.ok(pairs > 10000, `${pairs} pairs`);
        assert.ok(within > pairs / 5, `${within} of ${pairs} within the cliff`);
        assert.ok(narrow > 5000, `${narrow} limits with a band narrower than the table`);
      } finally {
        useSurplusPairing(false);
      }
    });
  }

  it('a transposition at the band\'s edge is kept (Xazmari / wamzari, 1.7 within 1.95, and a limit of exactly 1.7)', () => {
    const maxCost = cliffBudget(7);
    assert.equal(weightedDistance('Xazmari', 'wamzari', false, false, maxCost), tableDistance('Xazmari', 'wamzari', false, false, Infinity));
    const full = tableDistance('wamzari', 'Xazmari', false, false, Infinity);
    assert.equal(weightedDistance('wamzari', 'Xazmari', false, false, maxCost, full + 1e-9), full);
    assert.equal(weightedDistance('wamzari', 'Xazmari', false, false, maxCost, full - 1e-9), Infinity);
  });
});
