/**
 * A name written as capitals with full stops (I.S.I.L.) is the word they spell (name-variants.ts
 * undotted, since 1.55.0), so it meets the acronym; read as initials it met none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameVariants } from '../../src/matching/name-variants.js';
import { parseQuery } from '../../src/matching/query.js';
import { unEngine } from './helpers.js';

test('capitals with full stops are read as one word, anything else is left as written', () => {
  assert.deepEqual(nameVariants('I.S.I.L.'), ['ISIL']);
  assert.deepEqual(nameVariants('A. S. G.'), ['ASG']);
  assert.deepEqual(nameVariants('I.S.I.L'), ['ISIL']);
  assert.deepEqual(nameVariants('J.R.R. Tolkien'), ['J.R.R. Tolkien']);
  assert.deepEqual(nameVariants('Md. Karim'), ['Md. Karim']);
  assert.deepEqual(nameVariants('A.'), ['A.']);
  // Inside alternatives too.
  assert.deepEqual(nameVariants('Islamic State (I.S.I.L.)'), ['Islamic State', 'ISIL']);
});

test('I.S.I.L. and A. S. G. meet their groups as ISIL and ASG do', async () => {
  const engine = await unEngine();
  const org = (name: string) => parseQuery({ id: 'q', schema: 'Organization', name });
  const isil = engine.screen(org('I.S.I.L.'), { limit: 10 }).find((m) => m.referenceNumber === 'QDe.115');
  assert.ok(isil?.match, `QDe.115: ${isil?.score}`);
  // ISIL, the name resolution 2199 gives QDe.115 (names/known-names.ts), met as the undotted word.
  assert.equal(isil?.explanation.name?.listedName, 'ISIL (named so by UN Security Council resolution 2199 (2015))');
  assert.equal(engine.screen(org('I.S.I.L.'), { limit: 1 })[0]?.referenceNumber, 'QDe.115');
  assert.equal(engine.screen(org('A. S. G.'))[0]?.referenceNumber, 'QDe.001');
});
