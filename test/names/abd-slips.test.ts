/**
 * names/arabic.ts slippedAbdSpelling (engine 1.6.0): an Abd typed with a slip of the finger is still
 * the Abd particle; names one letter from an Abd form are left alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slippedAbdSpelling } from '../../src/names/arabic.js';
import { analyseName } from '../../src/names/tokens.js';

const roles = (name: string): string => analyseName(name).tokens.map((t) => `${t.role}:${t.latin}`).join(' ');

describe('an Abd typed with a slip', () => {
  it('reads a consonant struck inside the a-b-d, after it, or b and d swapped as the Abd', () => {
    assert.equal(slippedAbdSpelling('agbdul'), 'abdul');
    assert.equal(slippedAbdSpelling('absdul'), 'abdul');
    assert.equal(slippedAbdSpelling('abxdul'), 'abdul');
    assert.equal(slippedAbdSpelling('abdyul'), 'abdul');
    assert.equal(slippedAbdSpelling('adbul'), 'abdul');
    assert.equal(slippedAbdSpelling('abcdulqader'), 'abdulqader');
  });

  it('gives the same tokens as the Abd written right', () => {
    assert.equal(roles('ABXDUL WALI SEDDIQI'), roles('ABDUL WALI SEDDIQI'));
    assert.equal(roles('ABCDULQADER MOHAMMED'), roles('ABDULQADER MOHAMMED'));
    assert.equal(roles('Adbul Manan Nayazi'), roles('Abdul Manan Nayazi'));
    assert.equal(roles('ABDYUL RAHMAN ZAHED'), 'abd:abd name:rahman name:zahed');
  });

  it('leaves names one letter from an Abd form alone', () => {
    // An extra vowel is a different name (Abid, Ubaid), a missing b is Adil or Adel, a touching key
    // for the d is Abrar, and a consonant after abd that begins a name is that name (Abdrahman).
    for (const w of ['abid', 'abidullah', 'abadi', 'adil', 'adel', 'abrar', 'abbas', 'abdul', 'abdrahman', 'ahmad']) {
      assert.equal(slippedAbdSpelling(w), undefined, w);
    }
    assert.equal(roles('Abrar Ahmed'), 'name:abrar name:ahmed');
    assert.equal(roles('Abidullah Khan'), 'name:abidullah name:khan');
    assert.equal(roles('Adil Abdallah'), 'name:adil name:abdallah');
    assert.equal(roles('Abdrahman Zahed'), 'abd:abd name:rahman name:zahed');
  });
});
