/**
 * names/tokens.ts MUHAMMAD_ABBREVIATIONS (engine 1.44.0): Md. (Bangladesh), Mohd and Muhd (Malaysia,
 * Brunei), Mhd (Syria) abbreviate Muhammad and are read as it. Up to 1.43.0 "Md. Abdul Karim" scored
 * 0.30 against "Mohammad Abdul Karim" (0.82 now, as "Muhammad Abdul Karim"): a two-letter name word
 * Md met nothing. Md after the name is
 * the doctor's degree and stays as written.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { compareNames, q, unEngine } from '../matching/helpers.js';

describe('Muhammad abbreviated', () => {
  it('reads Md., Mohd, Muhd and Mhd as Muhammad, the written form kept as the text', () => {
    const first = (name: string) => analyseName(name).tokens[0];
    for (const name of ['Md. Abdul Karim', 'MOHD ISMAIL', 'Muhd Anis', 'Mhd Khair']) {
      assert.equal(first(name)?.latin, 'muhammad', name);
    }
    assert.equal(first('Md. Abdul Karim')?.text, 'md');
  });

  it('leaves Md after a name alone (a degree)', () => {
    assert.equal(analyseName('John Smith MD').tokens.at(-1)?.latin, 'md');
  });

  it('scores an abbreviated Muhammad as the name written out', () => {
    assert.equal(compareNames('Md. Abdul Karim', 'Mohammad Abdul Karim'), compareNames('Muhammad Abdul Karim', 'Mohammad Abdul Karim'));
    assert.ok(compareNames('Md. Abdul Karim', 'Mohammad Abdul Karim') > 0.8);
    assert.equal(compareNames('Mohd Ismail', 'Mohammed Ismail'), compareNames('Muhammad Ismail', 'Mohammed Ismail'));
  });

  it('finds the listed Mohd names from Muhammad written out', async () => {
    const hit = (await unEngine()).screen(q({ name: 'Muhammad Radi bin Udin' }), { limit: 1 })[0];
    assert.ok(hit !== undefined && hit.match, 'Muhammad Radi bin Udin met no listed name');
  });
});
