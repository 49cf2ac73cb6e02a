import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { letterCountBound, tableDistance, useSurplusPairing, weightedDistance } from '../../src/matching/distance.js';
import { cliffReference, FOLDED_LETTERS, oneToThreeEdits, randomEditLetterFirst, SCRIPTS, surplusPairingBound as bound, WRITTEN_LETTERS } from './distance-fixtures.js';
import { distinctUnTokens, rng } from './helpers.js';

describe('distance: the surplus-pairing bound never exceeds the true distance', async () => {
  const tokens = await distinctUnTokens(600);
  const forms = tokens.map((t) => t.folded);
  const written = tokens.map((t) => t.written).filter((w) => w !== '');
  const next = rng(20261128);

  function check(words: string[], letters: string): { pairs: number; refused: number; refusedFirst: number } {
    let pairs = 0;
    let refused = 0;
    let refusedFirst = 0;
    for (let x = 0; x < words.length; x++) {
      const a = words[x] as string;
      const others = [...oneToThreeEdits(a, (w) => randomEditLetterFirst(w, next, letters)), words[Math.floor(next() * words.length)] as string, words[(x + 1) % words.length] as string];
      for (const b of others) {
        for (const [aAbjad, bAbjad] of SCRIPTS) {
          const { full, maxCost, want } = cliffReference(a, b, aAbjad, bAbjad);
          const p = bound(a, b, aAbjad, bAbjad);
          assert.ok(p <= full + 1e-9, `${a}/${b} ${aAbjad}/${bAbjad}: pairing bound ${p} > distance ${full}`);
          // And through weightedDistance with the bound on (as the index's similarity lists run it):
          // exact within the cliff.
          useSurplusPairing(true);
          const withBound = weightedDistance(a, b, aAbjad, bAbjad, maxCost);
          useSurplusPairing(false);
          assert.equal(withBound, want, `${a}/${b} ${aAbjad}/${bAbjad}`);
          if (p > maxCost) refused++;
          if (p > maxCost && letterCountBound(a, b, aAbjad, bAbjad) <= maxCost) refusedFirst++;
          pairs++;
        }
      }
    }
    return { pairs, refused, refusedFirst };
  }

  it('on listed folded tokens, up to three edits of them and other listed tokens, under every script combination', () => {
    const r = check(forms, FOLDED_LETTERS);
    assert.ok(r.pairs > 20000, `${r.pairs} pairs`);
    // It does its job: many pairs the letter counts alone let through are refused.
    assert.ok(r.refusedFirst > r.pairs / 20, `refused beyond the letter counts: ${r.refusedFirst} of ${r.pairs}`);
  });

  it('on written spellings (the typo reading) and their edits', () => {
    const r = check(written, WRITTEN_LETTERS);
    assert.ok(r.pairs > 10000, `${r.pairs} pairs`);
  });

  it('chains through a cheaper route than the direct substitution are charged by the route (q-k-X under q-X)', () => {
    // q and X are no family (1), but q-k and k-X are (0.3 each): the bound charges the 0.6 route, not 1.
    const full = tableDistance('aqa', 'aXa', false, false, Infinity);
    assert.equal(full, 1);
    assert.ok(bound('aqa', 'aXa', false, false) <= 0.6 + 1e-6);
  });

  it('letters outside the folded alphabet only lower it', () => {
    for (const [a, b] of [['ab\u00e9', 'ab'], ['\u00e9\u00e9', 'xx'], ['kal\u0101m', 'kalam'], ['\u00e9', 'abcdef'], ['', 'abc'], ['q', '']]) {
      for (const [aAbjad, bAbjad] of SCRIPTS) {
        const full = tableDistance(a as string, b as string, aAbjad, bAbjad, Infinity);
        assert.ok(bound(a as string, b as string, aAbjad, bAbjad) <= full + 1e-9, `${a}/${b}`);
      }
    }
  });
});
