/**
 * names/tokens.ts lastKunyaIsAName (engine 1.84.0): a kunya with no word after it is a name of its
 * own. Up to 1.83.0 "OMM", the acronym the UN lists for Ocean Maritime Management (KPe.020), was read
 * as the kunya Umm (a particle of almost no weight) and met nothing; a West African family name Abu
 * at the end of a name was a particle too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

const roles = (name: string) => analyseName(name).tokens.map((t) => `${t.latin}:${t.role}`);

test('a kunya last in the name is a name; before a name it stays the kunya', () => {
  assert.deepEqual(roles('OMM'), ['omm:name']);
  assert.deepEqual(roles('Ahmed Abu'), ['ahmed:name', 'abu:name']);
  assert.deepEqual(roles('Abu Bakr'), ['abu:kunya', 'bakr:name']);
  assert.deepEqual(roles('Umm Hani Ahmed'), ['umm:kunya', 'hani:name', 'ahmed:name']);
});

test('OMM finds Ocean Maritime Management (KPe.020), whose acronym the UN lists', async () => {
  const engine = await unEngine();
  const [first] = engine.screen(q({ schema: 'Organization', name: 'OMM' }), { limit: 1 });
  assert.equal(first?.referenceNumber, 'KPe.020');
  assert.ok(first.match, `${first.score}`);
});
