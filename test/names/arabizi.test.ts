/**
 * names/arabizi.ts (engine 1.46.0): the Arabic chat alphabet's digits (7 ح h, 3 ع, 5 خ kh, 2 ء, 6 ط t,
 * 8 غ gh, 9 ص s) are read as the letters they stand for. Up to 1.45.0 the digit stayed a character
 * of the word: "Mo7ammed Ya7ya Mujahid" scored 0.79 against the listed MOHAMMED YAHYA MUJAHID
 * (QDi.272) and "Sa3d bin Sa3d Mu7ammad Shariyan al-Ka3bi" 0.71 against QDi.382; both now score as
 * the name spelt with letters. Codes, ordinals and figures keep their digits.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabiziReading } from '../../src/names/arabizi.js';
import { analyseName } from '../../src/names/tokens.js';
import { compareNames, q, unEngine } from '../matching/helpers.js';

describe('Arabizi digits', () => {
  it('reads the digits of a name as letters, the word kept as written', () => {
    assert.equal(arabiziReading('mo7ammed'), 'mohammed');
    assert.equal(arabiziReading('3abdullah'), 'abdullah');
    assert.equal(arabiziReading('5aled'), 'khaled');
    assert.equal(arabiziReading('sa3eed'), 'saeed');
    assert.equal(arabiziReading('8assan'), 'ghassan');
    assert.equal(arabiziReading('ra2ed'), 'raed');
    const token = analyseName('Mo7ammed Ali').tokens[0];
    assert.equal(token?.text, 'mo7ammed');
    assert.equal(token?.latin, 'mohammed');
  });

  it('leaves words that are no Arabizi name alone', () => {
    for (const word of ['5th', '2nd', 'b2b', 'g7', 'mp3', 'a77', 'ali77', 'x4y', '1st', 'mhd7', 'salim', '2024']) {
      assert.equal(arabiziReading(word), undefined, word);
    }
  });

  it('scores a name in Arabizi as the name spelt with letters', () => {
    assert.equal(compareNames('Mo7ammed Ya7ya Mujahid', 'Mohammed Yahya Mujahid'), compareNames('Mohammed Yahya Mujahid', 'Mohammed Yahya Mujahid'));
    assert.equal(compareNames('5aled 3umar', 'Khaled Umar'), compareNames('Khaled Umar', 'Khaled Umar'));
  });

  it('finds listed names from their Arabizi spellings', async () => {
    const engine = await unEngine();
    for (const [name, ref] of [['Mo7ammed Ya7ya Mujahid', 'QDi.272'], ['Sa3d bin Sa3d Mu7ammad Shariyan al-Ka3bi', 'QDi.382']] as const) {
      const hit = engine.screen(q({ name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, ref, name);
      assert.ok((hit?.score ?? 0) > 0.9, `${name}: ${hit?.score}`);
    }
  });
});
