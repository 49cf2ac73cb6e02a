/**
 * Engine 1.14.0: an Abd compound run onto the name before it is cut before its Abd (arabic.ts
 * mergedAbdAt): HANIABDALLATIF is Hani + Abd al-Latif. Before, the whole word was one token that
 * could only meet two adjacent listed tokens (score.ts tokenCuts), while the listed name holds three
 * (hani, the Abd particle, latif), so the record was lost. Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareName } from '../../src/matching/prepared.js';
import { mergedAbdAt } from '../../src/names/arabic.js';
import { q, unEngine } from '../matching/helpers.js';

const tokens = (name: string) => prepareName(name, 0, 0, 'primary', 'good').tokens.map((t) => `${t.written}:${t.role}`);

describe('an Abd compound run onto the name before it', () => {
  it('is cut before the Abd, and the parts read as they would apart', () => {
    assert.deepEqual(tokens('HANIABDALLATIF TILFAH'), ['hani:name', 'abd:abd', 'latif:name', 'tilfah:name']);
    assert.deepEqual(tokens('MUHAMMEDABDUL SALAM'), ['muhammed:name', 'abd:abd', 'salam:name']);
    // Abdallah stays the one-token name, after the cut too; the Abd form before a doubled spelling.
    assert.deepEqual(tokens('QAZIABDULLAH'), ['qazi:name', 'abdallah:name']);
    // A name built on Abdallah is cut off whole, and stays whole (CFi.012 Hissene Abdoulaye).
    assert.deepEqual(tokens('HISSENEABDOULAYE'), tokens('HISSENE ABDOULAYE'));
    assert.deepEqual(tokens('RUKANABDALGHAFFUR'), ['rukan:name', 'abd:abd', 'ghaffur:name']);
    // A title in front is still dropped, a nasab still a nasab.
    assert.deepEqual(tokens('SHAYKHABD AL-MAJID'), ['abd:abd', 'majid:name']);
    assert.deepEqual(tokens('BENABDUL AZIZ'), ['ben:nasab', 'abd:abd', 'aziz:name']);
    // The same as written apart.
    assert.deepEqual(tokens('HANIABDALLATIF').map((t) => t.split(':')[1]), tokens('HANI ABDAL LATIF').map((t) => t.split(':')[1]));
  });

  it('leaves alone words that merely hold the letters a-b-d', () => {
    for (const w of ['kabdul', 'zabdiel', 'habdan', 'mohamedabdi', 'rahmanabdou', 'bcdabdrahman', 'abdullahjan', 'salahabdxyz']) {
      assert.equal(mergedAbdAt(w), undefined, w);
    }
    assert.deepEqual(tokens('Kabdul Habdan'), ['kabdul:name', 'habdan:name']);
    assert.equal(mergedAbdAt('haniabdallatif'), 4);
    assert.equal(mergedAbdAt('abdullahabdurrahman'), 8);
  });

  it('finds the listed record written with the words run together', async () => {
    const e = await unEngine();
    const person = (name: string) => q({ schema: 'Person', name });
    // IQi.007 HANI ABD-AL-LATIF TILFAH AL-TIKRITI; IQi.015 RAFI ABD-AL-LATIF TILFAH AL-TIKRITI (the
    // run-together Rafi met Hani's record first before); QDi.295 MUHAMMAD JIBRIL ABDUL RAHMAN.
    for (const [name, ref] of [['HANIABDALLATIF TILFAH AL-TIKRITI', 'IQi.007'], ['RAFIABDALLATIF TILFAH AL-TIKRITI', 'IQi.015'], ['MUHAMMAD JIBRILABDUL RAHMAN', 'QDi.295']] as const) {
      const found = e.screen(person(name), { limit: 5 });
      assert.equal(found[0]?.referenceNumber, ref, `${name}: ${found.map((m) => `${m.referenceNumber} ${m.score}`).join(', ')}`);
      assert.ok(found[0]?.match === true && (found[0]?.score ?? 0) > 0.9, `${name}: ${found[0]?.score}`);
    }
  });
});
