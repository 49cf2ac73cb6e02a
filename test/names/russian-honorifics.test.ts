/**
 * Engine 1.42.0: Russian and Ukrainian honorifics are titles (names/arabic.ts TITLES: господин,
 * госпожа, гражданин, гр., пан ...), and the hyphenated abbreviations д-р, г-н, г-жа are written out
 * before the hyphen cuts them (names/normalise.ts cyrillicTitlesRead). Up to 1.41.0 "Д-р Умаров" was
 * read as the initials Д and Р (1.39.0) or the one-letter names before it, and "Господин" as a name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

function read(name: string): { tokens: string[]; titles: string[] } {
  const a = analyseName(name);
  return { tokens: a.tokens.map((t) => t.text), titles: a.titles };
}

describe('Russian honorifics', () => {
  it('writes out д-р, г-н and г-жа and drops them as titles', () => {
    assert.deepEqual(read('Д-р Умаров'), { tokens: ['умаров'], titles: ['доктор'] });
    assert.deepEqual(read('г-н Умаров Доку'), { tokens: ['умаров', 'доку'], titles: ['господин'] });
    assert.deepEqual(read('Г-жа Иванова'), { tokens: ['иванова'], titles: ['госпожа'] });
  });

  it('drops the written-out words and гр. (citizen) too, keeping initials after them', () => {
    assert.deepEqual(read('Господин Умаров'), { tokens: ['умаров'], titles: ['господин'] });
    assert.deepEqual(read('гр. Умаров Д. Х.'), { tokens: ['умаров', 'д', 'х'], titles: ['гр'] });
    assert.deepEqual(read('Громадянин Умаров'), { tokens: ['умаров'], titles: ['громадянин'] });
  });

  it('leaves a hyphen between two names alone', () => {
    assert.deepEqual(read('Лом-Али Бутаев').tokens, ['лом', 'али', 'бутаев']);
  });

  it('screens a name with an honorific as the name without it', async () => {
    const engine = await unEngine();
    const plain = engine.screen(q({ name: 'Умаров Доку Хаматович' }), { limit: 1 })[0];
    for (const name of ['г-н Умаров Доку Хаматович', 'Гражданин Умаров Доку Хаматович']) {
      const hit = engine.screen(q({ name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, 'QDi.290', name);
      assert.equal(hit?.score, plain?.score, name);
    }
  });
});
