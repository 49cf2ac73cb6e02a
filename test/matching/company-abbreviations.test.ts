/**
 * names/org-words.ts (engine 1.85.0): the words of company names as payment messages abbreviate them
 * (Mgmt, Trdg, Shpg, Intl, Hldgs, Svcs, Exch, ...) read as the words, at the alternative-form penalty.
 * A SWIFT name line holds 35 characters, and the UN list itself gives KPe.065 as "Korea Samma SHPG
 * CO" beside KOREA SAMMA SHIPPING CO. Up to 1.84.0 "Ocean Maritime Mgmt" scored 0.4950 on Ocean
 * Maritime Management (KPe.020). On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { vocabularyClass } from '../../src/names/common-names.js';
import { phoneticFold } from '../../src/names/keys.js';
import { assertOrganisationsFoundFirst } from './helpers.js';

test('an abbreviated company word carries the word as its alternative form', () => {
  // The alternative form is kept folded (names/keys.ts phoneticFold), as every compared form is.
  const alts = analyseName('Intl Trdg Shpg Mgmt Exch').tokens.map((t) => t.alt);
  assert.deepEqual(alts, ['international', 'trading', 'shipping', 'management', 'exchange'].map(phoneticFold));
  assert.equal(vocabularyClass('trdg', 'trdg', 'latin'), 'org-word');
  assert.equal(vocabularyClass('mgmt', 'mgmt', 'latin'), undefined, 'management is no organisation word: Mgmt weighs as the word it stands for');
});

test('companies named with abbreviated words find the listed company first, and alert', async () => {
  await assertOrganisationsFoundFirst([
    ['Ocean Maritime Mgmt', 'KPe.020'],
    ['Ocean Maritime Mgmt Co Ltd', 'KPe.020'],
    ['Korea Samma Shpg Co', 'KPe.065'],
    ['Haji Khairullah Haji Sattar Money Exch', 'TAe.010'],
    ['Al Akhtar Trust Intl', 'QDe.121'],
  ]);
});
