/**
 * names/org-words.ts, the Cyrillic stems of TRANSLATIONS (engine 1.35.0): organisation words as
 * Russian writes them, in any case and number (Исламское государство, Исламского государства,
 * исламская группировка), carry their English word as the alternative form and weigh as
 * organisation words, as the Arabic and French ones do; и (and) and в (in) are stop words (since 1.36.0 also стран, lands, and аравийск,
 * Arabian: Аль-Каида на Аравийском полуострове; since 1.38.0 the Ukrainian stems, and та, і). Up
 * to 1.34.0 a Cyrillic word had no translation, and the Russian name of ISIL, "Исламское
 * государство Ирака и Леванта", met nothing on the UN list.
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
    assert.equal(translatedOrgWord('странах'), 'lands');
    assert.equal(translatedOrgWord('аравийском'), 'arabian');
    assert.equal(isTranslatedOrgWord('фронта'), true);
    // A word that only begins like a stem is not it (исламизм, государственник).
    assert.equal(translatedOrgWord('исламизм'), undefined);
    assert.equal(translatedOrgWord('государственник'), undefined);
    assert.equal(translatedOrgWord('странный'), undefined);
    // Ukrainian (since 1.38.0).
    assert.equal(translatedOrgWord('ісламська'), 'islamic');
    assert.equal(translatedOrgWord('держава'), 'state');
    assert.equal(translatedOrgWord('півострові'), 'peninsula');
    assert.equal(translatedOrgWord('угруповання'), 'group');
  });

  it('finds ISIL (QDe.115) and AQAP (QDe.129) from their Russian names, ISIL from its Ukrainian one', async () => {
    const e = await unEngine();
    for (const [name, ref] of [
      ['Исламское государство Ирака и Леванта', 'QDe.115'],
      ['Аль-Каида на Аравийском полуострове', 'QDe.129'],
      ['Ісламська держава Іраку та Леванту', 'QDe.115'],
    ]) {
      const hit = e.screen(q({ schema: 'Organization', name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, ref, name);
      assert.equal(hit?.match, true, name);
    }
  });
});
