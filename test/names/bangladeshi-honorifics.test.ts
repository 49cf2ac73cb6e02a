/**
 * names/arabic.ts TITLES (engine 1.45.0): Mosammat and its abbreviation Mst., the honorific before a
 * Bangladeshi woman's name, are titles. Up to 1.44.0 "Mst" was a rare three-consonant name word that
 * the listed woman lacked, and cost the query most of its score.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { compareNames } from '../matching/helpers.js';

describe('Bangladeshi honorifics', () => {
  it('drops Mst. and Mosammat as titles', () => {
    for (const name of ['Mst. Rahima Khatun', 'MOSAMMAT Rahima Khatun', 'Musammat Rahima Khatun']) {
      const a = analyseName(name);
      assert.deepEqual(a.tokens.map((t) => t.text), ['rahima', 'khatun'], name);
      assert.equal(a.titles.length, 1, name);
    }
  });

  it('scores a name with the honorific as the name without it', () => {
    assert.equal(compareNames('Mst. Rahima Khatun', 'Rahima Khatun'), compareNames('Rahima Khatun', 'Rahima Khatun'));
  });
});
