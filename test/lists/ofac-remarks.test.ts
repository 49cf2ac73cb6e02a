/** OFAC Remarks and date forms, on segments copied from the real 2021 sdn.csv. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ofacIdMeaning, parseOfacBirthDate, parseOfacDate, parseOfacRemarks } from '../../src/lists/ofac-remarks.js';

test('every DOB form in the real files, with its precision and qualifier', () => {
  const cases: [string, unknown][] = [
    ['10 Dec 1948', { kind: 'exact', date: '1948-12-10' }],
    ['Sep 1938', { kind: 'exact', date: '1938-09' }],
    ['1946', { kind: 'exact', date: '1946' }],
    ['circa 1951', { kind: 'approximately', date: '1951' }],
    ['circa 07 Jul 1966', { kind: 'approximately', date: '1966-07-07' }],
    ['1951 to 1953', { kind: 'between', from: '1951', to: '1953' }],
    ['01 Jan 1953 to 31 Dec 1954', { kind: 'between', from: '1953-01-01', to: '1954-12-31' }],
    ['Mar 1962 to Feb 1963', { kind: 'between', from: '1962-03', to: '1963-02' }],
    ['circa 1979-1982', { kind: 'between', from: '1979', to: '1982', note: 'circa' }],
  ];
  for (const [raw, expected] of cases) assert.deepEqual(parseOfacBirthDate(raw), { ok: true, value: expected }, raw);
});

test('impossible or unknown dates are failures with a reason, never guesses', () => {
  assert.deepEqual(parseOfacDate('31 Feb 1970'), { ok: false, reason: '"1970-02-31" is not a calendar date (February 1970 has 28 days)' });
  assert.equal(parseOfacDate('12 Foo 1970').ok, false);
  assert.equal(parseOfacDate('12 1970').ok, false, 'a day without a month');
  assert.equal(parseOfacBirthDate('1990 to 1980').ok, false, 'a range that ends before it starts');
});

test('a full Remarks text: each fact in its typed place, the narrative left alone', () => {
  const r = parseOfacRemarks(
    "DOB 09 Mar 1966; nationality Iran; Additional Sanctions Information - Subject to Secondary Sanctions; Gender Male; " +
      'Passport H46055007 (Iran); alt. Passport N35636890 (Iran); Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE.',
  );
  assert.deepEqual(r.birthDates, [{ kind: 'exact', date: '1966-03-09' }]);
  assert.deepEqual(r.nationalities, ['Iran']);
  assert.deepEqual(r.genders, ['Male']);
  assert.deepEqual(
    r.documents.map((d) => [d.kind, d.number, d.issuingCountry]),
    [
      ['passport', 'H46055007', 'Iran'],
      ['passport', 'N35636890', 'Iran'],
    ],
  );
  assert.deepEqual(r.facts, [
    { field: 'Remarks/Additional Sanctions Information', value: 'Subject to Secondary Sanctions' },
    { field: 'Remarks/Linked To', value: 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE' },
  ]);
  assert.deepEqual(r.problems, []);
});

test('places of birth, citizenship, national ids with series letters, vessels', () => {
  const r = parseOfacRemarks(
    "DOB 01 Jan 1964 to 31 Dec 1966; POB Kandahar Province, Afghanistan; alt. POB Pishin, Balochistan Province, Pakistan; " +
      'citizen Mexico; Identification Number 5430312277059 (Pakistan); D.N.I. 16.282.556 (Spain); Passport L 191609 issued 28 Feb 1996 expires 27 Feb 2001; ' +
      'Vessel Registration Identification IMO 9187629; Member ETA.',
  );
  assert.deepEqual(r.birthPlaces, [
    { full: 'Kandahar Province, Afghanistan', country: 'Afghanistan' },
    { full: 'Pishin, Balochistan Province, Pakistan', country: 'Pakistan' },
  ]);
  assert.deepEqual(r.nationalities, ['Mexico']);
  assert.deepEqual(
    r.documents.map((d) => [d.kind, d.type, d.number, d.issuingCountry, d.dateOfIssue, d.dateOfExpiry]),
    [
      ['national-id', 'Identification Number', '5430312277059', 'Pakistan', undefined, undefined],
      ['national-id', 'D.N.I.', '16.282.556', 'Spain', undefined, undefined],
      ['passport', 'Passport', 'L 191609', undefined, '1996-02-28', '2001-02-27'],
    ],
  );
  assert.deepEqual(r.imoNumbers, ['9187629']);
});

test("weak a.k.a.s keep their quotes' content, including a cut-off last one", () => {
  const r = parseOfacRemarks("a.k.a. 'AL-SHIMALI, Abu-Muhammad'; f.k.a. 'ABU SALIM'; a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo", 30);
  assert.deepEqual(
    r.weakAliases.map((n) => [n.full, n.quality, n.note]),
    [
      ['AL-SHIMALI, Abu-Muhammad', 'low', 'weak a.k.a.'],
      ['ABU SALIM', 'low', 'weak f.k.a.'],
      ['tianyinyin0404', 'low', 'weak a.k.a.'],
      ['snowsjo', 'low', 'weak a.k.a.'],
    ],
  );
  assert.equal(r.problems.length, 2, r.problems.join('\n'));
  assert.match(r.problems[0]!, /ends mid-sentence/);
  assert.match(r.problems[1]!, /no closing quote/);
});

test('OFAC XML id labels: documents, facts, gender, IMO', () => {
  assert.deepEqual(ofacIdMeaning('Passport'), { is: 'document', kind: 'passport' });
  assert.deepEqual(ofacIdMeaning('National ID No.'), { is: 'document', kind: 'national-id' });
  assert.deepEqual(ofacIdMeaning('SWIFT/BIC'), { is: 'document', kind: 'other' });
  assert.deepEqual(ofacIdMeaning('Some New Registry Number'), { is: 'document', kind: 'other' });
  assert.deepEqual(ofacIdMeaning('Executive Order 13662 Directive Determination -'), { is: 'fact' });
  assert.deepEqual(ofacIdMeaning('Secondary sanctions risk:'), { is: 'fact' });
  assert.deepEqual(ofacIdMeaning('Website'), { is: 'fact' });
  assert.deepEqual(ofacIdMeaning('Gender'), { is: 'gender' });
  assert.deepEqual(ofacIdMeaning('Vessel Registration Identification'), { is: 'imo' });
});
