/**
 * Engine 1.128.0, a firm's acronym written with full stops inside a longer name (P.C.C. (SINGAPORE)
 * PRIVATE LIMITED, N.A.Z. TECHNOLOGY) is read closed up too (matching/dotted-legal-forms.ts
 * initialsClosedUp, organisation-readings.ts), beside the name as written; in an organisation's name
 * only, and a list's such reading counts for no word's frequency. Read as initials only, "PCC Singapore Pte Ltd" (as
 * the OFAC file of 2021 writes that firm) met it at 0.54, its PCC against the initial P alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialsClosedUp } from '../../src/matching/dotted-legal-forms.js';
import { organisationReadings } from '../../src/matching/organisation-readings.js';
import { nameVariants } from '../../src/matching/name-variants.js';
import { ofac2024Engine, q } from './helpers.js';

test('dotted single letters are closed up; legal forms, names without them and dotted abbreviations are left', () => {
  assert.equal(initialsClosedUp('T.M.G. ENGINEERING LIMITED'), 'TMG ENGINEERING LIMITED');
  assert.equal(initialsClosedUp('P.E.I ENERGY PTE. LTD.'), 'PEI ENERGY PTE. LTD.');
  assert.equal(initialsClosedUp('Al Rashid Trust SARL'), undefined);
  assert.equal(initialsClosedUp('Md. Karim'), undefined);
  assert.equal(initialsClosedUp('Dr. Ahmed St. Clair'), undefined);
  // Read beside the variants, once each: a legal form is closed up in a variant of its own first.
  const variants = nameVariants('N.A.Z. TECHNOLOGY S.A.R.L.');
  assert.deepEqual(variants, ['N.A.Z. TECHNOLOGY S.A.R.L.', 'N.A.Z. TECHNOLOGY SARL']);
  assert.deepEqual(organisationReadings(variants), ['NAZ TECHNOLOGY SARL']);
  assert.deepEqual(organisationReadings(nameVariants('Al Rashid Trust S.A.R.L.')), []);
});

test('on the OFAC list a firm\'s acronym finds the firm whether the query or the list writes it with stops', async () => {
  const engine = await ofac2024Engine();
  for (const [name, caption] of [
    ['PCC Singapore Pte Ltd', 'P.C.C. (SINGAPORE) PRIVATE LIMITED'],
    ['N.A.Z. Technology', 'NAZ TECHNOLOGY CO., LTD.'],
  ] as const) {
    const top = engine.screen(q({ schema: 'Company', name }), { limit: 1, threshold: 0.3 })[0];
    assert.equal(top?.caption, caption, name);
    assert.ok((top?.score ?? 0) >= engine.defaultThreshold, `${name}: ${top?.score}`);
  }
});

test("a list's closed-up acronyms make no word commoner", async () => {
  const engine = await ofac2024Engine();
  const person = engine.screen(q({ schema: 'Person', name: 'HAMSHO, Muhammad' }), { limit: 10, threshold: 0.3 });
  // HAMSHO, Ahmad Sabir Mohammed: Sabir weighs as before (6.111, by the list's parties), not less
  // for an acronym whose letters close up to its skeleton.
  const hamsho = person.find((m) => m.caption === 'HAMSHO, Ahmad Sabir Mohammed');
  const sabir = hamsho?.explanation.name?.tokens.find((t) => t.listed.some((x) => x.text === 'sabir'));
  assert.ok(Math.abs((sabir?.weight ?? 0) - 6.111) < 0.001, JSON.stringify(sabir));
});
