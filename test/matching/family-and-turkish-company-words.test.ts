/**
 * names/common-names.ts (engine 1.81.0): the words of a family firm (Sons, Brothers, Bros, Partners)
 * and of a Turkish company's name (Sanayi ve Ticaret, Nakliyat, Petrol) weigh as organisation words,
 * ve as a function word. Up to 1.80.0 "Haji Khairullah & Sons Money Exchange" scored 0.4977 on TAe.010
 * (HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE): Sons weighed as a rare name the listed one lacked.
 * On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vocabularyClass } from '../../src/names/common-names.js';
import { q, unEngine } from './helpers.js';

test('a family firm named with & Sons or Brothers meets the listed exchange house', async () => {
  const engine = await unEngine();
  for (const name of ['Haji Khairullah & Sons Money Exchange', 'Haji Khairullah Haji Sattar Money Exchange Brothers']) {
    const [first] = engine.screen(q({ schema: 'Organization', name }), { limit: 1 });
    assert.equal(first?.referenceNumber, 'TAe.010', name);
    assert.ok(first.match, `${name}: ${first.score}`);
  }
});

test('the words are organisation vocabulary; Son, a Korean and Vietnamese family name, is not', () => {
  for (const word of ['sons', 'brothers', 'ticaret', 'sanayi']) assert.equal(vocabularyClass(word, word, 'latin'), 'org-word', word);
  assert.equal(vocabularyClass('ve', 've', 'latin'), 'stop-word');
  assert.equal(vocabularyClass('son', 'son', 'latin'), undefined);
});
