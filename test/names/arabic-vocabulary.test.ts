/**
 * names/common-names.ts vocabularyClass (engine 1.17.0): an Arabic-script word is a legal form or a
 * function word only by the tables' Arabic entries, not by its romanisation, which is a short
 * skeleton that lands on Latin function words and abbreviations: دعاء (the name Du'a) romanises to
 * "da", which read as a function word, so أبو دعاء (an alias of QDi.299) weighed 0.3 and met nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vocabularyClass } from '../../src/names/common-names.js';
import { q, unEngine } from '../matching/helpers.js';

describe('Arabic-script words and the vocabulary tables', () => {
  it('reads Arabic words by the Arabic entries only, Cyrillic and Latin by their romanisation too', () => {
    assert.equal(vocabularyClass('دعاء', 'da', 'arabic'), undefined);
    assert.equal(vocabularyClass('لا', 'la', 'arabic'), undefined);
    assert.equal(vocabularyClass('و', 'w', 'arabic'), 'stop-word');
    assert.equal(vocabularyClass('شركة', 'Srka', 'arabic'), 'legal-form');
    assert.equal(vocabularyClass('оф', 'of', 'cyrillic'), 'stop-word');
    assert.equal(vocabularyClass('ооо', 'ooo', 'cyrillic'), 'legal-form');
    assert.equal(vocabularyClass('da', 'da', 'latin'), 'stop-word');
  });

  it('finds the record of an Arabic name built on such a word', async () => {
    const e = await unEngine();
    const hit = e.screen(q({ schema: 'Person', name: 'أبو دعاء' }), { limit: 1, minScore: 0.3 })[0];
    assert.equal(hit?.referenceNumber, 'QDi.299');
    const pairing = hit?.explanation.name?.tokens.find((t) => t.query.some((x) => x.text === 'دعاء'));
    assert.equal(pairing?.kind, 'exact');
  });
});
