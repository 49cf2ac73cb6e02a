/**
 * The OFAC sdnList XML reader on the real consolidated non-SDN list of 2026-01-08. Counts are from
 * SOURCES.md and Python's xml.etree (noted), samples are compared with the file's own text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ListFormatError } from '../../src/lists/errors.js';
import { ofacXmlSourceKey, readOfacXml } from '../../src/lists/ofac-xml.js';
import { readListBytes } from '../../src/lists/read.js';
import { SANCTIONS } from '../helpers/paths.js';

const PATH = join(SANCTIONS, 'ofac-consolidated-nonsdn-2026-01-08.xml');
const NS = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML';

test('the consolidated non-SDN list: 442 entries (= Record_Count), 79 individuals, 363 entities, 1,144 aka', async () => {
  const snap = await readOfacXml({ path: PATH });
  assert.equal(snap.source, 'ofac-nonsdn');
  assert.equal(snap.format, 'ofac-xml');
  assert.equal(snap.generatedAt, '2026-01-08');
  assert.equal(snap.parties.length, 442);
  assert.equal(snap.parties.filter((p) => p.kind === 'person').length, 79);
  assert.equal(snap.parties.filter((p) => p.kind === 'organization').length, 363);
  const aliases = snap.parties.flatMap((p) => p.names.filter((n) => n.type === 'alias'));
  assert.equal(aliases.length, 1144);
  // Python: 72 aka with category "weak" (69 a.k.a., 3 f.k.a.); 141 strong f.k.a.
  assert.equal(aliases.filter((n) => n.quality === 'low').length, 72);
  assert.equal(aliases.filter((n) => n.note === 'weak f.k.a.').length, 3);
  assert.equal(aliases.filter((n) => n.quality === 'fka').length, 141);
  // Python: 534 <program> elements; 2 nationalities; 74 dates of birth; 21 places of birth.
  assert.equal(snap.parties.reduce((n, p) => n + p.programs.length, 0), 534);
  assert.equal(snap.parties.reduce((n, p) => n + p.nationalities.length, 0), 2);
  assert.equal(snap.parties.reduce((n, p) => n + p.birthDates.length, 0), 74);
  assert.equal(snap.parties.reduce((n, p) => n + p.birthPlaces.length, 0), 21);
  assert.deepEqual(snap.warnings, []);
});

test('sample 9639 HANIYA, Ismail Abdul Salah, field by field', async () => {
  const p = (await readOfacXml({ path: PATH })).parties.find((x) => x.referenceNumber === '9639')!;
  assert.equal(p.id, 'ofac-nonsdn:9639');
  assert.equal(p.caption, 'HANIYA, Ismail Abdul Salah');
  assert.deepEqual(p.names, [
    { type: 'primary', full: 'HANIYA, Ismail Abdul Salah', parts: ['HANIYA', 'Ismail Abdul Salah'], quality: 'good' },
    { type: 'alias', full: 'HANIYA, Ismail', parts: ['HANIYA', 'Ismail'], quality: 'aka' },
    { type: 'alias', full: 'HANIYYA, Ismaeel', parts: ['HANIYYA', 'Ismaeel'], quality: 'aka' },
  ]);
  assert.deepEqual(p.programs, ['NS-PLC']);
  assert.deepEqual(p.birthDates, [{ kind: 'exact', date: '1962' }]);
  assert.deepEqual(p.birthPlaces, [{ full: 'Shati' }]);
  // OFAC's ids of the sub-items, in order.
  assert.deepEqual(
    p.extra.map((e) => [e.field, e.value]),
    [
      ['sdnEntry/akaList/aka/uid', '9150'],
      ['sdnEntry/akaList/aka/uid', '9151'],
      ['sdnEntry/dateOfBirthList/dateOfBirthItem/uid', '4696'],
      ['sdnEntry/placeOfBirthList/placeOfBirthItem/uid', '4697'],
    ],
  );
});

test('sample 9647 ZAHHAR: ids that are a gender and a directive, weak akas, nationality', async () => {
  const p = (await readOfacXml({ path: PATH })).parties.find((x) => x.referenceNumber === '9647')!;
  assert.deepEqual(p.programs, ['NS-PLC', 'SDGT']);
  assert.equal(p.comments, '(Linked To: HAMAS)');
  assert.deepEqual(p.genders, ['Male']);
  assert.deepEqual(p.documents, []);
  assert.ok(p.extra.some((e) => e.field === 'sdnEntry/idList/id/Secondary sanctions risk' && e.value === 'section 1(b) of Executive Order 13224, as amended by Executive Order 13886'));
  assert.deepEqual(
    p.names.slice(1).map((n) => [n.full, n.quality]),
    [
      ['AL ZAHAR, Mahmoud Khaled', 'aka'],
      ['ZAHAR, Mahmoud', 'low'],
      ['AL-ZAHAR, Mahmoud', 'low'],
    ],
  );
  assert.deepEqual(p.nationalities, ['Palestinian']);
  assert.deepEqual(p.addresses, [{ country: 'Region: Gaza' }]);
});

test('sample 15268 BANK OF KUNLUN: a SWIFT code document, address lines joined', async () => {
  const p = (await readOfacXml({ path: PATH })).parties.find((x) => x.referenceNumber === '15268')!;
  assert.equal(p.kind, 'organization');
  assert.deepEqual(p.documents, [{ kind: 'other', type: 'SWIFT/BIC', number: 'CKLBCNBJ' }]);
  assert.deepEqual(p.addresses[2], { street: 'No. 7 Century Ave, (Registered Office)', city: 'Xinjiang', stateProvince: 'Karamay', zipCode: '834000', country: 'China' });
  assert.deepEqual(
    p.names.slice(1).map((n) => [n.full, n.quality]),
    [
      ['KARAMAY URBAN CREDIT COOPERATIVES', 'fka'],
      ['KARAMAY CITY COMMERCIAL BANK CO LTD.', 'fka'],
    ],
  );
});

const entry = (uid: string, extra = '') =>
  `<sdnEntry><uid>${uid}</uid><firstName>John</firstName><lastName>DOE</lastName><sdnType>Individual</sdnType><programList><program>SDGT</program></programList>${extra}</sdnEntry>`;
const doc = (body: string, count?: number) =>
  Buffer.from(
    `<?xml version="1.0" standalone="yes"?>\n<sdnList xmlns="${NS}">\n<publshInformation><Publish_Date>01/08/2026</Publish_Date>${count === undefined ? '' : `<Record_Count>${count}</Record_Count>`}</publshInformation>\n${body}\n</sdnList>\n`,
  );

test('an sdn.xml is the SDN list; unknown elements are kept and reported', async () => {
  assert.equal(ofacXmlSourceKey('sdn.xml'), 'ofac-sdn');
  assert.equal(ofacXmlSourceKey('consolidated.xml'), 'ofac-nonsdn');
  const snap = await readListBytes(
    doc(entry('1', '<vesselInfo><callSign>ABCD</callSign></vesselInfo><citizenshipList><citizenship><uid>5</uid><country>Iran</country><mainEntry>false</mainEntry></citizenship></citizenshipList><eyeColour>brown</eyeColour>'), 1),
    'sdn.xml',
  );
  assert.equal(snap.source, 'ofac-sdn');
  const p = snap.parties[0]!;
  assert.deepEqual(p.vessel, { callSign: 'ABCD' });
  assert.deepEqual(p.nationalities, ['Iran']);
  assert.ok(p.extra.some((e) => e.field === 'sdnEntry/eyeColour' && e.value === 'brown'));
  assert.ok(p.extra.some((e) => e.field === 'sdnEntry/citizenshipList/citizenship/mainEntry=false' && e.value === 'Iran'));
  assert.equal(snap.warnings.length, 1);
  assert.match(snap.warnings[0]!.at, /^sdn\.xml:4:\d+$/);
  assert.match(snap.warnings[0]!.message, /unknown element sdnEntry\/eyeColour; kept in extra/);
});

test('files that cannot be trusted are refused with line and field', async () => {
  const cases: [string, Buffer, RegExp, string?][] = [
    ['a Record_Count that disagrees', doc(entry('1') + entry('2'), 3), /Record_Count says 3 entries but the file has 2/, 'publshInformation/Record_Count'],
    ['a uid used twice', doc(entry('1') + '\n' + entry('1'), 2), /uid 1 is used twice/, 'sdnEntry/uid'],
    ['an entry without lastName', doc('<sdnEntry><uid>1</uid><sdnType>Entity</sdnType></sdnEntry>'), /sdnEntry 1 has no lastName/, 'sdnEntry/lastName'],
    ['a bad Publish_Date', Buffer.from(doc(entry('1')).toString().replace('01/08/2026', '13/45/2026')), /Publish_Date "13\/45\/2026"/],
    ['a cut file', doc(entry('1')).subarray(0, 200), /malformed XML|unclosed|unexpected end/i],
    ['a DOCTYPE', Buffer.from(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><sdnList xmlns="${NS}"></sdnList>`), /DOCTYPE/],
  ];
  for (const [label, bytes, message, field] of cases) {
    await assert.rejects(
      readOfacXml({ bytes, name: 'sdn.xml' }),
      (err: unknown) => err instanceof ListFormatError && message.test(err.message) && /^sdn\.xml:\d+:\d+: /.test(err.message) && (field === undefined || err.field === field),
      label,
    );
  }
});
