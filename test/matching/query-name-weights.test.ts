/**
 * prepareName given a list's frequencies (a query name, engine.ts) weighs its tokens itself,
 * keeping each word's weight with the word for the next name that holds it: the weights must be
 * the ones assignWeights gives, under whichever frequencies are asked for, in any order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignWeights, prepareName, type Frequencies } from '../../src/matching/prepared.js';
import { phoneticFold, skeleton } from '../../src/names/keys.js';

const NAMES = ['Abu Bakr al-Baghdadi', 'Bakr Baghdadi', 'Omar Hassan', 'Hassan Omar Ltd', 'عمر حسن', 'Омар Хасан', 'A. Hassan'];

/** Frequencies where `common` words are held by half of a large list, the rest by none. */
function frequencies(common: string[]): Frequencies {
  return { parties: 100_000, df: new Map(common.map((w) => [skeleton(phoneticFold(w)), 50_000])) };
}

describe('query name weights', () => {
  it('are those assignWeights gives, whichever frequencies come first', () => {
    const a = frequencies(['hassan', 'bakr']);
    const b = frequencies(['omar', 'baghdadi']);
    let differ = 0;
    for (const freq of [a, b, a, b, b, a]) {
      for (const full of NAMES) {
        const weighted = prepareName(full, -1, 0, 'query', 'good', freq);
        const reference = prepareName(full, -1, 0, 'query', 'good');
        assignWeights(reference, freq);
        assert.deepEqual(weighted.tokens.map((t) => t.weight), reference.tokens.map((t) => t.weight), full);
        assert.equal(weighted.totalWeight, reference.totalWeight, full);
      }
      const other = freq === a ? b : a;
      const here = prepareName('Omar Hassan', -1, 0, 'query', 'good', freq).totalWeight;
      if (here !== prepareName('Omar Hassan', -1, 0, 'query', 'good', other).totalWeight) differ++;
    }
    // The two lists weigh the same name differently: a weight kept from the other list would show.
    assert.equal(differ, 6);
  });
});
