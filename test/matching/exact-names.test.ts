/**
 * Engine 1.129.0 (matching/exact-names.ts): an organisation's name given word for word scores at
 * least NAME.exactNameFloor. Up to 1.128.0, 12 organisations of the real OFAC SDN file (2024-05-03)
 * screened by their own primary name did not alert on their own record (DIDA 0.61, IYARI 0.64, OOO
 * EKOGRUPP 0.63): each one word of theirs shares its consonants with common given names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exactNameKey, sameWords } from '../../src/matching/exact-names.js';
import { prepareName } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { NAME } from '../../src/matching/weights.js';
import { ofac2024Engine, ofacOrgScore } from './helpers.js';

const org = (name: string) => prepareName(name, 0, 0, 'query', 'good', undefined, undefined, true);

test('word for word: the same words in order, legal forms and function words aside, not folded', () => {
  assert.equal(exactNameKey(org('GRUPO W SA')), 'grupo w');
  assert.ok(sameWords(org('GRUPO W SA'), org('Grupo W')));
  assert.ok(sameWords(org('OOO Ekogrupp'), org('EKOGRUPP LLC')));
  assert.ok(!sameWords(org('PPC'), org('PCC')), 'one fold, two acronyms');
  assert.ok(!sameWords(org('Dida Trading'), org('Dida')));
  assert.ok(!sameWords(org('W Dida'), org('Dida W')), 'order counts');
  // A name of initials, numbers or forms alone has no word to be met by.
  assert.equal(exactNameKey(org('S. A.')), undefined);
  assert.equal(exactNameKey(org('LLC')), undefined);
});

test("organisations screened by their own name alert on their record, the floor shown", async () => {
  const engine = await ofac2024Engine();
  for (const [name, caption] of [['DIDA', 'DIDA'], ['IYARI', 'IYARI'], ['OOO EKOGRUPP', 'OOO EKOGRUPP'], ['Al-Hisn', 'AL-HISN'], ['Day Company', 'DAY COMPANY'], ['GRUPO W S.A.', 'GRUPO W S.A.']]) {
    const m = engine.screen(parseQuery({ id: 'q', schema: 'Organization', name }), { limit: 3 }).find((x) => x.caption === caption);
    assert.ok(m?.match, `${name}: ${m?.score}`);
    assert.equal(m.explanation.scoring.nameScore, NAME.exactNameFloor, name);
    assert.equal(m.explanation.scoring.exactNameFloorApplied, true, name);
    // Screening agrees with the exhaustive scorer (the floor can lift a party above its index bound).
    const all = engine.screenExhaustive(parseQuery({ id: 'q', schema: 'Organization', name }), { limit: 3 }).find((x) => x.caption === caption);
    assert.equal(all?.score, m.score, name);
  }
  // Of unknown kind too (a payment's counterparty), never as a person's name, nor a word short.
  const unknown = engine.screen(parseQuery({ id: 'q', schema: 'LegalEntity', name: 'Dida' }), { limit: 3 }).find((x) => x.caption === 'DIDA');
  assert.ok(unknown?.match);
  const person = engine.screen(parseQuery({ id: 'q', schema: 'Person', name: 'Dida' }), { limit: 3, threshold: 0.3 }).find((x) => x.caption === 'DIDA');
  assert.ok(!person?.match && person?.explanation.scoring.exactNameFloorApplied !== true, `${person?.score}`);
  assert.ok((await ofacOrgScore('Dida Group', 'DIDA')) < NAME.exactNameFloor);
});

test('compare() raises a word-for-word organisation record the same way', async () => {
  const engine = await ofac2024Engine();
  const r = engine.compare(parseQuery({ id: 'a', schema: 'Company', name: 'Dida LLC' }), parseQuery({ id: 'b', schema: 'Organization', name: 'DIDA' }));
  assert.ok(r.match && r.explanation.scoring.exactNameFloorApplied, `${r.score}`);
});
