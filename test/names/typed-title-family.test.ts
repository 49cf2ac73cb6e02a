/**
 * names/arabic.ts isTypedTitleOf (engine 1.25.0): a query's misspelt title at the head of the name
 * faces the record's title when it is one typing error from any spelling of that title, not only the
 * record's own: Maoulawi is one letter from Maulawi and two from Mawlawi, so "Maoulawi Nanai" left
 * the word unmatched at its full weight against TAi.068's "Mawlawi Nanai" and met nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TITLES, isTypedTitle, isTypedTitleOf } from '../../src/names/arabic.js';
import { q, unEngine } from '../matching/helpers.js';

describe('a typed title facing another spelling of the same title', () => {
  it('is one typing error from some spelling of the record title', () => {
    assert.equal(isTypedTitle('maoulawi', 'mawlawi'), false);
    assert.equal(isTypedTitleOf('maoulawi', 'mawlawi'), true);
    assert.equal(isTypedTitleOf('shaykj', 'sheikh'), true);
    // Another title's typo is not this one's.
    assert.equal(isTypedTitleOf('mullak', 'mawlawi'), false);
    assert.equal(isTypedTitleOf('nanai', 'mawlawi'), false);
  });

  it('names only spellings the title table holds', () => {
    for (const t of ['maulawi', 'mawlawi', 'shaykh', 'moulla', 'hadji', 'qary', 'emam', 'ustaz', 'docteur']) assert.ok(TITLES.has(t), t);
  });

  it('finds TAi.068 for Maoulawi Nanai', async () => {
    const hit = (await unEngine()).screen(q({ schema: 'Person', name: 'Maoulawi Nanai' }), { limit: 1 })[0];
    assert.equal(hit?.referenceNumber, 'TAi.068');
    assert.equal(hit?.match, true);
  });
});
