/**
 * The OFAC legacy CSV reader on the real files in ../shared/data/sanctions. Expected counts are from
 * SOURCES.md and from independent parses with Python's csv module (noted where they are not in
 * SOURCES.md), never from this reader's own output.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ListFormatError } from '../../src/lists/errors.js';
import { ofacCompanionFiles, readOfacLegacyCsv } from '../../src/lists/ofac-csv.js';
import { readListBytes } from '../../src/lists/read.js';
import { SANCTIONS, tempDir } from '../helpers/paths.js';

const file = (name: string) => ({ bytes: readFileSync(join(SANCTIONS, name)), name });
let cached: ReturnType<typeof readOfacLegacyCsv> | undefined;
// Read once for the tests that only look at it.
const set2021 = () =>
  (cached ??= readOfacLegacyCsv({ sdn: file('ofac-sdn-2021-04-sdn.csv'), alt: file('ofac-sdn-2021-04-alt.csv'), add: file('ofac-sdn-2021-04-add.csv') }));

test('the 2021 CSV set: every SDN entry, with the kinds and programs SOURCES.md counts', () => {
  const snap = set2021();
  assert.equal(snap.source, 'ofac-sdn');
  assert.equal(snap.format, 'ofac-csv');
  assert.equal(snap.generatedAt, undefined, 'the legacy CSV carries no date');
  assert.equal(snap.parties.length, 8890);
  const kinds = new Map<string, number>();
  for (const p of snap.parties) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(kinds), { organization: 3644, person: 4566, vessel: 403, aircraft: 277 });
  const sdgt = snap.parties.filter((p) => p.programs.includes('SDGT'));
  assert.equal(sdgt.length, 1684);
  assert.equal(sdgt.filter((p) => p.kind === 'person').length, 978);
  // The set reads cleanly apart from the Remarks cut off at 1,000 characters (7 rows, by Python).
  assert.ok(snap.warnings.every((w) => /Remarks/.test(w.message)), snap.warnings.map((w) => w.message).join('\n'));
  assert.equal(snap.warnings.filter((w) => /cut off by the legacy CSV/.test(w.message)).length, 7);
});

test('alt.csv and add.csv are joined: 11,742 strong aliases by type, 11,358 non-null addresses', () => {
  const snap = set2021();
  const strong = snap.parties.flatMap((p) => p.names.filter((n) => n.type === 'alias' && n.quality !== 'low'));
  assert.equal(strong.length, 11742);
  const byType = new Map<string, number>();
  for (const n of strong) byType.set(n.quality, (byType.get(n.quality) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(byType), { aka: 11358, fka: 366, nka: 18 });
  // 13,761 add.csv rows; 2,403 are all "-0-" (an address record with nothing in it). Python count.
  assert.equal(snap.parties.reduce((n, p) => n + p.addresses.length, 0), 11358);
});

test('sample 2674 ABBAS, Abu, field by field', () => {
  const p = set2021().parties.find((x) => x.referenceNumber === '2674')!;
  assert.equal(p.id, 'ofac-sdn:2674');
  assert.equal(p.kind, 'person');
  assert.equal(p.caption, 'ABBAS, Abu');
  assert.deepEqual(p.names, [
    { type: 'primary', full: 'ABBAS, Abu', parts: ['ABBAS', 'Abu'], quality: 'good' },
    { type: 'alias', full: 'ZAYDAN, Muhammad', quality: 'aka' }, // alt.csv 2674,1795
  ]);
  assert.deepEqual(p.programs, ['SDGT']);
  assert.deepEqual(p.titles, ['Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION']);
  assert.deepEqual(p.birthDates, [{ kind: 'exact', date: '1948-12-10' }]);
  assert.equal(p.comments, 'DOB 10 Dec 1948; Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION.');
  assert.equal(p.vessel, undefined);
});

test('sample 4632 BANK MARKAZI: an entity (null SDN_Type), four programs, three addresses', () => {
  const p = set2021().parties.find((x) => x.referenceNumber === '4632')!;
  assert.equal(p.kind, 'organization');
  assert.deepEqual(p.programs, ['IRAN', 'SDGT', 'IRGC', 'IFSR']);
  assert.equal(p.listType, 'IRAN');
  assert.deepEqual(p.addresses[0], { street: 'PO Box 15875/7177, 144 Mirdamad Blvd', city: 'Tehran', country: 'Iran' });
  assert.equal(p.addresses.length, 3);
  assert.ok(p.extra.some((e) => e.field === 'Remarks/Linked To' && e.value === 'HIZBALLAH'));
  assert.ok(p.extra.some((e) => e.field === 'Remarks/Additional Sanctions Information' && e.value === 'Subject to Secondary Sanctions'));
});

test('Remarks give documents, nationality, place of birth and weak aliases (sample 18594)', () => {
  const p = set2021().parties.find((x) => x.referenceNumber === '18594')!;
  assert.deepEqual(p.documents, [
    { kind: 'passport', type: 'Passport', number: 'E704088', issuingCountry: 'Saudi Arabia', dateOfIssue: '2003-08-26', dateOfExpiry: '2008-07-02' },
  ]);
  assert.deepEqual(p.nationalities, ['Saudi Arabia']);
  assert.deepEqual(p.birthPlaces, [{ full: 'Iraq' }]);
  assert.deepEqual(p.names.at(-1), { type: 'alias', full: 'AL-SHIMALI, Abu-Muhammad', quality: 'low', note: 'weak a.k.a.' });
});

test('the 2024 primary-only sdn.csv reads alone, and says what it lacks', () => {
  const snap = readOfacLegacyCsv({ sdn: file('ofac-sdn-2024-05-03-sdn-primary-only.csv') });
  assert.equal(snap.parties.length, 14965);
  assert.equal(snap.parties.filter((p) => p.kind === 'person').length, 6854);
  const sdgt = snap.parties.filter((p) => p.programs.includes('SDGT'));
  assert.equal(sdgt.length, 2386);
  assert.equal(sdgt.filter((p) => p.kind === 'person').length, 1349);
  // Its only aliases are the weak ones in Remarks: 3,666 "a.k.a./f.k.a./n.k.a. '" by Python regex.
  assert.equal(snap.parties.reduce((n, p) => n + p.names.filter((x) => x.type === 'alias').length, 0), 3666);
  assert.ok(snap.warnings.some((w) => /without alt\.csv and add\.csv/.test(w.message)));
});

test('readListBytes recognises an sdn.csv by its content and reads it as primary-only', async () => {
  const { bytes } = file('ofac-sdn-2021-04-sdn.csv');
  const snap = await readListBytes(bytes, 'download.bin');
  assert.equal(snap.format, 'ofac-csv');
  assert.equal(snap.parties.length, 8890);
  await assert.rejects(readListBytes(file('ofac-sdn-2021-04-alt.csv').bytes, 'alt.csv'), /OFAC's alt\.csv, which only completes an sdn\.csv/);
});

const ROW = (n: string, name = 'DOE, John') => `${n},"${name}","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970."\r\n`;
const csv = (text: string, name = 'sdn.csv') => ({ bytes: Buffer.from(text, 'latin1'), name });

test('corrupt sets are refused with the file, line and field', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['a missing field', () => readOfacLegacyCsv({ sdn: csv(ROW('1') + '2,"X","individual"\r\n\x1a') }), /^sdn\.csv:2: 3 fields, expected 12/],
    ['a repeated ent_num', () => readOfacLegacyCsv({ sdn: csv(ROW('7') + ROW('7', 'ROE, Jane') + '\x1a') }), /^sdn\.csv:2: ent_num 7 is used twice/],
    ['a non-numeric ent_num', () => readOfacLegacyCsv({ sdn: csv(ROW('x1') + '\x1a') }), /^sdn\.csv:1: ent_num "x1" is not a number/],
    ['an unclosed quote', () => readOfacLegacyCsv({ sdn: csv(ROW('1') + '2,"X,\r\n\x1a') }), /^sdn\.csv:2: malformed CSV/],
    ['data after the 0x1A mark', () => readOfacLegacyCsv({ sdn: csv(ROW('1') + '\x1a' + ROW('2')) }), /^sdn\.csv:2: data after the end-of-file byte/],
    ['bytes that are not UTF-8', () => readOfacLegacyCsv({ sdn: csv(ROW('1') + ROW('2', 'CAF\xc9, Le') + '\x1a') }), /^sdn\.csv:2: not valid UTF-8/],
    [
      'an alias of an entry that is not in sdn.csv',
      () => readOfacLegacyCsv({ sdn: csv(ROW('1') + '\x1a'), alt: csv('1,10,"aka","DOE, J.",-0- \r\n99,11,"aka","X",-0- \r\n\x1a', 'alt.csv') }),
      /^alt\.csv:2: ent_num 99 is not in sdn\.csv: the files are from different publications/,
    ],
  ];
  for (const [label, read, message] of cases) {
    assert.throws(read, (err: unknown) => err instanceof ListFormatError && message.test(err.message), label);
  }
  try {
    readOfacLegacyCsv({ sdn: csv(ROW('1') + ROW('7') + ROW('7') + '\x1a') });
    assert.fail('expected a refusal');
  } catch (err) {
    assert.ok(err instanceof ListFormatError);
    assert.equal(err.line, 3);
    assert.equal(err.field, 'ent_num');
  }
});

test('a file without its 0x1A mark is read, with a warning; LF row ends are read too', () => {
  const snap = readOfacLegacyCsv({ sdn: csv(ROW('1').replace('\r\n', '\n') + ROW('2', 'ROE, Jane').replace('\r\n', '\n')) });
  assert.equal(snap.parties.length, 2);
  assert.ok(snap.warnings.some((w) => /no end-of-file byte/.test(w.message)));
});

test('ofacCompanionFiles finds alt/add beside sdn by name', () => {
  assert.deepEqual(ofacCompanionFiles(join(SANCTIONS, 'ofac-sdn-2021-04-sdn.csv')), {
    alt: join(SANCTIONS, 'ofac-sdn-2021-04-alt.csv'),
    add: join(SANCTIONS, 'ofac-sdn-2021-04-add.csv'),
  });
  assert.deepEqual(ofacCompanionFiles(join(SANCTIONS, 'ofac-sdn-2024-05-03-sdn-primary-only.csv')), {});
  const { dir, cleanup } = tempDir();
  try {
    // Upper case, as the files arrive from Windows shares; only the alias file is there.
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'SDN.CSV'), '');
    writeFileSync(join(dir, 'a', 'ALT.CSV'), '');
    assert.deepEqual(ofacCompanionFiles(join(dir, 'a', 'SDN.CSV')), { alt: join(dir, 'a', 'ALT.CSV') });
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'sdn.csv'), '');
    writeFileSync(join(dir, 'b', 'add.csv'), '');
    writeFileSync(join(dir, 'b', 'sdn-alt.csv'), ''); // not the name sdn.csv's alias file has
    assert.deepEqual(ofacCompanionFiles(join(dir, 'b', 'sdn.csv')), { add: join(dir, 'b', 'add.csv') });
  } finally {
    cleanup();
  }
});
