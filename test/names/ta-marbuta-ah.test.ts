/**
 * Ta marbuta written -ah in Latin letters (tokens.ts pausalTaMarbutaStem, since 1.58.0): Hamzah,
 * Usamah, Ubaidah are also read without the final h, which neither the Arabic spelling (ة, folded
 * a) nor the spelling Hamza has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseName } from '../../src/names/tokens.js';
import { parseQuery } from '../../src/matching/query.js';
import { unEngine } from '../matching/helpers.js';

const alt = (word: string) => analyseName(word).tokens[0]?.alt;

test('a Latin word ending in a consonant and -ah is also read without its h', () => {
  assert.equal(alt('Hamzah'), 'hamza');
  assert.equal(alt('Usamah'), 'usama');
  // The h of Allah is written (Abdullah), as is the h of sh (Padshah) and the ḥ of Salah (after l).
  assert.equal(alt('Padshah'), undefined);
  assert.equal(alt('Salah'), undefined);
  assert.equal(alt('Abdullah'), undefined);
});

test('أبو عبيدة meets the listed "Abu Ubaidah" of SOi.014 (0.606 up to 1.57.0)', async () => {
  const engine = await unEngine();
  const m = engine.screen(parseQuery({ id: 'q', schema: 'Person', name: 'أبو عبيدة' }), { limit: 10 }).find((x) => x.referenceNumber === 'SOi.014');
  assert.ok(m?.match, `SOi.014: ${m?.score}`);
});
