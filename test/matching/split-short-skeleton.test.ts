/**
 * Engine 1.15.0: two query words that write one listed word apart (SOUS SOU for SOUSSOU, ZEIN IYE
 * for ZEINIYE) meet it whatever the length of the joined skeleton. Up to 1.14.0 the split pairing
 * needed a shared key of the joined form, and a joined skeleton shorter than three consonants had
 * none (score.ts MIN_JOINED_KEY), so those words stayed a fuzzy half and an unmatched half. And a
 * merged or split pairing now pays the dropped-Abd penalty where the single pairing of the same
 * letters would (score.ts mergedSimilarity). Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinedFormKeys } from '../../src/matching/score.js';
import { q, unEngine } from './helpers.js';

const person = (name: string) => q({ schema: 'Person', name });

describe('a listed word written as two, joined skeleton short', () => {
  it('compare pairs the two halves with the listed word', async () => {
    const e = await unEngine();
    for (const [a, b] of [['HABIB SOUS SOU', 'HABIB SOUSSOU'], ['Jamal Hussein Hassan Zein Iye', 'Jamal Hussein Hassan Zeiniye'], ['Karim Bouye Hia', 'Karim Bouyehia']] as const) {
      const r = e.compare(person(a), person(b));
      assert.ok(r.match, `${a} / ${b}: ${r.score}`);
      const split = r.explanation.name?.tokens.find((t) => t.kind === 'split');
      assert.ok(split !== undefined, `${a}: no split pairing`);
      assert.equal(split.query.length, 2);
      // The two halves cover the listed word: nothing of the query is left unmatched.
      assert.equal(r.explanation.name?.tokens.filter((t) => t.kind === 'unmatched-query').length, 0, a);
    }
  });

  it('screening finds the record through the index', async () => {
    const e = await unEngine();
    // CFi.005 HABIB SOUSSOU, QDi.143 HAMADI BEN ABDUL AZIZ BEN ALI BOUYEHIA, QDi.428 JAMAL HUSSEIN HASSAN ZEINIYE.
    for (const [name, ref] of [['HABIB SOUS SOU', 'CFi.005'], ['HAMADI BEN ABDUL AZIZ BEN ALI BOUYE HIA', 'QDi.143'], ['JAMAL HUSSEIN HASSAN ZEIN IYE', 'QDi.428']] as const) {
      const found = e.screen(person(name), { limit: 5 });
      assert.equal(found[0]?.referenceNumber, ref, `${name}: ${found.map((m) => `${m.referenceNumber} ${m.score}`).join(', ')}`);
      assert.ok(found[0]?.match === true, `${name}: ${found[0]?.score}`);
    }
  });

  it('a split pairing pays the dropped-Abd penalty as the word written whole does', async () => {
    const e = await unEngine();
    // Abou Abdeljalil (an alias of QDi.167): Jalil follows an Abd; Jalloul carries none.
    const whole = e.compare(person('Jalloul'), person('Abou Abdeljalil'));
    const apart = e.compare(person('Jall Oul'), person('Abou Abdeljalil'));
    assert.ok(apart.score <= whole.score, `apart ${apart.score} > whole ${whole.score}`);
    assert.equal(apart.match, false, `${apart.score}`);
    // Screening agrees with compare: the split spelling alerts on the Jalloul alias (QDi.075) only.
    const alerts = e.screen(person('Jall Oul'), { limit: 5 }).filter((m) => m.match).map((m) => m.referenceNumber);
    assert.deepEqual(alerts, ['QDi.075']);
  });

  it('a short joined skeleton is looked up under itself only, not its neighbourhood', () => {
    // susu (Sous Sou) has the skeleton S: its own key, no deletion or gap keys (those would reach
    // much of a list); mahmud (Mah Moud) keeps its deletion neighbourhood from four consonants.
    assert.deepEqual(joinedFormKeys('susu'), ['k:S']);
    assert.deepEqual(joinedFormKeys('buyehya'), ['k:B']);
    assert.ok(joinedFormKeys('mahmud').length > 1);
  });
});
