/**
 * names/org-words.ts and common-names.ts LEGAL_FORMS (engine 1.31.0): صرافی, the Dari money exchange
 * (Sarafi), means exchange as صرافة does, and شرکت (company) is a legal form as شركة is. Up to 1.30.0
 * صرافی was a rare name word: "ROSHAN MONEY EXCHANGE" against TAe.011's صرافی روشان left it
 * unmatched at full weight (0.50), and both Afghan money exchanges of the list missed their
 * original-script names. Russian and Ukrainian АО, ПАО, ЗАТ, ПАТ, ТДВ are legal forms in Cyrillic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vocabularyClass } from '../../src/names/common-names.js';
import { arabicOnlyEngine, q } from '../matching/helpers.js';

describe('Dari organisation words and Cyrillic legal forms', () => {
  it('classes شرکت and the Cyrillic joint-stock forms as legal forms, صرافی as an organisation word', () => {
    assert.equal(vocabularyClass('شركت', 'shrkt', 'arabic'), 'legal-form');
    assert.equal(vocabularyClass('صرافي', 'srafy', 'arabic'), 'org-word');
    assert.equal(vocabularyClass('пао', 'pao', 'cyrillic'), 'legal-form');
    assert.equal(vocabularyClass('ао', 'ao', 'cyrillic'), 'legal-form');
    // Only in Cyrillic: a Latin "Ao" is no legal form.
    assert.equal(vocabularyClass('ao', 'ao', 'latin'), undefined);
  });

  it('finds the Afghan money exchanges by their Dari names', async () => {
    const e = await arabicOnlyEngine();
    for (const [name, ref] of [['ROSHAN MONEY EXCHANGE', 'TAe.011'], ['HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE', 'TAe.010']]) {
      const hit = e.screen(q({ schema: 'Organization', name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, ref, name);
      assert.equal(hit?.match, true, name);
    }
  });
});
