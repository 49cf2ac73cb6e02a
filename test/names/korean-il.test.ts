/**
 * Engine 1.13.0: a standalone "il" is a name, not the Arabic article. In sanctions lists it is the
 * Korean Il (11 of the 12 on the UN list: Pak Il Kyu, Cho Il U, Kwang Il Hyon); read as the article
 * it was dropped, so Pak Il Kyu and Pak Kyu were one name, and PAKIL KYU (a run-together spelling in
 * the evaluation) met nothing. Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareName } from '../../src/matching/prepared.js';
import { q, unEngine } from '../matching/helpers.js';

const words = (name: string) => prepareName(name, 0, 0, 'primary', 'good').tokens.map((t) => t.written);

describe('the Korean Il', () => {
  it('stays a token of the name, in Latin and Cyrillic script', () => {
    assert.deepEqual(words('Pak Il Kyu'), ['pak', 'il', 'kyu']);
    assert.deepEqual(words('Kim Il Sung'), ['kim', 'il', 'sung']);
    assert.ok(words('Пак Ил Кю').includes('il'), words('Пак Ил Кю').join(' '));
    // The article itself is still read as one: al, el, ul.
    assert.deepEqual(words('Abu Bakr al-Baghdadi'), ['abu', 'bakr', 'baghdadi']);
  });

  it('tells Pak Il Kyu from a name without the Il, and finds the run-together spellings', async () => {
    const e = await unEngine();
    const person = (name: string) => q({ schema: 'Person', name });
    const same = e.compare(person('Pak Il Kyu'), person('Pak Il Kyu'));
    const without = e.compare(person('Pak Kyu'), person('Pak Il Kyu'));
    assert.ok(without.score < same.score, `${without.score} < ${same.score}`);
    // KPi.062 PAK IL KYU; KPi.040 CHO IL U (alias Cho Il Woo).
    for (const [name, ref] of [['PAKIL KYU', 'KPi.062'], ['CHOIL WOO', 'KPi.040']] as const) {
      const hit = e.screen(person(name), { limit: 5 }).find((m) => m.referenceNumber === ref);
      assert.ok(hit?.match === true, `${name}: ${hit?.score}`);
    }
  });
});
