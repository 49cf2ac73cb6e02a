/**
 * Two tokens met through both their alternative forms (score.ts keyedSimilarityValue, since 1.77.0):
 * two words translating one organisation word, neither of them that word's English key (oriental
 * and eastern are both east; восточный too). Up to 1.76.0 the Spanish, Russian and French names of
 * the Eastern Turkistan Islamic Movement (QDe.088) met nothing on the UN list: each reading compared
 * one side's alternative form with the other's own form, never two alternative forms. On the real
 * UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareName } from '../../src/matching/prepared.js';
import { tokenSimilarity } from '../../src/matching/score.js';
import { TOKEN } from '../../src/matching/weights.js';
import { assertOrganisationsFoundFirst } from './helpers.js';

const token = (word: string) => prepareName(word, 0, 0, 'query', 'good').tokens[0]!;

test('oriental and eastern, both east, pair at both alternative-form penalties', () => {
  const oriental = token('oriental');
  const eastern = token('eastern');
  assert.equal(oriental.alt, eastern.alt);
  assert.equal(tokenSimilarity(oriental, eastern).similarity, 1 - 2 * TOKEN.altFormPenalty);
  assert.equal(tokenSimilarity(token('восточного'), eastern).similarity, 1 - 2 * TOKEN.altFormPenalty);
  // One side's own form still pairs at one penalty.
  assert.equal(tokenSimilarity(oriental, token('east')).similarity, 1 - TOKEN.altFormPenalty);
});

test('the Eastern Turkistan Islamic Movement in Spanish, Russian and French finds QDe.088, and alerts', async () => {
  const names = ['Movimiento Islámico del Turquestán Oriental', 'Исламское движение Восточного Туркестана', 'Mouvement islamique du Turkestan oriental'];
  await assertOrganisationsFoundFirst(names.map((name) => [name, 'QDe.088'] as const));
});
