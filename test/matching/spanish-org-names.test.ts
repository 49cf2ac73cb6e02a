/**
 * The names of the listed groups as Spanish writes them (names/org-words.ts, Spanish forms since
 * 1.73.0; Spanish en and del as function words): up to 1.72.0 "Ejército Islámico de Adén" and
 * "Grupo Islámico Combatiente Libio" met nothing on the UN list, ejército and combatiente being no
 * spelling of army or fighting. On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vocabularyClass } from '../../src/names/common-names.js';
import { translatedOrgWord } from '../../src/names/org-words.js';
import { analyseName } from '../../src/names/tokens.js';
import { assertOrganisationsFoundFirst } from './helpers.js';

test('the Spanish names of listed groups find them first, and alert', async () => {
  const cases: [string, string][] = [
    ['Ejército Islámico de Adén', 'QDe.009'], // ISLAMIC ARMY OF ADEN
    ['Grupo Islámico Combatiente Libio', 'QDe.011'], // LIBYAN ISLAMIC FIGHTING GROUP
    ['Grupo Islámico Armado', 'QDe.006'], // ARMED ISLAMIC GROUP
    ['Movimiento Islámico de Uzbekistán', 'QDe.010'], // ISLAMIC MOVEMENT OF UZBEKISTAN
    ['Estado Islámico', 'QDe.115'], // OFAC's Islamic State, for ISIL
    ['Frente al-Nusra', 'QDe.137'],
  ];
  await assertOrganisationsFoundFirst(cases);
});

test('Spanish organisation words carry their English word; en and del are function words', () => {
  const pairs: [string, string][] = [['ejercito', 'army'], ['grupo', 'group'], ['combatiente', 'fighting'], ['estado', 'state'], ['movimiento', 'movement'], ['armado', 'armed'], ['libio', 'libyan']];
  for (const [word, english] of pairs) assert.equal(translatedOrgWord(word), english, word);
  assert.equal(vocabularyClass('en', 'en', 'latin'), 'stop-word');
  assert.equal(vocabularyClass('del', 'del', 'latin'), 'stop-word');
  // A Spanish family name that is no organisation word stays a name.
  assert.equal(translatedOrgWord('rosario'), undefined);
});

test('the conjunction y between two words is no initial (since 1.101.0)', async () => {
  // Up to 1.100.0 the y of "Estado Islámico de Irak y el Levante" was the initial Y and paired with
  // YEMEN: ISIL's Yemen branch came first (0.7804), ISIL itself second (0.7280).
  await assertOrganisationsFoundFirst([['Estado Islámico de Irak y el Levante', 'QDe.115']]);
  assert.deepEqual(analyseName('Juan Pérez y García').tokens.map((t) => t.text), ['juan', 'perez', 'garcia']);
  assert.deepEqual(analyseName('SALIM Y SALAMUDDIN JULKIPLI').tokens.map((t) => t.text), ['salim', 'salamuddin', 'julkipli']);
  // An initial written with its full stop, or a Y that stands first or last, stays an initial.
  assert.deepEqual(analyseName('John Y. Smith').tokens.map((t) => t.role), ['name', 'initial', 'name']);
  assert.deepEqual(analyseName('Y Salamuddin').tokens.map((t) => t.role), ['initial', 'name']);
});
