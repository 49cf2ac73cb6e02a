/**
 * names/arabic.ts TITLE_SPELLINGS (engine 1.52.0): the titles of Indonesian and Malay clerics (Ustadz,
 * Kiai, Kyai, Syekh, Syeikh, Syaikh) and of Hausa and Sahel ones (Mallam, Malam) are titles, not name
 * words. Up to 1.51.0 "Ustadz Abu Bakar Baasyir" scored 0.58 against QDi.217 ABU BAKAR BA'ASYIR and
 * "Mallam Abubakar Shekau" 0.57 against QDi.322 ABUBAKAR MOHAMMED SHEKAU; both now score as the
 * name without the title.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseName } from '../../src/names/tokens.js';
import { q, unEngine } from '../matching/helpers.js';

describe('Indonesian, Malay, Hausa and Sahel titles', () => {
  it('drops the titles from the name and keeps them for the explanation', () => {
    for (const [name, title] of [['Ustadz Abu Bakar Baasyir', 'ustadz'], ['Kyai Abu Bakar', 'kyai'], ['Syekh Abu Bakar', 'syekh'], ['Mallam Ahmed Nuru', 'mallam'], ['Malam Boureima Dicko', 'malam']] as const) {
      const analysed = analyseName(name);
      assert.ok(analysed.titles.includes(title), `${name}: ${analysed.titles}`);
      assert.ok(!analysed.tokens.some((t) => t.latin === title), name);
    }
  });

  it('screens a titled name as the name without its title', async () => {
    const engine = await unEngine();
    for (const [titled, plain, ref] of [
      ['Ustadz Abu Bakar Baasyir', 'Abu Bakar Baasyir', 'QDi.217'],
      ['Mallam Abubakar Shekau', 'Abubakar Shekau', 'QDi.322'],
    ] as const) {
      const a = engine.screen(q({ name: titled }), { limit: 1 })[0];
      const b = engine.screen(q({ name: plain }), { limit: 1 })[0];
      assert.equal(a?.referenceNumber, ref, titled);
      assert.equal(a?.score, b?.score, titled);
      assert.equal(a?.match, true, titled);
    }
  });
});
