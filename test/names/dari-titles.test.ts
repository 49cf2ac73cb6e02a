/**
 * names/arabic.ts TITLES (engine 1.29.0): Ustad, Doctor and Engineer as Dari and Arabic write them
 * (استاد, أستاذ, داکتر, انجنیر) are titles, as their Latin spellings (Ustad, Ustadh, Doctor, Dr, Eng,
 * Engineer) and Russian Инженер are. Up to 1.28.0 each stayed a name word of the query, unmatched at
 * its full weight against a record that lists the person without it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseNameShared } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

function titles(full: string): string {
  return analyseNameShared(full).titles.join(' ');
}

describe('titles in Dari and Arabic spelling', () => {
  it('drops them, whatever the Persian or Arabic letters used', () => {
    assert.equal(titles('استاد محمد'), 'استاد');
    assert.equal(titles('الأستاذ محمد'), 'الأستاذ');
    // Persian keheh and yeh are read as Arabic kaf and yeh.
    assert.equal(titles('داکتر احمد'), 'داكتر');
    assert.equal(titles('انجنیر احمد'), 'انجنير');
    assert.equal(titles('Инженер Хекматияр'), 'инженер');
    assert.equal(analyseNameShared('انجنیر احمد').tokens.length, 1);
  });

  it('scores a titled Arabic-script query as the name without the title', async () => {
    const e = await unEngine();
    const plain = e.screen(q({ schema: 'Person', name: 'عبد الباری آخوند' }), { limit: 1 })[0];
    const titled = e.screen(q({ schema: 'Person', name: 'انجنیر عبد الباری آخوند' }), { limit: 1 })[0];
    assert.equal(plain?.referenceNumber, 'TAi.094');
    assert.equal(titled?.referenceNumber, 'TAi.094');
    assert.equal(titled?.score, plain?.score);
  });
});
