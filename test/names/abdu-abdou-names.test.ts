/**
 * names/tokens.ts applyStructure (engine 1.51.0): Abdu and Abdou written in Latin letters are names
 * of their own (Abdou Diouf, Hassan Abdou, Muhammad Abduh) as well as the Abd before a divine name
 * (Abdou Rahmane, Abdu al-Rahman), as Abdi and Abdo already were. Up to 1.50.0 they were always
 * the Abd particle, which weighs as a particle and pairs with no name: "Hassan Abdu" scored 0.21
 * against حسن عبده, and QDi.318's aliases Muhammad Jamal Abduh and Mohammad Jamal Abdo Ahmed missed.
 * Since 1.134.0 these forms before a person's name among the divine ones (Hussein, Zahra, Amir:
 * arabic.ts PEOPLES_NAMES_AFTER_ABD) are names too, and since 1.137.0 such a name shares the Abd
 * particle's retrieval key, so that the two pair (matching/prepared.ts tokenKeys).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { compareNames, ofac2024Engine, q } from '../matching/helpers.js';

const roles = (name: string) => analyseName(name).tokens.map((t) => `${t.latin}:${t.role}`);

describe('Abdu and Abdou as names', () => {
  it('reads Abdu and Abdou as names unless a divine name follows', () => {
    assert.deepEqual(roles('Hassan Abdou'), ['hassan:name', 'abdou:name']);
    assert.deepEqual(roles('Abdou Diouf'), ['abdou:name', 'diouf:name']);
    assert.deepEqual(roles('Abdu Hassan'), ['abdu:name', 'hassan:name']);
    assert.deepEqual(roles('Abdou Rahmane'), ['abd:abd', 'rahmane:name']);
    assert.deepEqual(roles('Abdu al-Rahman'), ['abd:abd', 'rahman:name']);
  });

  it('reads Abdi, Abdo, Abdu and Abdou before a name of a person (Hussein, Zahra, Amir) as names (1.134.0)', () => {
    assert.deepEqual(roles('Abdi Hussein'), ['abdi:name', 'hussein:name']);
    assert.deepEqual(roles('Abdo Amir Ali'), ['abdo:name', 'amir:name', 'ali:name']);
    // Abd written as the particle still makes the Shia compound, and Abdi before God's name the Abd.
    assert.deepEqual(roles('Abdul Hussein'), ['abd:abd', 'hussein:name']);
    assert.deepEqual(roles('Abdi Rashid Ali'), ['abd:abd', 'rashid:name', 'ali:name']);
    // The Somali Abdi son of Hussein, his names in another order: as other names swapped.
    assert.ok(compareNames('Mohamed Abdi Hussein', 'Mohamed Hussein Abdi') > 0.8);
    assert.ok(compareNames('Hussein Abdi', 'Abdi Hussein') > 0.8);
  });

  it('pairs Abdi, Abdo, Abdu and Abdou written as a name with the Abd particle (1.137.0)', async () => {
    // One spelling apart, and the compound said in another order: no pairing up to 1.136.0.
    assert.ok(compareNames('Abdou Diouf', 'Abdoul Diouf') > 0.64, `${compareNames('Abdou Diouf', 'Abdoul Diouf')}`);
    assert.ok(compareNames('Abdi Samad', 'Samad Abdi') > 0.64, `${compareNames('Abdi Samad', 'Samad Abdi')}`);
    // OFAC's SAMAD, Abdi (39360), said given name first, on the SDN file of 2024-05-03.
    const found = (await ofac2024Engine()).screen(q({ schema: 'Person', name: 'Abdi Samad' }), { limit: 10 }).find((m) => m.caption === 'SAMAD, Abdi');
    assert.ok(found?.match === true, `${found?.score}`);
  });

  it('keeps Cyrillic Абду the Abd (its divine names are not looked up in Cyrillic)', () => {
    assert.equal(analyseName('Абду Рахман').tokens[0]?.role, 'abd');
  });

  it('meets the Arabic عبده with a Latin Abdu', () => {
    assert.ok(compareNames('Hassan Abdu', 'حسن عبده') > 0.7);
    assert.ok(compareNames('Abdou Rahmane Diallo', 'Abdurrahman Diallo') > 0.8);
  });
});
