/**
 * matching/dotted-legal-forms.ts (engine 1.80.0): a company's legal form written with full stops
 * (S.A.R.L., L.L.C., S.p.A., G.m.b.H., A.Ş., ذ.م.م) is read as the form, beside the name as written.
 * Up to 1.79.0 each letter was an initial, a word the listed name lacked: "Al Rashid Trust S.A.R.L."
 * scored 0.47 and "Al Rashid Trust L.L.C." 0.53 against AL RASHID TRUST (QDe.005), where the same
 * names written SARL and LLC scored 0.81. On the real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { legalFormsClosedUp } from '../../src/matching/dotted-legal-forms.js';
import { nameVariants } from '../../src/matching/name-variants.js';
import { q, unEngine } from './helpers.js';

test('a dotted word that spells a legal form is closed up, marks and stops dropped, case kept', () => {
  assert.equal(legalFormsClosedUp('Al Rashid Trust S.A.R.L.'), 'Al Rashid Trust SARL');
  assert.equal(legalFormsClosedUp('Logarcheo S.p.A., Milano'), 'Logarcheo SpA, Milano');
  assert.equal(legalFormsClosedUp('Nord G.m.b.H.'), 'Nord GmbH');
  assert.equal(legalFormsClosedUp('FIRST EAST EXPORT BANK, P.L.C.'), 'FIRST EAST EXPORT BANK, PLC');
  assert.equal(legalFormsClosedUp('Trust L.L.C'), 'Trust LLC');
  assert.equal(legalFormsClosedUp('Yildiz A.Ş.'), 'Yildiz AS');
  assert.equal(legalFormsClosedUp('شركة الرشيد ذ.م.م'), 'شركة الرشيد ذمم');
  assert.equal(legalFormsClosedUp('Verein (e.V.)'), 'Verein (eV)');
});

test("initials that spell no legal form, and words with one stop, are left alone", () => {
  for (const name of ['Tufail, S.M.', 'Azam A.R. Alsbhua', 'J.R.R. Tolkien', 'Md. Karim', 'Co. Ltd.', 'St.John Trading', 'Al Rashid Trust']) {
    assert.equal(legalFormsClosedUp(name), undefined, name);
  }
});

test('the name as written stays a variant beside the closed-up one: S.A. may be initials', () => {
  assert.deepEqual(nameVariants('S.A. Rahman'), ['S.A. Rahman', 'SA Rahman']);
  assert.deepEqual(nameVariants('Tufail, S.M.'), ['Tufail, S.M.']);
  assert.deepEqual(nameVariants('Al Rashid Trust S.A.R.L.'), ['Al Rashid Trust S.A.R.L.', 'Al Rashid Trust SARL']);
  assert.deepEqual(nameVariants('Al Rashid Trust S.A.R.L.; Rashid Trust L.L.C.'), ['Al Rashid Trust S.A.R.L.', 'Al Rashid Trust SARL', 'Rashid Trust L.L.C.', 'Rashid Trust LLC']);
});

test('a company with its legal form written with stops meets the listed company as with the form undotted', async () => {
  const engine = await unEngine();
  const top = (name: string) => engine.screen(q({ schema: 'Organization', name }), { limit: 1 })[0];
  const plain = top('Al Rashid Trust LLC');
  assert.equal(plain?.referenceNumber, 'QDe.005');
  for (const name of ['Al Rashid Trust S.A.R.L.', 'Al Rashid Trust L.L.C.', 'Al Rashid Trust S.p.A.', 'Al Rashid Trust G.m.b.H.', 'Al Rashid Trust W.L.L.', 'Al Rashid Trust S.A.', 'Al Rashid Trust A.Ş.', 'Al Rashid Trust e.V.']) {
    const m = top(name);
    assert.equal(m?.referenceNumber, 'QDe.005', name);
    assert.equal(m.score, plain.score, `${name}: ${m.score} against ${plain.score} for LLC`);
    assert.ok(m.match, name);
  }
});

test('a person written with initials keeps the better of the two readings', async () => {
  const engine = await unEngine();
  // MOHAMMED TUFAIL (QDi.056) lists an alias "Tufail, S.M."; S.A. spells a legal form, S.M. none.
  const withInitials = engine.screen(q({ schema: 'Person', name: 'Tufail S.M.' }), { limit: 1 })[0];
  assert.equal(withInitials?.referenceNumber, 'QDi.056');
  assert.ok(withInitials.match);
  const a = engine.screen(q({ schema: 'Person', name: 'S.A. Rahman' }), { limit: 3 }).map((m) => `${m.referenceNumber} ${m.score}`);
  const b = engine.screen(q({ schema: 'Person', name: 'S. A. Rahman' }), { limit: 3 }).map((m) => `${m.referenceNumber} ${m.score}`);
  assert.deepEqual(a, b, 'S.A. read as initials as S. A. is');
});

test('Turkish, Indonesian and Central Asian legal forms weigh as legal forms', async () => {
  const engine = await unEngine();
  const plain = engine.screen(q({ schema: 'Organization', name: 'Al Rashid Trust' }), { limit: 1 })[0];
  for (const name of ['Al Rashid Trust Ltd. Şti.', 'PT Al Rashid Trust', 'ТОО Аль Рашид Траст']) {
    const m = engine.screen(q({ schema: 'Organization', name }), { limit: 1 })[0];
    assert.equal(m?.referenceNumber, 'QDe.005', name);
    assert.ok(m.match && m.score > (plain?.score ?? 1) - 0.05, `${name}: ${m.score}`);
  }
});
