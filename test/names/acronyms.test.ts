/**
 * Acronyms read off organisation names (names/acronyms.ts, since 1.53.0): the initials of the words,
 * function words left out, particles counted in one reading and left out in the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameAcronyms } from '../../src/names/acronyms.js';
import { isCommonGivenName } from '../../src/names/common-names.js';

const acronyms = (name: string): string[] => nameAcronyms(name, isCommonGivenName);

test('function words are left out: Islamic State in Iraq and the Levant is ISIL', () => {
  assert.deepEqual(acronyms('Islamic State in Iraq and the Levant'), ['ISIL']);
  assert.deepEqual(acronyms('Abu Sayyaf Group'), ['ASG']);
  assert.deepEqual(acronyms('Islamic Jihad Union'), ['IJU']);
});

test('the article and the ezafe are counted in one reading and left out in the other', () => {
  assert.deepEqual(acronyms('Al-Qaida in the Arabian Peninsula'), ['AQAP', 'QAP']);
  assert.deepEqual(acronyms('Al-Qaida in the Indian Subcontinent'), ['AQIS', 'QIS']);
  assert.deepEqual(acronyms('Tehrik-i-Taliban Pakistan'), ['TITP', 'TTP']);
});

test('two words linked by an ezafe or the article as Urdu writes it give three letters, the particle\'s among them (since 1.70.0)', () => {
  // The ezafe is written e or i whichever way the name writes it: Jaish-i-Mohammed is JeM.
  assert.deepEqual(acronyms('Jaish-i-Mohammed'), ['JEM', 'JIM']);
  assert.deepEqual(acronyms('Lashkar-e-Taiba'), ['LET', 'LIT']);
  assert.deepEqual(acronyms('Jamaat-ud-Dawa'), ['JUD']);
  assert.deepEqual(acronyms('Harakat ul-Mujahidin'), ['HUM']);
  // The Arabic article between two words links nothing here: Ansar al-Islam is read as before.
  assert.deepEqual(acronyms('Ansar al-Islam'), []);
});

test('apostrophes inside a word and a parenthesised part do not make words', () => {
  assert.deepEqual(acronyms('Hay’at Tahrir al-Sham'), ['HTAS', 'HTS']);
  assert.deepEqual(acronyms('ISLAMIC INTERNATIONAL BRIGADE (IIB)'), ['IIB']);
});

test('fewer than three words besides the particles give none: Al Rashid Trust is no ART', () => {
  assert.deepEqual(acronyms('Al Rashid Trust'), []);
  assert.deepEqual(acronyms('Al-Nusrah Front'), []);
  assert.deepEqual(acronyms('Boko Haram'), []);
});

test('more than six letters, another script, digits, or a common given name give none', () => {
  assert.deepEqual(acronyms('Islamic State of Iraq and the Levant Khorasan Province Branch Office'), []);
  assert.deepEqual(acronyms('الدولة الإسلامية في العراق والشام'), []);
  assert.deepEqual(acronyms('Brigade 313 Special Unit'), []);
  // A Latin Islamic Association: the initials spell Ali, a given name, not the body's acronym.
  assert.deepEqual(acronyms('Association Latin Islamic'), []);
});

test("a company's legal form is no word of its name, whatever its full stops (since 1.56.0)", () => {
  assert.deepEqual(acronyms('Bright Emerald Medical Supplies S.A.'), ['BEMS']);
  assert.deepEqual(acronyms('Abu Sayyaf Group Ltd'), ['ASG']);
  assert.deepEqual(acronyms('ALTAI GREAT AGRICULTURAL MACHINERY S.P.A.'), ['AGAM']);
});
