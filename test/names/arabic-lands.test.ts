/**
 * names/org-words.ts (engine 1.34.0): بلاد, "the lands of", before a region in the Arabic names of
 * armed groups, is an organisation word (English key "lands"), also with ب written onto it (ببلاد).
 * Up to 1.33.0 it was a rare name word: QDe.014's تنظيم القا عدة ببلاد المغرب الاسلامي met its English
 * name THE ORGANIZATION OF AL-QAIDA IN THE ISLAMIC MAGHREB at 0.54, ببلاد unmatched at weight 7.96.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTranslatedOrgWord, translatedOrgWord } from '../../src/names/org-words.js';
import { latinOnlyEngine, q } from '../matching/helpers.js';

describe('the lands of, in Arabic organisation names', () => {
  it('reads بلاد and ببلاد as the organisation word lands', () => {
    assert.equal(translatedOrgWord('بلاد'), 'lands');
    assert.equal(translatedOrgWord('ببلاد'), 'lands');
    assert.equal(isTranslatedOrgWord('ببلاد'), true);
  });

  it('finds QDe.014 from its Arabic name', async () => {
    const hit = (await latinOnlyEngine()).screen(q({ schema: 'Organization', name: 'تنظيم القا عدة ببلاد المغرب الاسلامي' }), { limit: 1 })[0];
    assert.equal(hit?.referenceNumber, 'QDe.014');
    assert.equal(hit?.match, true);
  });
});
