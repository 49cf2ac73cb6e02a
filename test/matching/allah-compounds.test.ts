/**
 * Given names compounded with Allah as Pashto, Dari and Urdu write them (names/common-names.ts
 * compoundCommonness, since 1.76.0) weigh as the common given names they are: up to 1.75.0
 * "Shafiqullah Amiri" alerted on TAi.106, listed as "Mullah Shafiqullah" (a title and one name),
 * at 0.6959, and five more Afghan names of the evaluation's negatives alerted the same way. On the
 * real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareName, assignWeights } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { WEIGHT } from '../../src/matching/weights.js';
import { compoundCommonness } from '../../src/names/common-names.js';
import { unEngine } from './helpers.js';

const person = (name: string) => parseQuery({ id: 'q', schema: 'Person', name });

test('an Allah compound weighs less than a rare name; other names ending alike do not', () => {
  const name = prepareName('Shafiqullah Rahmatulla Ursula Tabula', 0, 0, 'query', 'good');
  assignWeights(name, { parties: 1000, df: new Map() });
  const [shafiqullah, rahmatulla, ursula, tabula] = name.tokens.map((t) => t.weight);
  assert.ok((shafiqullah as number) < WEIGHT.rare - 2, `${shafiqullah}`);
  assert.ok((rahmatulla as number) < WEIGHT.rare - 2, `${rahmatulla}`);
  assert.equal(ursula, WEIGHT.rare);
  assert.equal(tabula, WEIGHT.rare);
  assert.equal(compoundCommonness('ula'), 0);
});

test('a listed one-name Afghan person is not met by every bearer of the name; the name alone still is', async () => {
  const engine = await unEngine();
  for (const query of ['Shafiqullah Amiri', 'Ajmal Shafiqullah', 'Matiullah Amiri']) {
    const [first] = engine.screen(person(query), { limit: 1 });
    assert.ok(first === undefined || !first.match, `${query}: ${first?.referenceNumber} ${first?.score}`);
  }
  // The names as listed: TAi.106 "Mullah Shafiqullah", QDi.352 "Maulana Fazlullah", TAi.020 MATIULLAH.
  const listed: [string, string][] = [['Mullah Shafiqullah', 'TAi.106'], ['Maulana Fazlullah', 'QDi.352'], ['Matiullah', 'TAi.020']];
  for (const [query, ref] of listed) {
    const [first] = engine.screen(person(query), { limit: 1 });
    assert.equal(first?.referenceNumber, ref, query);
    assert.ok(first.match, `${query}: ${first.score}`);
  }
});
