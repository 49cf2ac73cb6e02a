/**
 * names/tokens.ts familyTitle (engine 1.19.0): a title word written last with the article, after a
 * name, is a family name (nisba), not a title to drop. Dropping it left "Jihad al-Mufti" the single
 * word Jihad, which met the UN list's "Abu Jihad" aliases word for word and alerted (0.835, an eval
 * negative); and QDi.409's own surname, listed "ELSHAFEE EL SHEIKH", was read as the one word
 * Elshafee, so "A. El-Sheikh" met nothing.
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

describe('a title word borne as a family name', () => {
  it('keeps a last title word with the article as a name, in Latin and Arabic script', () => {
    assert.equal(words('Jihad Al-Mufti'), 'jihad mufti');
    assert.equal(words('Jihad AlMufti'), 'jihad mufti');
    assert.equal(words('ELSHAFEE EL SHEIKH'), 'elshafee sheikh');
    assert.equal(titles('ELSHAFEE EL SHEIKH'), '');
    assert.equal(analyseNameShared('جهاد المفتي').tokens.length, 2);
  });

  it('still drops titles before the name, without the article, or standing alone', () => {
    assert.equal(words('Al-Sheikh Ahmed Yasin'), 'ahmed yasin');
    assert.equal(titles('Al-Sheikh Ahmed Yasin'), 'sheikh');
    assert.equal(words('AWEYS, Sheikh'), 'aweys');
    assert.equal(words('Mohamed Omar Haji'), 'mohamed omar');
    assert.equal(words('Mullah Omar'), 'omar');
    assert.equal(analyseNameShared('الشيخ أحمد').tokens.length, 1);
  });

  it('no longer alerts on Abu Jihad for Jihad al-Mufti, and finds el-Sheikh written apart', async () => {
    const e = await unEngine();
    const mufti = e.screen(q({ schema: 'Person', name: 'Jihad Al-Mufti' }), { limit: 5 });
    assert.deepEqual(mufti.filter((m) => m.match).map((m) => m.referenceNumber), []);
    const sheikh = e.screen(q({ schema: 'Person', name: 'A. El-Sheikh' }), { limit: 1 })[0];
    assert.equal(sheikh?.referenceNumber, 'QDi.409');
    assert.equal(sheikh?.match, true);
  });
});
