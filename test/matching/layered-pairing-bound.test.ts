import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layeredDistance, layeredPairingBound, letterMask, NOT_LAYERED, repeatMask, tableDistance, tripleMask } from '../../src/matching/distance.js';
import { cliffBudget } from '../../src/matching/score.js';
import { FOLDED_LETTERS, oneToThreeEdits, randomEditLetterFirst, SCRIPTS, surplusPairingBound as stringBound, WRITTEN_LETTERS } from './distance-fixtures.js';
import { distinctUnTokens, rng } from './helpers.js';

function masks(s: string): [number, number, number] {
  return [letterMask(s), repeatMask(s), tripleMask(s)];
}

describe('distance: the surplus-pairing bound read from three letter masks', async () => {
  const tokens = await distinctUnTokens(600);
  const forms = tokens.map((t) => t.folded);
  const written = tokens.map((t) => t.written).filter((w) => w !== '');
  const next = rng(20261128);
  const random = (letters: string): string => {
    let s = '';
    const n = 1 + Math.floor(next() * 12);
    // A small alphabet now and then, so letters repeat three and four times.
    const pool = next() < 0.3 ? letters.slice(0, 4) : letters;
    for (let i = 0; i < n; i++) s += pool[Math.floor(next() * pool.length)];
    return s;
  };

  function check(words: string[], letters: string): { pairs: number; layered: number; refused: number } {
    let pairs = 0;
    let layered = 0;
    let refused = 0;
    for (let x = 0; x < words.length; x++) {
      const a = words[x] as string;
      const others = [...oneToThreeEdits(a, (w) => randomEditLetterFirst(w, next, letters)), words[Math.floor(next() * words.length)] as string, random(letters)];
      for (const b of [...others, random(letters)]) {
        const [a1, a2, a3] = masks(a);
        const [b1, b2, b3] = masks(b);
        for (const [aAbjad, bAbjad] of SCRIPTS) {
          const maxCost = cliffBudget(Math.max(a.length, b.length));
          pairs++;
          if (a3 !== NOT_LAYERED && b3 !== NOT_LAYERED) {
            layered++;
            // The masks give the very bound the strings give (summed in another order).
            const fromMasks = layeredPairingBound(a1, a2, a3, a.length, b1, b2, b3, b.length, aAbjad, bAbjad);
            const fromStrings = stringBound(a, b, aAbjad, bAbjad);
            assert.ok(Math.abs(fromMasks - fromStrings) < 1e-12, `${a}/${b} ${aAbjad}/${bAbjad}: masks ${fromMasks}, strings ${fromStrings}`);
            assert.ok(fromMasks <= tableDistance(a, b, aAbjad, bAbjad, Infinity) + 1e-9, `${a}/${b}: bound over the distance`);
            if (fromMasks > maxCost) refused++;
          }
          // Whatever the masks: the table's answer under every limit (the cliff, and a tighter stop).
          for (const stop of [maxCost, maxCost / 2]) {
            if (a === b) continue;
            const got = layeredDistance(a, b, aAbjad, bAbjad, a1, a2, a3, b1, b2, b3, maxCost, stop);
            assert.ok(Object.is(got, tableDistance(a, b, aAbjad, bAbjad, maxCost, stop)), `${a}/${b} ${aAbjad}/${bAbjad} stop ${stop}: ${got}`);
          }
        }
      }
    }
    return { pairs, layered, refused };
  }

  it('tripleMask: with letterMask and repeatMask the counts exactly, or NOT_LAYERED', () => {
    for (let k = 0; k < 20000; k++) {
      const s = random(k % 2 === 0 ? FOLDED_LETTERS : WRITTEN_LETTERS);
      const counts = new Map<string, number>();
      for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
      const exact = [...counts].every(([ch, n]) => FOLDED_LETTERS.includes(ch) && n <= 3);
      const t = tripleMask(s);
      assert.equal(t === NOT_LAYERED, !exact, s);
      if (!exact) continue;
      const [one, two] = [letterMask(s), repeatMask(s)];
      for (const [ch, n] of counts) {
        const bit = 1 << FOLDED_LETTERS.indexOf(ch);
        assert.equal(((one & bit) !== 0 ? 1 : 0) + ((two & bit) !== 0 ? 1 : 0) + ((t & bit) !== 0 ? 1 : 0), n, `${s}: ${ch}`);
      }
    }
  });

  it('on listed folded tokens, their edits, other listed tokens and random strings, under every script combination', () => {
    const r = check(forms, FOLDED_LETTERS);
    assert.ok(r.layered > 15000, `${r.layered} of ${r.pairs} pairs read from masks`);
    assert.ok(r.refused > r.layered / 10, `${r.refused} refused`);
  });

  it('on written spellings (x has no bit: those fall back to the strings)', () => {
    const r = check(written, WRITTEN_LETTERS);
    assert.ok(r.layered > 5000 && r.layered < r.pairs, `${r.layered} of ${r.pairs} pairs read from masks`);
  });
});
