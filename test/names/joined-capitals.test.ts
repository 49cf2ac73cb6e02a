/**
 * names/normalise.ts splitJoinedCapitals (engine 1.6.0): a capital after a small letter inside a word
 * starts a new word, except in Mc/Mac names, legal forms with a capital inside, and a small letter
 * slipped into a word written in capitals.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitJoinedCapitals } from '../../src/names/normalise.js';
import { analyseName } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

describe('names written without their spaces but with their capitals', () => {
  it('are split where a capital follows a small letter', () => {
    assert.equal(splitJoinedCapitals('Sayf-AlAdl'), 'Sayf-Al Adl');
    assert.equal(splitJoinedCapitals('Abou MossaabAbdelouadoud'), 'Abou Mossaab Abdelouadoud');
    assert.equal(splitJoinedCapitals('VladimirPutin'), 'Vladimir Putin');
    assert.equal(splitJoinedCapitals('ColonelNGARUYE'), 'Colonel NGARUYE');
    assert.equal(splitJoinedCapitals('МухаммадАли'), 'Мухаммад Али');
    assert.deepEqual(analyseName('Sayf-AlAdl').tokens.map((t) => `${t.role}:${t.latin}`), ['name:sayf', 'nisba:adl']);
  });

  it('are left whole for Mc/Mac, legal forms and a slipped small letter inside capitals', () => {
    for (const s of ['McDonald', 'MacArthur', 'Trading GmbH', 'Siemens KGaA', 'Eni SpA', 'JEMmAAH ISLAMIYAH', 'ABDUL RAHMAN', 'abdul rahman', 'Abdul Rahman']) {
      assert.equal(splitJoinedCapitals(s), s, s);
    }
  });

  it('finds the listed names the joined spellings stand for', async () => {
    const e = await unEngine();
    for (const [name, ref] of [['Sayf-AlAdl', 'QDi.001'], ['Abou MossaabAbdelouadoud', 'QDi.232']] as const) {
      const m = e.screen(q({ schema: 'Person', name }), { limit: 10 }).find((x) => x.referenceNumber === ref);
      assert.ok(m !== undefined && m.score >= e.defaultThreshold, `${name}: ${m?.score}`);
    }
  });
});
