/**
 * Engine 1.104.0: two organisation names whose unpaired words name kinds of organisation that
 * exclude each other (a bank, a brigade: names/org-kinds.ts) are charged those words at
 * NAME.conflictingKindWeight (score.ts unmatchedKindsConflict). Up to 1.103.0 a counterparty
 * "Islamic International Bank" alerted on the Islamic International Brigade at 0.71. Real UN list.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ORG_KIND, orgKindOf } from '../../src/names/org-kinds.js';
import { NAME } from '../../src/matching/weights.js';
import { candidateOn, q, unEngine } from './helpers.js';

const company = (name: string) => q({ schema: 'Company', name });

async function scoreOn(name: string, ref: string): Promise<number> {
  return (await candidateOn(company(name), ref))?.score ?? 0;
}

test('a bank whose other words are those of a listed brigade does not alert on it, and says why', async () => {
  const engine = await unEngine();
  const [top] = engine.screen(company('Islamic International Bank'), { limit: 1, threshold: 0.3 });
  assert.equal(top?.referenceNumber, 'QDe.099'); // ISLAMIC INTERNATIONAL BRIGADE
  assert.ok((top?.score ?? 1) < engine.defaultThreshold, `${top?.score}`);
  const name = top?.explanation.name;
  assert.deepEqual(name?.differentKinds, { query: [{ text: 'bank', kind: 'finance' }], listed: [{ text: 'brigade', kind: 'armed' }] });
  const bank = name?.tokens.find((t) => t.kind === 'unmatched-query');
  assert.equal(bank?.weight, NAME.conflictingKindWeight);
  assert.match(top?.explanation.summary ?? '', /"bank" \(finance\) and "brigade" \(armed\) name different kinds of organisation/);
});

test('an investment firm sharing one word with a listed industrial group does not alert (a false alert of the evaluation)', async () => {
  // negatives-05296: 0.7067 on FAJR INDUSTRIAL GROUP (IRe.017) up to 1.103.0.
  const engine = await unEngine();
  assert.ok((await scoreOn('United Fajr Investments LLP', 'IRe.017')) < engine.defaultThreshold);
});

test('a name of its own beside words of another kind still alerts', async () => {
  const engine = await unEngine();
  // The distinctive name carries the match: fronts of listed groups are named after them.
  for (const [name, ref] of [['Khalid ibn al-Walid Foundation', 'QDe.155'], ['Abdullah Azzam Foundation', 'QDe.144']] as const) {
    assert.ok((await scoreOn(name, ref)) >= engine.defaultThreshold, name);
  }
  // The listed money exchange's trading-company alias is met as written; its own name of another
  // kind (ROSHAN MONEY EXCHANGE) does not pull the score under it.
  assert.ok((await scoreOn('Roshan Trading', 'TAe.011')) >= 0.9);
});

test('words of no kind, or of a kind both names hold, cost what they did', async () => {
  const engine = await unEngine();
  // A legal form is of no kind: Company against Trust is no conflict (AL RASHID TRUST; trust is of no kind).
  const trust = await candidateOn(company('Al Rashid Bank'), 'QDe.005', 5);
  assert.equal(trust?.explanation.name?.differentKinds, undefined);
  // One kind on both sides: an exchange against a money exchange.
  const exchange = await candidateOn(company('Roshan Exchange Bank'), 'TAe.011', 5);
  assert.equal(exchange?.explanation.name?.differentKinds, undefined);
  // People named Bank or Front are no bank or front: only organisation words are asked.
  const person = engine.screen(q({ schema: 'Person', name: 'Ahmad Bank' }), { limit: 5, threshold: 0.3 });
  for (const m of person) assert.equal(m.explanation.name?.differentKinds, undefined);
});

test('kinds are read through the translations of organisation words', () => {
  assert.equal(orgKindOf('bank'), ORG_KIND.finance);
  assert.equal(orgKindOf('bataillon'), ORG_KIND.armed); // French
  assert.equal(orgKindOf('كتيبة'), ORG_KIND.armed); // Arabic: battalion
  assert.equal(orgKindOf('бригада'), ORG_KIND.armed); // Russian
  assert.equal(orgKindOf('stiftung'), ORG_KIND.charity); // German: foundation
  assert.equal(orgKindOf('group'), 0);
  assert.equal(orgKindOf('trust'), 0);
  assert.equal(orgKindOf('company'), 0);
});
