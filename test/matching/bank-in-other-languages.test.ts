/**
 * Bank written in the other languages of names (names/org-words.ts, since 1.108.0): a French,
 * Spanish, Italian, Turkish or Arabic-script name of a bank reads its bank as the English one, as an
 * organisation word of the finance kind. Up to 1.107.0 banque, banco, bankası, بنك were names of
 * their own: "Banque Al-Akhtar" met Al Akhtar Trust (QDe.121) at 0.49 where "Al-Akhtar Bank" meets it
 * at 0.74, and the kind of the word went unread. On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orgKindOf, ORG_KIND } from '../../src/names/org-kinds.js';
import { isTranslatedOrgWord, translatedOrgWord } from '../../src/names/org-words.js';
import { parseQuery } from '../../src/matching/query.js';
import { candidateOn, unEngine } from './helpers.js';

test('bank in other languages carries the English word, weighs as an organisation word and is of the finance kind', () => {
  for (const word of ['banque', 'banco', 'banca', 'banka', 'bankasi', 'بنك', 'البنك', 'مصرف', 'بانك', 'банк', 'банка']) {
    assert.equal(translatedOrgWord(word), 'bank', word);
    assert.equal(isTranslatedOrgWord(word), true, word);
    assert.equal(orgKindOf(word), ORG_KIND.finance, word);
  }
  // Not every word that starts like one: a family name stays a name.
  assert.equal(translatedOrgWord('bankole'), undefined);
  assert.equal(translatedOrgWord('banaszak'), undefined);
});

test('a bank named in French, Spanish or Turkish scores as the English name does, on the same record', async () => {
  const best = async (name: string, ref: string): Promise<number> => (await candidateOn(parseQuery({ id: 'q', schema: 'Organization', name }), ref, 5))?.score ?? 0;
  const cases: [english: string, other: string, ref: string][] = [
    ['Al-Akhtar Bank', 'Banque Al-Akhtar', 'QDe.121'], // Al Akhtar Trust
    ['Rabita Bank', 'Banque Rabita', 'QDe.021'], // RABITA TRUST
    ['Al Rashid Bank', 'Banco Al Rashid', 'QDe.005'], // AL RASHID TRUST
    ['Daesong Bank', 'Daesong Bankası', 'KPe.035'], // KOREA DAESONG BANK, a.k.a. Taesong Bank
  ];
  for (const [english, other, ref] of cases) {
    const e = await best(english, ref);
    const o = await best(other, ref);
    assert.ok(e > 0.6, `${english}: ${ref} at ${e}`);
    assert.ok(Math.abs(e - o) <= 0.02, `${other}: ${ref} at ${o}, the English name at ${e}`);
  }
});

test('a listed trust named as a bank in French alerts', async () => {
  const engine = await unEngine();
  const [first] = engine.screen(parseQuery({ id: 'q', schema: 'Organization', name: 'Banque Al-Akhtar' }), { limit: 3 });
  assert.equal(first?.referenceNumber, 'QDe.121');
  assert.equal(first?.match, true, `QDe.121 at ${first?.score}`);
});
