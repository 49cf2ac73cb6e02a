/**
 * Names written in the Turkish or Azerbaijani alphabet (since 1.75.0): the dotted capital İ stays in
 * its word (up to 1.74.0 İbrahim was the initial I and a name Brahim), c and ç read as j and ch where
 * a letter only those alphabets have shows the alphabet (normalise.ts turkishSpelling), the schwa ə
 * as a, Ebu as the kunya and Hacı as the title it is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../../src/matching/query.js';
import { turkishSpelling } from '../../src/names/normalise.js';
import { analyseName } from '../../src/names/tokens.js';
import { unEngine } from '../matching/helpers.js';

const words = (name: string) => analyseName(name).tokens.map((t) => `${t.latin}/${t.role}`);

test('the dotted capital İ is the letter i inside its word', () => {
  assert.deepEqual(words('İbrahim'), ['ibrahim/name']);
  assert.deepEqual(words('İSMAİL'), ['ismail/name']);
});

test('c and ç are j and ch in a name written in the Turkish or Azerbaijani alphabet', () => {
  // Hacı (ı) shows the alphabet for the whole name: Cemal is Jamal, and Hacı the title Hajji.
  const hajji = analyseName('Hacı Cemal Çakır');
  assert.deepEqual(hajji.tokens.map((t) => t.latin), ['jemal', 'chakir']);
  assert.deepEqual(hajji.titles, ['haji']);
  // Capitals: Ç before a capital is CH, one word (not Ch and ELIK).
  assert.deepEqual(words('İBRAHİM ÇELİK'), ['ibrahim/name', 'chelik/name']);
  assert.equal(turkishSpelling('Necmettin Ağca'), 'Nejmettin Ağja');
  // Without such a letter nothing changes: French ç is an s, and c of other names is no j.
  assert.equal(turkishSpelling('François Gonçalves'), 'François Gonçalves');
  assert.equal(turkishSpelling('Cemal'), 'Cemal');
  assert.deepEqual(words('Əli Məhəmməd'), ['ali/name', 'mahammad/name']);
});

test('Ebu is the kunya, and Haci the title, in ASCII too', () => {
  assert.deepEqual(words('Ebu Muhammed el-Adnani').slice(0, 1), ['ebu/kunya']);
  assert.deepEqual(analyseName('Haci Osman').titles, ['haci']);
});

test('Şeyh (and seyh typed without its cedilla), Mevlana and Mevlevi are titles (since 1.82.0)', () => {
  assert.deepEqual(analyseName('Halid Şeyh Muhammed').titles, ['sheyh']);
  assert.deepEqual(words('Halid Şeyh Muhammed'), ['halid/name', 'muhammed/name']);
  assert.deepEqual(analyseName('Seyh Ahmed').titles, ['seyh']);
  assert.deepEqual(words('Mevlana Halil Mevlevi'), ['halil/name']);
});

test('names in Turkish spelling find the listed person', async () => {
  const engine = await unEngine();
  const person = (name: string) => parseQuery({ id: 'q', schema: 'Person', name });
  // QDi.299 IBRAHIM AWWAD IBRAHIM ALI AL-BADRI AL-SAMARRAI.
  const [badri] = engine.screen(person('İbrahim Avvad İbrahim el-Bedri'), { limit: 1 });
  assert.equal(badri?.referenceNumber, 'QDi.299');
  assert.ok(badri.match, `${badri.score}`);
});
