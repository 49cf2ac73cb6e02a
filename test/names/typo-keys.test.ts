/**
 * Typo keys on the written spelling (1.3.0, keys.ts spellingSkeleton): a one-letter typo next to
 * c, h or x changes the folded form in two places, so before 1.3.0 no skeleton key reached it and
 * the blocking rule made the pair no match at all. Each case checks the keys meet and the pair
 * now counts, and that unrelated names still share no key.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skeleton, spellingSkeleton } from '../../src/names/keys.js';
import { prepareName, tokenKeys } from '../../src/matching/prepared.js';
import { shareKey, tokenSimilarity } from '../../src/matching/score.js';

const token = (name: string) => {
  const t = prepareName(name, -1, 0, 'query', 'good').tokens[0];
  assert.ok(t, name);
  return t;
};
const skeletonKeys = (name: string) => tokenKeys(token(name)).filter((k) => !k.startsWith('u:'));

describe('spellingSkeleton', () => {
  it('keeps the written consonants, vowels and y dropped, doubled letters once', () => {
    assert.equal(spellingSkeleton('innocent'), 'ncnt');
    assert.equal(spellingSkeleton('chun'), 'chn');
    assert.equal(spellingSkeleton('morteza'), 'mrtz');
    assert.equal(spellingSkeleton('yahya'), 'h');
  });
});

describe('typo pairs the fold pulled apart', () => {
  for (const [typo, listed] of [
    ['Innocrent', 'Innocent'],
    ['Cbun', 'Chun'],
    ['Mortexa', 'Morteza'],
    ['Xhol', 'Chol'],
  ] as const) {
    it(`${typo} ~ ${listed}`, () => {
      const a = token(typo);
      const b = token(listed);
      // The folded skeletons are more than one deletion apart: only the spelling keys meet.
      assert.notEqual(skeleton(a.folded), skeleton(b.folded));
      const shared = skeletonKeys(typo).filter((k) => skeletonKeys(listed).includes(k));
      assert.deepEqual(shared, [], `skeleton keys alone already meet: ${shared.join(',')}`);
      assert.ok(shareKey(a, b));
      assert.ok(tokenSimilarity(a, b).similarity > 0.6, `${typo} ~ ${listed}: ${tokenSimilarity(a, b).similarity}`);
    });
  }

  it('names that only look alike in a few consonants stay apart', () => {
    assert.equal(tokenSimilarity(token('Chun'), token('Hassan')).similarity, 0);
    assert.equal(tokenSimilarity(token('Innocent'), token('Nicolas')).similarity, 0);
  });

  it('Arabic-script tokens carry no spelling (they are folded letter by letter)', () => {
    assert.equal(token('محمد').written, '');
    assert.equal(tokenKeys(token('محمد')).some((k) => k.startsWith('u:')), false);
  });
});
