/**
 * Identifier numbers as evidence and as the way to a record: IMO numbers (a vessel's, several in one
 * field; a company's filed as a document: OFAC's "Company Number IMO", the UN comments' ones; a
 * query's), and document numbers the UN list writes with words or only in text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCustomJsonl } from '../../src/lists/custom.js';
import { emptyParty } from '../../src/lists/model.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { partyFacts, queryFacts } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { unEngine } from './helpers.js';

test('a field holding two IMO numbers gives both (it gave none up to 1.58.0)', () => {
  const vessel = { ...emptyParty('custom', 'v1', 'vessel'), vessel: { imoNumber: '9123456; IMO 9234567' } };
  assert.deepEqual(partyFacts(vessel).imoNumbers, ['9123456', '9234567']);
  assert.deepEqual(queryFacts(parseQuery({ schema: 'Vessel', name: 'X', imoNumber: '9123456, 9234567' })).facts.imoNumbers, ['9123456', '9234567']);
  assert.deepEqual(queryFacts(parseQuery({ schema: 'Vessel', name: 'X', imoNumber: ['9123456', 'IMO 9123456'] })).facts.imoNumbers, ['9123456']);
});

test("a company's IMO number filed as a document is one of its IMO numbers, and still a document", () => {
  const company = { ...emptyParty('ofac', '1', 'organization'), documents: [{ kind: 'other' as const, type: 'Company Number IMO', number: '5434358' }, { kind: 'other' as const, type: 'Registration Number', number: '1234567' }] };
  const facts = partyFacts(company);
  assert.deepEqual(facts.imoNumbers, ['5434358']);
  assert.deepEqual(facts.documents.map((d) => d.shown), ['5434358', '1234567']);
});

test('a query giving a UN-listed shipping company\'s IMO number finds it whatever its name', async () => {
  const engine = await unEngine();
  const [top] = engine.screen(parseQuery({ schema: 'Company', name: 'Unrelated Holdings', imoNumber: 'IMO 5571322' }), { limit: 1 });
  assert.equal(top?.referenceNumber, 'KPe.056');
  assert.equal(top?.match, true);
  const imo = top?.explanation.evidence.find((e) => e.kind === 'imoNumber');
  assert.deepEqual([imo?.outcome, imo?.sign], ['same IMO number', '+']);
  // Its name with another IMO number: the numbers disagree, and say so.
  const [named] = engine.screen(parseQuery({ schema: 'Company', name: 'Chonmyong Shipping Co', imoNumber: '9999999' }), { limit: 1, minScore: 0 });
  assert.equal(named?.referenceNumber, 'KPe.056');
  const against = named?.explanation.evidence.find((e) => e.kind === 'imoNumber');
  assert.deepEqual([against?.outcome, against?.sign], ['different IMO numbers', '-']);
});

test("a custom list's vessel with two IMO numbers is found by the second", () => {
  const list = readCustomJsonl('{"id":"v1","schema":"Vessel","name":"Ocean Star","imoNumber":["9123456","9234567"]}\n', 'ours.jsonl', 'ours');
  const engine = MatchEngine.build(list.parties, { listVersions: [{ source: 'ours', hash: 'test' }] });
  const [top] = engine.screen(parseQuery({ schema: 'Vessel', name: 'Sea Breeze', imoNumber: '9234567' }), { limit: 1 });
  assert.equal(top?.referenceNumber, list.parties[0]?.referenceNumber);
  assert.equal(top?.explanation.evidence.find((e) => e.kind === 'imoNumber')?.outcome, 'same IMO number');
});

test('document numbers the UN list gives only in notes and running text find their records', async () => {
  const engine = await unEngine();
  const top = (fields: Record<string, string>) => engine.screen(parseQuery({ schema: 'Person', name: 'Somebody Else', ...fields }), { limit: 1 })[0];
  // A passport whose number is in the document's note; a false identity's passport in the alias itself;
  // a passport in the comments; a national identity number in the note.
  for (const [fields, ref] of [[{ passportNumber: 'L191609' }, 'QDi.060'], [{ passportNumber: '434021161' }, 'QDi.057'], [{ passportNumber: '836110034' }, 'KPi.016'], [{ idNumber: 'W334061' }, 'QDi.068']] as const) {
    const m = top(fields);
    assert.equal(m?.referenceNumber, ref, JSON.stringify(fields));
    assert.equal(m?.explanation.evidence.find((e) => e.kind === 'document')?.outcome, 'same document number', JSON.stringify(fields));
  }
});

test('a document number written with words is its number: the bare number meets it, and the words do not matter', async () => {
  const engine = await unEngine();
  const top = (fields: Record<string, string>) => engine.screen(parseQuery({ schema: 'Person', name: 'Somebody Else', ...fields }), { limit: 1 })[0]?.referenceNumber;
  // NUMBER "Qatari passport number 00868774", "Russian foreign travel passport number 515458008",
  // "381110042 (Expired 25 Jan. 2016)": nothing met them up to 1.60.0.
  assert.equal(top({ passportNumber: '00868774' }), 'QDi.334');
  assert.equal(top({ passportNumber: 'Qatari passport 00868774' }), 'QDi.334');
  assert.equal(top({ passportNumber: '515458008' }), 'QDi.363');
  assert.equal(top({ passportNumber: '381110042' }), 'KPi.021');
  // Numbers without words stay whole: spaces and hyphens inside are the number's ("35202- 4135948-7").
  assert.equal(top({ idNumber: '35202-4135948-7' }), 'QDi.308');
  assert.deepEqual(queryFacts(parseQuery({ name: 'X', passportNumber: 'L 191609' })).facts.documents.map((d) => d.number), ['L191609']);
  assert.deepEqual(queryFacts(parseQuery({ name: 'X', passportNumber: 'Libya B/002210' })).facts.documents.map((d) => d.number), ['B002210']);
});

test('a Russian passport is its series and number: met whole or by the number the list writes apart, never by another series', async () => {
  const engine = await unEngine();
  const document = (fields: Record<string, string>) =>
    engine.screen(parseQuery({ schema: 'Person', name: 'Rustam Magomedovich Aselderov', ...fields }), { limit: 1, minScore: 0 })[0]?.explanation.evidence.find((e) => e.kind === 'document')?.outcome;
  // QDi.398's NUMBER "Russian passport number 8208 No. 555627": up to 1.62.0 its number was 555627
  // alone, and the passport given whole, as OFAC writes one, was "different passport numbers".
  assert.equal(document({ passportNumber: '8208 555627' }), 'same document number');
  assert.equal(document({ passportNumber: '8208555627' }), 'same document number');
  assert.equal(document({ passportNumber: '555627' }), 'same document number');
  assert.equal(document({ passportNumber: '9999 555627' }), 'different passport numbers');
  // QDi.290's "96 03 464086", the series as two pairs.
  const umarov = engine.screen(parseQuery({ schema: 'Person', name: 'Somebody Else', passportNumber: '464086' }), { limit: 1 })[0];
  assert.equal(umarov?.referenceNumber, 'QDi.290');
  // A query's series and number is one number: its 555627 alone meets nothing.
  assert.deepEqual(queryFacts(parseQuery({ name: 'X', passportNumber: '8208 555627' })).facts.documents.map((d) => d.number), ['8208555627']);
});
