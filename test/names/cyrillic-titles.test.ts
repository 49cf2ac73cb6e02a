/**
 * names/arabic.ts TITLES (engine 1.27.0): a title written in Cyrillic, as Russian-language sources
 * write the Afghan and Arab honorifics (Муллах, Мулла, Хаджи, Хаджджи, Кари, Мавлави, Алхадж), is a
 * title. Up to 1.26.0 only the Latin and Arabic spellings were, so "Муллах Фазлуллах" kept mullakh
 * as a rare name word nothing on the list carries and met no record at all (QDi.352 is listed as
 * MAULANA FAZLULLAH); 21 of the eval's Cyrillic renderings missed their record for that alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseNameShared } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

function words(full: string): string {
  return analyseNameShared(full).tokens.map((t) => t.latin).join(' ');
}

function titles(full: string): string {
  return analyseNameShared(full).titles.join(' ');
}

describe('titles written in Cyrillic', () => {
  it('drops the Russian spellings of the titles, as the Latin ones are dropped', () => {
    assert.equal(words('Муллах Фазлуллах'), 'fazlullakh');
    assert.equal(titles('Муллах Фазлуллах'), 'муллах');
    assert.equal(words('Мулла Омар'), 'omar');
    assert.equal(words('Хаджи Абдул Басир'), 'abd basir');
    assert.equal(words('Хаджджи Абделнассер'), 'abd nasser');
    assert.equal(words('Кари Закир'), 'zakir');
    assert.equal(words('Мавлави Нанай'), 'nanay');
    assert.equal(titles('Алхадж Кари Айуб Башар'), 'алхадж кари');
  });

  it('drops their Latin romanisations too, but not a Latin name that is only a Cyrillic title romanised', () => {
    assert.equal(words('KHADZHI MURAD'), 'murad');
    assert.equal(words('Mavlavi Nanai'), 'nanai');
    // Кари romanises to kari, a Finnish given name in Latin script: only the Cyrillic word is the title.
    assert.equal(words('Kari Nieminen'), 'kari nieminen');
  });

  it('finds the record for Cyrillic renderings with a title', async () => {
    const e = await unEngine();
    for (const [name, ref] of [['Муллах Фазлуллах', 'QDi.352'], ['Кари Закир', 'TAi.164'], ['Мавлави Нанай', 'TAi.068'], ['Хаджджи Абделнассер', 'QDi.420']]) {
      const hit = e.screen(q({ schema: 'Person', name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, ref, name);
      assert.equal(hit?.match, true, name);
    }
  });
});
