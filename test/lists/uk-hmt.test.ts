/**
 * The UK HM Treasury ConList reader on the real 2018-04-13 file. Counts come from SOURCES.md and from
 * Python's csv module over the file decoded as cp1252 (noted), never from this reader.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ListFormatError } from '../../src/lists/errors.js';
import { readListBytes } from '../../src/lists/read.js';
import { decodeWindows1252 } from '../../src/lists/source-text.js';
import { citedUnReferences, documentsFrom, enumerated, readUkHmtCsv, ukDate } from '../../src/lists/uk-hmt.js';
import { SANCTIONS } from '../helpers/paths.js';

const NAME = 'uk-hmt-conlist-2018-04-13.csv';
const BYTES = readFileSync(join(SANCTIONS, NAME));
let cached: ReturnType<typeof readUkHmtCsv> | undefined;
const snapshot = () => (cached ??= readUkHmtCsv(BYTES, NAME));
const party = (groupId: string) => snapshot().parties.find((p) => p.referenceNumber === groupId)!;

test('2,106 targets from 9,487 rows: 1,426 individuals, 680 entities; list date from row 1', () => {
  const snap = snapshot();
  assert.equal(snap.source, 'uk-hmt');
  assert.equal(snap.format, 'uk-hmt-csv');
  assert.equal(snap.generatedAt, '2018-04-13');
  assert.equal(snap.parties.length, 2106);
  assert.equal(snap.parties.filter((p) => p.kind === 'person').length, 1426);
  assert.equal(snap.parties.filter((p) => p.kind === 'organization').length, 680);
  // SOURCES.md counts targets by their first row's regime: 343, 261 of them individuals. One more
  // target has the ISIL/AQ regime on a later row only (listed under two regimes; Python: 344).
  const isil = snap.parties.filter((p) => p.listType === "The ISIL (Da'esh) and Al-Qaida organisations");
  assert.equal(isil.length, 343);
  assert.equal(isil.filter((p) => p.kind === 'person').length, 261);
  assert.equal(snap.parties.filter((p) => p.programs.includes("The ISIL (Da'esh) and Al-Qaida organisations")).length, 344);
});

test('UN references in Other Information: 296 ISIL/AQ targets cite one (SOURCES.md), old forms converted', () => {
  const isil = snapshot().parties.filter((p) => p.listType === "The ISIL (Da'esh) and Al-Qaida organisations");
  assert.equal(isil.filter((p) => citedUnReferences(p).length > 0).length, 296);
  // Group 6894: "UN Ref QI.A.86.03" is QDi.086 (SOURCES.md's example).
  assert.match(party('6894').comments!, /^UN Ref QI\.A\.86\.03\./);
  assert.deepEqual(citedUnReferences(party('6894')), ['QDi.086']);
  // Group 13188: "UN REF:QE.A.146.14" is QDe.146.
  assert.deepEqual(citedUnReferences(party('13188')), ['QDe.146']);
  // Old Iran annex numbers cannot be mapped: reported, not guessed.
  assert.deepEqual(citedUnReferences(party('10657')), []);
  assert.ok(snapshot().warnings.some((w) => w.referenceNumber === '10657' && /"E\.29\.I\.11"/.test(w.message)));
});

test('sample 13188 ANSAR AL CHARIA BENGHAZI: one entity from 8 name rows', () => {
  const p = party('13188');
  assert.equal(p.kind, 'organization');
  assert.equal(p.caption, 'ANSAR AL CHARIA BENGHAZI'); // the "Prime Alias" row
  assert.deepEqual(
    p.names.map((n) => [n.type, n.full, n.quality]),
    [
      ['primary', 'ANSAR AL CHARIA BENGHAZI', 'good'],
      ['alias', 'ANSAR AL SHARIA', 'aka'],
      ['alias', 'ANSAR AL CHARIA', 'aka'],
      ['alias', 'ANSAR AL-CHARIA', 'aka'],
      ['alias', 'ANSAR AL-CHARIABENGHAZI', 'aka'],
      ['alias', 'ANSAR AL-SHARIA', 'aka'],
      ['alias', 'ANSAR AL-SHARIA BENGHAZI', 'aka'],
      ['alias', 'KATIBAT ANSAR AL-CHARIA', 'aka'],
    ],
  );
  assert.equal(p.listedOn, '2014-11-29');
  assert.deepEqual(p.amendedOn, ['2014-12-02']);
});

test('sample 13349 AL-QAHTANI: the rows multiply names by two birth years; both years, each name once', () => {
  const p = party('13349');
  assert.equal(p.kind, 'person');
  assert.equal(p.caption, 'Nayef Salam Muhammad Ujaym AL-HABABI');
  assert.deepEqual(p.names[0]!.parts, ['Nayef', 'Salam', 'Muhammad', 'Ujaym', 'AL-HABABI']);
  assert.equal(p.names.length, 8); // 8 distinct names over 16 rows (Python)
  assert.deepEqual(p.birthDates, [
    { kind: 'exact', date: '1980' },
    { kind: 'exact', date: '1981' },
  ]);
  assert.deepEqual(p.nationalities, ['Saudi Arabia', 'Qatar']); // "1) Saudi Arabia 2) Qatar"
  assert.deepEqual(p.birthPlaces, [{ country: 'Saudi Arabia' }]);
  assert.deepEqual(p.documents, [{ kind: 'passport', type: 'Passport Details', number: '592667', note: 'Passport No: 592667 (Qatari passport issued on 3 May 2007).' }]);
  assert.deepEqual(p.addresses, [{ country: 'Afghanistan (since 2009)' }]);
  // It cites an entity reference: kept as written; linking refuses it (link.test.ts).
  assert.deepEqual(citedUnReferences(p), ['QDe.004']);
});

test('Windows-1252 bytes 0x80-0x9F are the typographic characters, as Python\'s cp1252 decodes them', () => {
  // Python: bytes([0x91,0x41,0x92,0x80,0xe9,0x96,0x9f]).decode('cp1252') == '\u2018A\u2019\u20ac\xe9\u2013\u0178'
  assert.equal(decodeWindows1252(Uint8Array.from([0x91, 0x41, 0x92, 0x80, 0xe9, 0x96, 0x9f])), '\u2018A\u2019\u20ac\u00e9\u2013\u0178');
  // Unassigned bytes stay C1 controls (WHATWG); Python's cp1252 refuses them.
  assert.equal(decodeWindows1252(Uint8Array.from([0x81, 0x9d])), '\u0081\u009d');
});

test('Windows-1252 text is decoded: the left quote of ‘Abd al-Khaliq (byte 0x91) in group 13191', () => {
  const names = party('13191').names.map((n) => n.full);
  assert.ok(names.includes('\u2018Abd al-Khaliq Badr al-Din AL-HUTHI'), names.join(' | '));
  assert.ok(!names.some((n) => n.includes('\ufffd')));
});

test('documents from free text: enumerated pieces, numbers picked without dates (group 13447)', () => {
  assert.deepEqual(party('13447').documents, [
    { kind: 'passport', type: 'Passport Details', number: '654781', note: 'Jordan 654781 (approximately issued in 2009)' },
    { kind: 'passport', type: 'Passport Details', number: '286062', note: 'Jordan 286062 (issued on 5 April 1999 at Zarqa, Jordan, expired on 4 April 2004)' },
  ]);
  assert.deepEqual(
    documentsFrom('(1) D 000763 (Afghan) issued on 30 June 1998 (2) issued 03/07/1996', 'passport', 'Passport Details').map((d) => d.number),
    ['D 000763', undefined],
  );
  assert.deepEqual(enumerated('(1) Mauritanian (2) Malian'), ['Mauritanian', 'Malian']);
  assert.deepEqual(enumerated('Syrian'), ['Syrian']);
  assert.deepEqual(ukDate('00/05/1980'), { ok: true, value: '1980-05' });
  assert.equal(ukDate('31/02/1980').ok, false);
});

test('readListBytes recognises the ConList by its first rows, whatever its name', async () => {
  const snap = await readListBytes(BYTES, 'download.csv');
  assert.equal(snap.format, 'uk-hmt-csv');
  assert.equal(snap.parties.length, 2106);
});

const HEADER =
  'Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,Passport Details,NI Number,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last Updated,Group ID';
const row = (name: string, groupId: string, type = 'Individual', extra: Partial<Record<string, string>> = {}) =>
  HEADER.split(',')
    .map((c) => (c === 'Name 6' ? name : c === 'Group ID' ? groupId : c === 'Group Type' ? type : c === 'Alias Type' ? 'Prime Alias' : extra[c] ?? ''))
    .join(',');
const file = (...lines: string[]) => Buffer.from(['Last Updated,13/04/2018', ...lines].join('\n') + '\n', 'latin1');

test('corrupt files are refused with line and field', () => {
  const cases: [string, Buffer, RegExp, string | undefined][] = [
    ['no Last Updated row', Buffer.from(HEADER + '\n'), /^c\.csv:1: not a UK HM Treasury ConList CSV/, undefined],
    ['a header without Group ID', file(HEADER.replace(',Group ID', ',Group')), /^c\.csv:2: the header has no "Group ID" column/, 'Group ID'],
    ['a short row', file(HEADER, row('DOE', '1'), 'DOE,John'), /^c\.csv:4: 2 fields, but the header has 29/, undefined],
    ['a row without Group ID', file(HEADER, row('DOE', '')), /^c\.csv:3: the row has no Group ID/, 'Group ID'],
    ['a target both individual and entity', file(HEADER, row('DOE', '1'), row('DOE CO', '1', 'Entity')), /^c\.csv:4: Group ID 1 is "Individual" on line 3 but "Entity" here/, 'Group Type'],
    ['a row without any name', file(HEADER, row('', '1')), /^c\.csv:3: the row of Group ID 1 has no name/, 'Name 6'],
  ];
  for (const [label, bytes, message, field] of cases) {
    assert.throws(
      () => readUkHmtCsv(bytes, 'c.csv'),
      (err: unknown) => err instanceof ListFormatError && message.test(err.message) && err.field === field,
      label,
    );
  }
});

test('unknown columns and bad dates are kept in extra and reported', () => {
  const snap = readUkHmtCsv(file(HEADER + ',Risk', row('DOE', '1', 'Individual', { DOB: '31/02/1970' }) + ',high'), 'c.csv');
  const p = snap.parties[0]!;
  assert.deepEqual(p.extra, [
    { field: 'DOB', value: '31/02/1970' },
    { field: 'Risk', value: 'high' },
  ]);
  assert.deepEqual(
    snap.warnings.map((w) => [w.at, w.message.replace(/:.*/, '')]),
    [
      ['c.csv:2', 'unknown column "Risk"; its values are kept in extra'],
      ['c.csv:3', 'DOB'],
    ],
  );
});

test('IMO numbers stated in Other Information become documents: 25 ships listed as entities, 2 companies', () => {
  // Python over the file: 27 groups whose Other Information states one IMO number; the 25 ships'
  // pass the IMO check digit, the two companies' (KPe.022, KPe.066) are company numbers.
  const imo = (p: { documents: { type: string; number?: string; note?: string }[] }) => p.documents.filter((d) => d.type === 'IMO number' && d.note === 'stated in Other Information');
  assert.equal(snapshot().parties.filter((p) => imo(p).length > 0).length, 27);
  assert.deepEqual(imo(party('13648')).map((d) => d.number), ['7303803']); // AN SAN 1: "(IMO number: 7303803)"
  assert.deepEqual(imo(party('13556')).map((d) => d.number), ['8937675']); // TONG SAN 2: "IMO: 8937675. MMSI: ..."
  assert.deepEqual(imo(party('13637')).map((d) => d.number), ['5434358']); // "Company Number IMO 5434358"
  assert.ok(party('13648').comments?.includes('(IMO number: 7303803)'));
});
