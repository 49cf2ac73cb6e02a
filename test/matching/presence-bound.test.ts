import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { letterCountBound, letterMask, presenceBound, presenceExceeds, repeatMask, tableDistance } from '../../src/matching/distance.js';
import { cliffBudget, formSimilarity } from '../../src/matching/score.js';
import { FOLDED_LETTERS, randomEdit, randomLetter, SCRIPTS } from './distance-fixtures.js';
import { distinctUnTokens, rng } from './helpers.js';

describe('presenceBound: which letters each side has (and has twice), a cheaper bound that never passes the letter counts', async () => {
  const tokens = await distinctUnTokens(600);
  const next = rng(7071128);
  // Substitutions, insertions and deletions only.
  const perturb = (s: string): string => randomEdit(s, next, () => randomLetter(next, FOLDED_LETTERS), 3);

  it('is at most letterCountBound and the full table on real, perturbed and unrelated folded and written forms, and refuses only pairs formSimilarity scores 0', () => {
    let pairs = 0;
    let refused = 0;
    let similar = 0;
    for (let x = 0; x < tokens.length; x++) {
      const t = tokens[x] as { folded: string; written: string };
      const other = tokens[Math.floor(next() * tokens.length)] as { folded: string; written: string };
      const forms = [t.folded, t.written].filter((s) => s !== '');
      for (const a of forms) {
        for (const b of [perturb(a), perturb(perturb(a)), other.folded, other.written, a.split('').reverse().join('')]) {
          if (b === '') continue;
          for (const [aAbjad, bAbjad] of SCRIPTS) {
            const p = presenceBound(letterMask(a), repeatMask(a), a.length, letterMask(b), repeatMask(b), b.length, aAbjad, bAbjad);
            const counts = letterCountBound(a, b, aAbjad, bAbjad);
            assert.ok(p <= counts + 1e-12, `${a}/${b} ${aAbjad}/${bAbjad}: presence ${p} > letter counts ${counts}`);
            const full = tableDistance(a, b, aAbjad, bAbjad, Infinity);
            assert.ok(p <= full + 1e-12, `${a}/${b}: presence ${p} > distance ${full}`);
            const budget = cliffBudget(Math.max(a.length, b.length));
            if (budget > 0 && p > budget + 1e-9) {
              refused++;
              assert.equal(formSimilarity(a, aAbjad, b, bAbjad).similarity, 0, `${a}/${b}: refused but similar`);
            } else if (formSimilarity(a, aAbjad, b, bAbjad).similarity > 0) similar++;
            pairs++;
          }
        }
      }
    }
    assert.ok(pairs > 20000, `${pairs} pairs`);
    // The property is exercised on both sides: many refusals, many similar pairs it lets through.
    assert.ok(refused > pairs / 10, `${refused} of ${pairs} refused`);
    assert.ok(similar > pairs / 10, `${similar} of ${pairs} similar`);
  });

  it('presenceExceeds (the bound left in a typed slot, not returned) answers presenceBound > limit, at limits just under, at and over the bound', () => {
    let over = 0;
    let pairs = 0;
    for (let x = 0; x + 1 < tokens.length; x++) {
      const a = (tokens[x] as { folded: string }).folded;
      for (const b of [perturb(a), (tokens[x + 1] as { folded: string }).folded]) {
        for (const [aAbjad, bAbjad] of SCRIPTS) {
          const args = [letterMask(a), repeatMask(a), a.length, letterMask(b), repeatMask(b), b.length, aAbjad, bAbjad] as const;
          const p = presenceBound(...args);
          for (const limit of [p - 1e-9, p, p + 1e-9, 0, 1.5]) {
            const expected = p > limit;
            if (expected) over++;
            assert.equal(presenceExceeds(...args, limit), expected, `${a}/${b} ${aAbjad}/${bAbjad} limit ${limit}: bound ${p}`);
          }
          pairs++;
        }
      }
    }
    assert.ok(pairs > 2000 && over > pairs, `${pairs} pairs, ${over} over their limit`);
  });

  it('counts a letter once however often it occurs, and leaves out letters without a bit', () => {
    assert.equal(letterMask('aaa'), letterMask('a'));
    assert.notEqual(letterMask('ab'), letterMask('a'));
    // The written x has no bit in the folded alphabet: it adds nothing, which only lowers the bound.
    assert.equal(letterMask('xa'), letterMask('a'));
    assert.equal(repeatMask('abdallah'), letterMask('al'));
    assert.equal(repeatMask('karim'), 0);
    // karim / salim: k and r against s and l, each charged; more than the length term alone (0).
    const bound = (a: string, b: string): number => presenceBound(letterMask(a), repeatMask(a), a.length, letterMask(b), repeatMask(b), b.length, false, false);
    assert.ok(bound('karim', 'salim') > 0);
    assert.equal(bound('amir', 'rami'), 0);
    // A letter twice against once is one surplus copy: charged once (the repeats), as the counts do.
    assert.equal(bound('mdd', 'mdb'), letterCountBound('mdd', 'mdb', false, false));
    assert.ok(bound('mdd', 'mdb') > presenceBound(letterMask('mdd'), 0, 3, letterMask('mdb'), 0, 3, false, false));
  });
});
