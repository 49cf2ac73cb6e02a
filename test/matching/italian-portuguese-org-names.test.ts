/**
 * The names of the listed groups as Italian and Portuguese write them (names/org-words.ts, since
 * 1.79.0; Italian di, della, dello, dei, degli, delle as function words): up to 1.78.0 "Gruppo
 * Islamico Armato", "Esercito Islamico di Aden", "Gruppo Islamico Combattente Libico" and
 * "Exército Islâmico de Áden" met nothing on the UN list. On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vocabularyClass } from '../../src/names/common-names.js';
import { assertOrganisationsFoundFirst } from './helpers.js';

test('the Italian and Portuguese names of listed groups find them first, and alert', async () => {
  const cases: [string, string][] = [
    ['Gruppo Islamico Armato', 'QDe.006'], // ARMED ISLAMIC GROUP
    ['Esercito Islamico di Aden', 'QDe.009'], // ISLAMIC ARMY OF ADEN
    ['Gruppo Islamico Combattente Libico', 'QDe.011'], // LIBYAN ISLAMIC FIGHTING GROUP
    ['Exército Islâmico de Áden', 'QDe.009'],
    ['Grupo Islâmico Combatente Líbio', 'QDe.011'],
    ['Stato Islamico', 'QDe.115'],
  ];
  await assertOrganisationsFoundFirst(cases);
});

test('Italian function words are function words; Das, a family name, is not', () => {
  for (const word of ['di', 'della', 'degli']) assert.equal(vocabularyClass(word, word, 'latin'), 'stop-word', word);
  assert.equal(vocabularyClass('das', 'das', 'latin'), undefined);
});
