/**
 * The shape of the name score in engine 1.2.0 (score.ts fuzzyCredit, cliffBudget's floor): loose
 * fuzzy pairings are credited much less than close ones, and a one-letter typo in a short token is a
 * weak pairing rather than no pairing. Figures from weights.ts, not copied numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cliffBudget, formSimilarity, fuzzyCredit, scoreNames } from '../../src/matching/score.js';
import { assignWeights, prepareName, type Frequencies } from '../../src/matching/prepared.js';
import { TOKEN } from '../../src/matching/weights.js';

const freq: Frequencies = { parties: 1000, df: new Map() };
const named = (full: string) => {
  const n = prepareName(full, -1, 0, 'query', 'good');
  assignWeights(n, freq);
  return n;
};

describe('fuzzyCredit', () => {
  it('keeps exact pairings and initials whole', () => {
    assert.equal(fuzzyCredit(1, 'exact'), 1);
    assert.equal(fuzzyCredit(TOKEN.initialSimilarity, 'initial'), TOKEN.initialSimilarity);
  });
  it('never credits more than the similarity, and loose pairings lose more than close ones', () => {
    for (const s of [0.5, 0.7, 0.8, 0.9, 0.95]) assert.ok(fuzzyCredit(s, 'fuzzy') <= s);
    const lossClose = 0.95 - fuzzyCredit(0.95, 'fuzzy');
    const lossLoose = 0.7 - fuzzyCredit(0.7, 'fuzzy');
    assert.ok(lossLoose > 3 * lossClose, `${lossLoose} ${lossClose}`);
  });
  it('is increasing, so the greedy order and every similarity bound stay valid', () => {
    let last = 0;
    for (let s = 0.05; s < 1; s += 0.05) {
      const c = fuzzyCredit(s, 'fuzzy');
      assert.ok(c > last);
      last = c;
    }
  });
  it('a name met through loose pairings scores below the same name met through close ones', () => {
    const q = named('Rami Badawi');
    const close = scoreNames(q, named('Ramy Badawy')).score;
    const loose = scoreNames(q, named('Iraqi Abdal')).score;
    assert.ok(close > loose, `${close} ${loose}`);
  });
});

describe('cliff floor', () => {
  it('lets a three- or four-letter token hold one ordinary edit', () => {
    assert.ok(cliffBudget(3) >= 1 && cliffBudget(4) >= 1);
    assert.ok(formSimilarity('Cok', false, 'Col', false).similarity > 0, 'Chok ~ Chol');
    assert.ok(formSimilarity('tcham', false, 'tchak', false).similarity > 0);
  });
  it('leaves two-letter tokens and longer tokens as they were', () => {
    assert.ok(cliffBudget(2) < 1);
    assert.equal(cliffBudget(10), TOKEN.cliffPerChar * (10 - TOKEN.cliffFreeChars));
    assert.equal(formSimilarity('ko', false, 'ka', false).similarity > 0, true, 'a vowel change stays cheap');
    assert.equal(formSimilarity('ko', false, 'bo', false).similarity, 0, 'a consonant change in two letters is no match');
  });
});
