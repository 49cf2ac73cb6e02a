/**
 * The FollowTheMoney / OpenSanctions JSON Lines reader, on a hand-written fixture in the shape of an
 * OpenSanctions entities.ftm.json export (test/fixtures/ftm/README.md).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ListFormatError } from '../../src/lists/errors.js';
import { readFtmJsonl } from '../../src/lists/ftm.js';
import { readListBytes } from '../../src/lists/read.js';
import { citedUnReferences } from '../../src/lists/un-ref.js';
import { ROOT } from '../helpers/paths.js';

const NAME = 'opensanctions-sample.ftm.jsonl';
const BYTES = readFileSync(join(ROOT, 'test', 'fixtures', 'ftm', NAME));

test('parties are the Person, Organization and Vessel; the other entities describe them', () => {
  const snap = readFtmJsonl(BYTES, NAME);
  // Every party is in the one dataset "un_sc_sanctions": the source says so.
  assert.equal(snap.source, 'opensanctions-un_sc_sanctions');
  assert.equal(snap.format, 'ftm-jsonl');
  assert.deepEqual(
    snap.parties.map((p) => [p.id, p.kind, p.caption]),
    [
      ['opensanctions-un_sc_sanctions:os-fixture-qdi-400', 'person', 'Iyad Nazmi Salih Khalil'],
      ['opensanctions-un_sc_sanctions:os-fixture-qde-001', 'organization', 'Abu Sayyaf Group'],
      ['opensanctions-un_sc_sanctions:os-fixture-vessel-1', 'vessel', 'SEA BREEZE'],
    ],
  );
  // hairColor is a real FtM property with no place in the model: kept and reported once.
  assert.deepEqual(
    snap.warnings.map((w) => [w.at, w.message]),
    [[`${NAME}:1`, 'property "hairColor" (1 entities) has no place in the model; kept in extra as properties.hairColor']],
  );
});

test('the person: names by kind, dates, documents from properties and from a Passport entity, the Sanction', () => {
  const p = readFtmJsonl(BYTES, NAME, { source: 'os' }).parties[0]!;
  assert.equal(p.id, 'os:os-fixture-qdi-400');
  assert.deepEqual(
    p.names.map((n) => [n.type, n.full, n.quality]),
    [
      ['primary', 'Iyad Nazmi Salih Khalil', 'good'],
      ['alias', 'IYAD NAZMI SALIH KHALIL', 'unspecified'],
      ['alias', 'Ayyad Nazmi Salih Khalil', 'aka'],
      ['alias', 'Eyad Nazmi Saleh Khalil', 'aka'],
      ['alias', 'Iyad al-Toubasi', 'low'],
      ['alias', 'Abu-Julaybib', 'low'],
    ],
  );
  assert.deepEqual(p.birthDates, [{ kind: 'exact', date: '1974' }]);
  assert.deepEqual(p.birthPlaces, [{ country: 'sy' }]);
  assert.deepEqual(p.nationalities, ['jo']);
  assert.deepEqual(p.genders, ['male']);
  assert.deepEqual(p.documents, [
    { kind: 'passport', type: 'passportNumber', number: '654781' },
    { kind: 'passport', type: 'Passport', number: '286062', issuingCountry: 'jo', dateOfIssue: '1999-04-05', dateOfExpiry: '2004-04-04', note: 'issued at Zarqa, Jordan' },
  ]);
  assert.deepEqual(p.programs, ["ISIL (Da'esh) and Al-Qaida"]);
  assert.equal(p.listType, "ISIL (Da'esh) and Al-Qaida");
  assert.equal(p.listedOn, '2017-02-22');
  assert.deepEqual(citedUnReferences(p), ['QDi.400']);
  const extra = (field: string) => p.extra.filter((e) => e.field === field).map((e) => e.value);
  assert.deepEqual(extra('properties.hairColor'), ['dark']);
  assert.deepEqual(extra('properties.firstName'), ['Iyad']);
  assert.deepEqual(extra('referents'), ['unsc-6908576']);
  assert.deepEqual(extra('first_seen'), ['2017-02-23T00:00:00']);
  assert.deepEqual(extra('Sanction.authority'), ['United Nations Security Council']);
  // The Family relation points at this party (and at someone not in the file): kept whole.
  assert.deepEqual(JSON.parse(extra('Family')[0]!), {
    id: 'os-fixture-family-1',
    properties: { person: ['os-fixture-qdi-400'], relative: ['os-fixture-not-in-file'], relationship: ['brother'] },
  });
});

test('the organisation takes its address from an Address entity; the vessel its particulars', () => {
  const [, org, vessel] = readFtmJsonl(BYTES, NAME).parties;
  assert.deepEqual(org!.addresses, [{ full: 'Philippines', country: 'ph' }]);
  assert.deepEqual(citedUnReferences(org!), ['QDe.001']);
  assert.deepEqual(vessel!.vessel, { imoNumber: '9123456', flag: 'pa', vesselType: 'Crude Oil Tanker', grossRegisteredTonnage: '81479' });
  assert.deepEqual(vessel!.names[1], { type: 'alias', full: 'OCEAN STAR', quality: 'fka' });
});

test('readListBytes tells FtM entities from a custom JSON Lines watch list', async () => {
  assert.equal((await readListBytes(BYTES, 'entities.ftm.json')).format, 'ftm-jsonl');
  assert.equal((await readListBytes(Buffer.from('{"id":"1","name":"X"}\n'), 'ours.jsonl')).format, 'custom-jsonl');
});

test('broken entity files are refused with line and field', () => {
  const line = (o: unknown) => JSON.stringify(o);
  const person = { id: 'p1', schema: 'Person', properties: { name: ['A B'] } };
  const cases: [string, string, RegExp, string | undefined][] = [
    ['not JSON', `${line(person)}\n{"id":`, /^f\.jsonl:2: not valid JSON/, undefined],
    ['no schema', line({ id: 'x', properties: {} }), /^f\.jsonl:1: entity x has no string "schema"/, 'schema'],
    ['a property that is not a list of strings', line({ ...person, properties: { name: 'A B' } }), /^f\.jsonl:1: entity p1: property "name" must be an array of strings/, 'properties.name'],
    ['an id used twice', `${line(person)}\n\n${line(person)}`, /^f\.jsonl:3: id "p1" already used on line 1/, 'id'],
    ['a person without a name', line({ id: 'p2', schema: 'Person', properties: { birthDate: ['1970'] } }), /^f\.jsonl:1: Person p2 has no name/, 'properties.name'],
  ];
  for (const [label, text, message, field] of cases) {
    assert.throws(() => readFtmJsonl(Buffer.from(text), 'f.jsonl'), (err: unknown) => err instanceof ListFormatError && message.test(err.message) && err.field === field, label);
  }
});

test('entities that point at no party are reported, not silently dropped', () => {
  const text = [
    JSON.stringify({ id: 'p1', schema: 'Person', properties: { name: ['A B'] } }),
    JSON.stringify({ id: 's1', schema: 'Sanction', properties: { entity: ['gone'], program: ['X'] } }),
    JSON.stringify({ id: 'a1', schema: 'Address', properties: { full: ['Somewhere'] } }),
  ].join('\n');
  const snap = readFtmJsonl(Buffer.from(text), 'f.jsonl');
  assert.equal(snap.source, 'opensanctions');
  assert.deepEqual(snap.parties[0]!.programs, []);
  assert.deepEqual(
    snap.warnings.map((w) => [w.at, w.message]),
    [
      ['f.jsonl:2', '1 Sanction entities refer to no party in the file; not read'],
      ['f.jsonl:3', '1 Address entities refer to no party in the file; not read'],
    ],
  );
});
