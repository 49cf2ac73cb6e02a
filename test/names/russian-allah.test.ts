/**
 * names/arabic.ts ALLAH_REST and NASAB (engine 1.30.0): names as Russian writes them, where х
 * stands for the Arabic h. Абдуллах (romanised abdullakh) is Abdallah: up to 1.29.0 the Allah rule
 * wanted an h, and the assimilated-article rule then read "ullakh" as the article before a name
 * Lakh, so the word was neither Abdallah nor anything listed. Ульд, улд (uld) is the nasab Ould.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseNameShared } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

function roles(full: string): string {
  return analyseNameShared(full).tokens.map((t) => `${t.role}:${t.latin}`).join(' ');
}

describe('Allah and Ould as Russian writes them', () => {
  it('reads Абдуллах, Абдаллах and Абдель Илах as Abdallah', () => {
    assert.equal(roles('Абдуллах'), roles('Абдулла'));
    assert.equal(roles('Абдаллах'), roles('Abdallah'));
    assert.equal(roles('Абдель Илах'), roles('Abdel Ilah'));
    assert.equal(roles('ABDULLAKH'), roles('ABDULLAH'));
    // A name after an assimilated article is still that name.
    assert.equal(roles('Abdullatif'), roles('Abd al-Latif'));
  });

  it('reads ульд and улд as the nasab Ould', () => {
    assert.match(roles('Ахмед ульд Амер'), /^name:\S+ nasab:uld name:amer$/);
    assert.match(roles('Хамада Улд Мохамед'), / nasab:uld /);
  });

  it('scores a Russian Abdullakh as the Abdulla spelling', async () => {
    const e = await unEngine();
    const a = e.screen(q({ schema: 'Person', name: 'Галиб Абдуллах аль-Зайди' }), { limit: 1 })[0];
    const b = e.screen(q({ schema: 'Person', name: 'Галиб Абдулла аль-Зайди' }), { limit: 1 })[0];
    assert.equal(a?.referenceNumber, 'QDi.401');
    assert.equal(a?.score, b?.score);
  });
});
