/**
 * A name made of organisation words alone (matching/prepared.ts madeOfOrgWords, since 1.72.0): its
 * words weigh WEIGHT.orgWordAlone instead of WEIGHT.orgWord. Up to 1.71.0 "Исламское государство",
 * "État islamique" and الدولة الإسلامية (Islamic State in Russian, French and Arabic) met nothing on
 * the UN list: their words translate organisation words, which weigh 1, so even a name met word for
 * word stayed under the threshold (0.58). On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareName } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { WEIGHT } from '../../src/matching/weights.js';
import { ORG_WORDS } from '../../src/names/common-names.js';
import { assertOrganisationsFoundFirst, unEngine } from './helpers.js';

const org = (name: string) => parseQuery({ id: 'q', schema: 'Organization', name });

test('Islamic State written in Russian, Ukrainian, French or Arabic finds ISIL first, and alerts', async () => {
  const names = ['Исламское государство', 'Исламского государства', 'Ісламська держава', 'État islamique', 'Etat Islamique', 'الدولة الإسلامية', 'الدولة الاسلامية'];
  await assertOrganisationsFoundFirst(names.map((name) => [name, 'QDe.115'] as const));
});

test("an alias made of organisation words alone alerts when met word for word", async () => {
  const engine = await unEngine();
  // QDe.099 ISLAMIC INTERNATIONAL BRIGADE (IIB), alias "The International Brigade".
  const [first] = engine.screen(org('The International Brigade'), { limit: 3 });
  assert.equal(first?.referenceNumber, 'QDe.099');
  assert.ok(first.match, `${first.score}`);
  assert.equal(first.explanation.name?.listedName, 'The International Brigade');
});

test('names made of one or two common organisation words alert only on the listed name they are', async () => {
  const engine = await unEngine();
  const words = [...ORG_WORDS].filter((w) => /^[a-z]+$/.test(w));
  const queries = [...words, ...words.flatMap((a) => words.filter((b) => b !== a).map((b) => `${a} ${b}`))];
  const alerted: string[] = [];
  for (const q of queries) {
    const [first] = engine.screen(org(q), { limit: 1 });
    if (first?.match) alerted.push(`${q} -> ${first.referenceNumber}`);
  }
  // "Transport Services" (two of IQe.205's three words), "Global Relief", "Brigade" and the rest
  // stay under the threshold; only the words of QDe.099's alias "The International Brigade" alert
  // (international, or intl since 1.85.0 reads it so, with brigade, brigades or battalion, either
  // way round).
  assert.ok(queries.length > 3000, `${queries.length}`);
  for (const a of alerted) assert.match(a, /^((international|intl) (brigade|brigades|battalion)|(brigade|brigades|battalion) (international|intl)) -> QDe\.099$/);
  assert.ok(alerted.length <= 12, alerted.join(', '));
});

test('organisation words weigh as such beside a name of its own, and more in a name of them alone', () => {
  const alone = prepareName('Исламское государство', 0, 0, 'primary', 'good');
  for (const t of alone.tokens) assert.equal(t.vocabulary, 'org-word-alone', t.text);
  const beside = prepareName('Al-Haramain Islamic Foundation', 0, 0, 'primary', 'good');
  assert.equal(beside.tokens.find((t) => t.text === 'foundation')?.vocabulary, 'org-word');
  // Function words and legal forms do not make a name of its own.
  const withForm = prepareName('The Trading Company', 0, 0, 'primary', 'good');
  assert.equal(withForm.tokens.find((t) => t.text === 'trading')?.vocabulary, 'org-word-alone');
  assert.ok(WEIGHT.orgWordAlone > WEIGHT.orgWord);
});
