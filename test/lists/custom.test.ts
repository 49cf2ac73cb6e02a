import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ListFormatError } from '../../src/lists/errors.js';
import { readListBytes } from '../../src/lists/read.js';

const csv = [
  'id,schema,name,birthDate,nationality,passportNumber,imoNumber,riskNote',
  'C-1,Person,"Abu Mohammed al-Jawlani;Ahmed Hussein al-Sharaa",1982,sy,,,"seen in Idlib"',
  'C-2,Vessel,Sea Breeze,,,,9123456,',
  'C-3,Company,"Al Noor Trading, LLC",,,,,',
].join('\n');

test('a CSV watch list maps into the canonical model; unknown columns are kept and reported', async () => {
  const snap = await readListBytes(Buffer.from(csv), 'ours.csv');
  assert.equal(snap.source, 'ours');
  assert.equal(snap.format, 'custom-csv');
  assert.equal(snap.parties.length, 3);
  const p = snap.parties[0]!;
  assert.equal(p.id, 'ours:C-1');
  assert.equal(p.kind, 'person');
  assert.equal(p.caption, 'Abu Mohammed al-Jawlani');
  assert.deepEqual(
    p.names.map((n) => [n.type, n.full]),
    [
      ['primary', 'Abu Mohammed al-Jawlani'],
      ['alias', 'Ahmed Hussein al-Sharaa'],
    ],
  );
  assert.deepEqual(p.birthDates, [{ kind: 'exact', date: '1982' }]);
  assert.deepEqual(p.nationalities, ['sy']);
  assert.deepEqual(p.extra, [{ field: 'riskNote', value: 'seen in Idlib' }]);
  assert.equal(snap.warnings.length, 1);
  assert.match(snap.warnings[0]!.message, /riskNote/);
  assert.equal(snap.parties[1]!.vessel?.imoNumber, '9123456');
  assert.equal(snap.parties[2]!.caption, 'Al Noor Trading, LLC');
  assert.equal(snap.parties[2]!.kind, 'organization');
});

test('a JSON Lines watch list takes strings or arrays', async () => {
  const jsonl = [
    JSON.stringify({ id: 'J1', schema: 'Person', name: ['Иван Петров', 'Ivan Petrov'], birthDate: '1970-05-02', gender: 'male' }),
    '',
    JSON.stringify({ id: 'J2', name: 'Acme' }),
  ].join('\n');
  const snap = await readListBytes(Buffer.from(jsonl), 'watch.jsonl', { source: 'bank-watch' });
  assert.equal(snap.source, 'bank-watch');
  assert.equal(snap.parties[0]!.names[1]!.full, 'Ivan Petrov');
  assert.deepEqual(snap.parties[0]!.genders, ['male']);
  assert.equal(snap.parties[1]!.kind, 'unknown');
});

for (const [label, text, fileName, pattern] of [
  ['missing id', 'id,name\n,Someone\n', 'a.csv', /a\.csv:2: "id" is required/],
  ['missing name', '{"id":"1"}\n', 'a.jsonl', /a\.jsonl:1: "name" is required/],
  ['invalid date', 'id,name,birthDate\n1,X,1970-02-31\n', 'a.csv', /a\.csv:2: birthDate "1970-02-31"/],
  ['bad JSON', '{"id":"1","name":"x"}\n{"id":\n', 'a.jsonl', /a\.jsonl:2: not valid JSON/],
  ['duplicate id', 'id,name\n1,X\n1,Y\n', 'a.csv', /a\.csv:3: id "1" already used on line 2/],
  ['unknown schema', '{"id":"1","name":"x","schema":"Spaceship"}\n', 'a.jsonl', /a\.jsonl:1: schema "Spaceship"/],
  ['non-string value', '{"id":"1","name":{"first":"x"}}\n', 'a.jsonl', /a\.jsonl:1: property "name" must be a string/],
  ['official name taken', 'id,name\n1,X\n', 'un.csv', /"un" is the name of an official list/],
  ['not UTF-8', 'id,name\n1,Jos\xe9\n', 'latin.csv', /latin\.csv:2: not valid UTF-8/],
] as const) {
  test(`a watch list with ${label} is refused, naming the file and line`, async () => {
    const bytes = label === 'not UTF-8' ? Buffer.from(text, 'latin1') : Buffer.from(text);
    await assert.rejects(readListBytes(bytes, fileName), (err: unknown) => err instanceof ListFormatError && pattern.test(err.message));
  });
}
