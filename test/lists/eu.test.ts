/**
 * The EU financial sanctions XML reader. No real EU file is bundled: the fixture is hand-written
 * from the export's documented structure (see its header comment), so these tests check the
 * mapping and the refusals, not coverage of the real list.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ListFormatError } from '../../src/lists/errors.js';
import { readEuXml } from '../../src/lists/eu.js';
import { readListBytes } from '../../src/lists/read.js';
import { citedUnReferences } from '../../src/lists/un-ref.js';
import { ROOT } from '../helpers/paths.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'eu', 'eu-fsf-sample.xml');

test('the fixture: four sanction entities, the export date, no warnings', async () => {
  const snap = await readEuXml({ path: FIXTURE });
  assert.equal(snap.source, 'eu');
  assert.equal(snap.format, 'eu-xml');
  assert.equal(snap.generatedAt, '2024-05-02T18:04:45.387+02:00');
  assert.deepEqual(
    snap.parties.map((p) => [p.id, p.kind, p.caption]),
    [
      ['eu:EU.2744.39', 'person', 'Mohammed Salahaldin Abd El Halim Zidane'],
      ['eu:EU.2745.64', 'organization', 'Abu Sayyaf Group'],
      ['eu:EU.4150.71', 'person', 'Iyad Nazmi Salih Khalil'],
      ['eu:EU.9031.12', 'person', 'Ivan Petrovich SIDORENKO'],
    ],
  );
  assert.deepEqual(snap.warnings, []);
});

test('a UN-derived person: names by strength and script, dates, citizenship, UN reference', async () => {
  const p = (await readEuXml({ path: FIXTURE })).parties[0]!;
  assert.equal(p.sourceId, '1103');
  assert.deepEqual(citedUnReferences(p), ['QDi.001']);
  assert.deepEqual(
    p.names.map((n) => [n.type, n.full, n.quality]),
    [
      ['primary', 'Mohammed Salahaldin Abd El Halim Zidane', 'good'],
      ['alias', 'Sayf-Al Adl', 'good'],
      ['alias', 'Ibrahim al-Madani', 'low'], // strong="false"
      ['original-script', 'محمد صلاح الدين عبدالحليم زيدان', 'good'],
    ],
  );
  assert.deepEqual(p.names[0]!.parts, ['Mohammed', 'Salahaldin Abd El Halim', 'Zidane']);
  assert.deepEqual(p.birthDates, [
    { kind: 'exact', date: '1963-04-11' },
    { kind: 'exact', date: '1960-04-11' },
  ]);
  assert.deepEqual(p.birthPlaces[0], { stateProvince: 'Monufia Governorate', country: 'EGYPT' });
  assert.deepEqual(p.nationalities, ['EGYPT']);
  assert.deepEqual(p.genders, ['M']);
  assert.deepEqual(p.programs, ['TAQA']);
  assert.equal(p.listedOn, '2002-05-29'); // the earliest act
  assert.deepEqual(p.amendedOn, ['2019-04-12']);
  assert.equal(p.comments, "Responsible for Usama bin Laden's (deceased) security. Hair: Dark. Eyes: Dark.");
  // Known fields without a typed place are kept with their path.
  assert.ok(p.extra.some((e) => e.field === 'sanctionEntity/regulation/@numberTitle' && e.value === '881/2002 (OJ L139)'));
  assert.ok(p.extra.some((e) => e.field === 'sanctionEntity/nameAlias/@nameLanguage' && e.value === 'AR'));
});

test('documents with flags and remarks; a year-only date; a circa year range; an address', async () => {
  const [, asg, khalil, sidorenko] = (await readEuXml({ path: FIXTURE })).parties;
  assert.deepEqual(asg!.addresses, [{ country: 'PHILIPPINES' }]);
  assert.deepEqual(khalil!.birthDates, [{ kind: 'exact', date: '1974' }]);
  assert.deepEqual(khalil!.documents, [
    { kind: 'passport', type: 'National passport', number: '654781', issuingCountry: 'JORDAN', note: 'approximately issued in 2009' },
    { kind: 'passport', type: 'National passport', number: '286062', issuingCountry: 'JORDAN', note: 'known to be expired; issued on 5 April 1999 at Zarqa, Jordan, expired on 4 April 2004' },
  ]);
  assert.deepEqual(sidorenko!.birthDates, [{ kind: 'between', from: '1965', to: '1967', note: 'circa' }]);
  assert.deepEqual(sidorenko!.birthPlaces, [{ city: 'Makiivka', stateProvince: 'Donetsk oblast', country: 'UKRAINE' }]);
  assert.deepEqual(sidorenko!.documents, [{ kind: 'national-id', type: 'National identification card', number: '45 07 312548', issuingCountry: 'RUSSIAN FEDERATION' }]);
  assert.deepEqual(sidorenko!.designations, ['Commander of the 3rd Separate Brigade']);
  assert.deepEqual(sidorenko!.names[1], { type: 'original-script', full: 'Иван Петрович СИДОРЕНКО', parts: ['Иван', 'Петрович', 'СИДОРЕНКО'], quality: 'good' });
  assert.deepEqual(citedUnReferences(sidorenko!), []);
});

const NS = 'http://eu.europa.ec/fpi/fsd/export';
const xml = (body: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<export xmlns="${NS}" generationDate="2024-05-02">\n${body}\n</export>\n`);
const entity = (attrs: string, inner = '<subjectType code="person"/><nameAlias wholeName="John Doe" strong="true"/>') => `<sanctionEntity ${attrs}>${inner}</sanctionEntity>`;

test('readListBytes detects the export; unknown attributes and elements are kept and reported', async () => {
  const snap = await readListBytes(
    xml(entity('euReferenceNumber="EU.1.1" logicalId="1" unitedNationId="QI.A.86.03" riskScore="9"', '<subjectType code="person"/><nameAlias wholeName="John Doe"/><photo url="x.jpg"/>')),
    'download.xml',
  );
  assert.equal(snap.format, 'eu-xml');
  const p = snap.parties[0]!;
  assert.deepEqual(citedUnReferences(p), ['QDi.086']);
  assert.ok(p.extra.some((e) => e.field === 'sanctionEntity/@unitedNationId' && e.value === 'QI.A.86.03'));
  assert.ok(p.extra.some((e) => e.field === 'sanctionEntity/@riskScore' && e.value === '9'));
  assert.ok(p.extra.some((e) => e.field === 'sanctionEntity/photo/@url' && e.value === 'x.jpg'));
  assert.deepEqual(
    snap.warnings.map((w) => w.message),
    ['unknown attribute sanctionEntity/@riskScore; kept in extra', 'unknown element sanctionEntity/photo; kept in extra'],
  );
  assert.match(snap.warnings[0]!.at, /^download\.xml:3:\d+$/);
});

test('entities that cannot be trusted refuse the file', async () => {
  const cases: [string, Buffer, RegExp][] = [
    ['no name in Latin script', xml(entity('euReferenceNumber="EU.1.1"', '<subjectType code="person"/><nameAlias wholeName="محمد"/>')), /EU\.1\.1 has no name in Latin script/],
    ['no reference at all', xml(entity('')), /neither euReferenceNumber nor logicalId/],
    ['a reference used twice', xml(entity('euReferenceNumber="EU.1.1"') + entity('euReferenceNumber="EU.1.1"')), /reference EU\.1\.1 is used twice/],
    ['another root element', Buffer.from(`<export2 xmlns="${NS}"/>`), /the root element is export2/],
  ];
  for (const [label, bytes, message] of cases) {
    await assert.rejects(readEuXml({ bytes, name: 'eu.xml' }), (err: unknown) => err instanceof ListFormatError && message.test(err.message) && /^eu\.xml:\d+:\d+: /.test(err.message), label);
  }
});

test('the fixture says it is hand-written', () => {
  assert.match(readFileSync(FIXTURE, 'utf8'), /HAND-WRITTEN FIXTURE, not an official file/);
});
