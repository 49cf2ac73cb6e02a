/**
 * names/org-words.ts RUSSIAN_STEMS (engine 1.35.0): organisation words as Russian writes them, in
 * any case and number (Исламское государство, Исламского государства, исламская группировка), carry
 * their English word as the alternative form and weigh as organisation words, as the Arabic and
 * French ones do; и (and) is a stop word. Up to 1.34.0 a Cyrillic word had no translation, and the
 * Russian name of ISIL, "Исламское государство Ирака и Леванта", met nothing on the UN list.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTranslatedOrgWord, translatedOrgWord } from '../../src/names/org-words.js';
import { q, unEngine } from '../matching/helpers.js';

describe('Russian organisation words', () => {
  it('reads the stems in any ending, and only with an ending of the table', () => {
    assert.equal(translatedOrgWord('исламское'), 'islamic');
    assert.equal(translatedOrgWord('исламского'), 'islamic');
    assert.equal(translatedOrgWord('государства'), 'state');
    assert.equal(translatedOrgWord('группировка'), 'group');
    assert.equal(translatedOrgWord('движение'), 'movement');
    assert.equal(isTranslatedOrgWord('фронта'), true);
    // A word that only begins like a stem is not it (исламизм, государственник).
    assert.equal(translatedOrgWord('исламизм'), undefined);
    assert.equal(translatedOrgWord('государственник'), undefined);
  });

  it('finds ISIL (QDe.115) from its Russian name', async () => {
    const hit = (await unEngine()).screen(q({ schema: 'Organization', name: 'Исламское государство Ирака и Леванта' }), { limit: 1 })[0];
    assert.equal(hit?.referenceNumber, 'QDe.115');
    assert.equal(hit?.match, true);
  });
});
