/**
 * Two different given names left unpaired, one on each side (score.ts unmatchedNamesConflict, since
 * 1.113.0): Mahmoud and Mohammad are names of the distinct-names table that are two names, so a
 * query that shares only the family name with a listed person and gives another given name says
 * another person. Each such name is charged at NAME.differentNameWeight at least, where up to
 * 1.112.0 it cost its own weight, small for a common name: "Mahmoud Hejazi" alerted on MOHAMMAD
 * HEJAZI (IRi.017) at 0.6761 on the family name alone. On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../../src/matching/query.js';
import { NAME } from '../../src/matching/weights.js';
import { candidateOn, unEngine } from './helpers.js';

const person = (raw: Record<string, unknown>) => parseQuery({ id: 'q', schema: 'Person', ...raw });

test('a shared family name with a different given name does not alert on its own', async () => {
  const engine = await unEngine();
  const found = await candidateOn(person({ name: 'Mahmoud Hejazi' }), 'IRi.017', 5);
  assert.ok(found, 'IRi.017 is still a candidate');
  assert.ok(found.score < engine.defaultThreshold, `IRi.017 at ${found.score}`);
  const name = found.explanation.name;
  const unpaired = name?.tokens.find((t) => t.kind === 'unmatched-query');
  assert.equal(unpaired?.query[0]?.text, 'mahmoud');
  assert.ok((unpaired?.weight ?? 0) >= NAME.differentNameWeight, `charged at ${unpaired?.weight}`);
  assert.equal(name?.differentNames?.[0]?.listed, 'mohammad');
});

test('with the birth date of the listed person the same name alerts, and says why the given names did not pair', async () => {
  const [first] = (await unEngine()).screen(person({ name: 'Mahmoud Hejazi', birthDate: '1959' }), { limit: 5, threshold: 0.3 });
  assert.equal(first?.referenceNumber, 'IRi.017');
  assert.equal(first?.match, true);
  assert.match(first.explanation.summary, /"mahmoud" and "mohammad" are different names/);
});

test('against a given name that is no name of the table, the listed given name costs its own weight, as before', async () => {
  // Reza is no name of the table: Mohammad, left unpaired on the list's side, is charged as a common name.
  const found = await candidateOn(person({ name: 'Reza Hejazi' }), 'IRi.017', 5);
  const unpaired = found?.explanation.name?.tokens.find((t) => t.kind === 'unmatched-listed');
  assert.equal(unpaired?.listed[0]?.text, 'mohammad');
  assert.ok(unpaired && unpaired.weight < NAME.differentNameWeight, `charged at ${unpaired?.weight}`);
  assert.equal(found?.explanation.name?.differentNames, undefined);
});
