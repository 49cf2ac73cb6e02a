import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeWindows1252 } from '../../eval/sources/windows-1252.js';
import { parseUkConList, readUkConList, ukDate, ukUnRef } from '../../eval/sources/uk.js';
import { sharedSanctionsDir } from '../../eval/lib/paths.js';

test('UK UN references: old and new formats convert to the current one', () => {
  assert.equal(ukUnRef('UN Ref QI.A.86.03.'), 'QDi.086');
  assert.equal(ukUnRef('UN REF:QE.A.146.14. Also referred to as Ansar al Charia'), 'QDe.146');
  assert.equal(ukUnRef('UN Ref Q.I.A.12.01.'), 'QDi.012');
  assert.equal(ukUnRef('UN Ref TI.H.10.01.'), 'TAi.010');
  assert.equal(ukUnRef('UN Ref QDi.399. Some text'), 'QDi.399');
  assert.equal(ukUnRef('UN REF: QDI.12'), 'QDi.012');
  assert.equal(ukUnRef('EU and UN listed. UN Ref: QD1.410.'), 'QDi.410');
  assert.equal(ukUnRef('UN Ref. CFi.005.'), 'CFi.005');
  // Iraq's old entity references carry no number that maps to today's.
  assert.equal(ukUnRef('UN Ref E.29.I.22. Subordinate'), undefined);
  assert.equal(ukUnRef('No reference at all'), undefined);
});

test('Windows-1252: accented letters and the 0x80-0x9F punctuation decode to the right characters', () => {
  // "ARMÉ" with É = 0xC9, and a right single quote 0x92 as in "MU’AYYAD".
  const bytes = Uint8Array.from([0x41, 0x52, 0x4d, 0xc9, 0x20, 0x4d, 0x55, 0x92, 0x41, 0x80]);
  assert.equal(decodeWindows1252(bytes), 'ARMÉ MU’A€');
  // UTF-8 decoding of the same bytes would lose them: the reason the decoder exists.
  assert.notEqual(Buffer.from(bytes).toString('utf8'), 'ARMÉ MU’A€');
});

test('UK dates: unknown day or month keep their real precision', () => {
  assert.equal(ukDate('17/08/1957'), '1957-08-17');
  assert.equal(ukDate('00/00/1980'), '1980');
  assert.equal(ukDate('00/05/1980'), '1980-05');
  assert.equal(ukDate(''), undefined);
});

test('UK ConList rows fold into targets, given names first, repeated rows kept once', () => {
  const csv = [
    'Last Updated,13/04/2018',
    'Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Other Information,Group Type,Alias Type,Regime,Group ID',
    'A RAHMAN,Mohamad,Iqbal,,,,,17/08/1957,UN Ref QI.A.86.03.,Individual,AKA,ISIL,6894',
    'A RAHMAN,Mohamad,Iqbal,,,,,17/08/1957,UN Ref QI.A.86.03.,Individual,AKA,ISIL,6894',
    'ABDURRAHMAN,Abu,Jibril,,,,,17/08/1958,UN Ref QI.A.86.03.,Individual,AKA,ISIL,6894',
    '"ANSAR AL SHARIA, BENGHAZI",,,,,,,,"UN REF:QE.A.146.14.",Entity,AKA,ISIL,13188',
  ].join('\r\n');
  const f = parseUkConList(csv);
  assert.equal(f.lastUpdated, '13/04/2018');
  assert.equal(f.targets.length, 2);
  const t = f.targets[0]!;
  assert.equal(t.unRef, 'QDi.086');
  assert.deepEqual(t.names.map((n) => n.full), ['Mohamad Iqbal A RAHMAN', 'Abu Jibril ABDURRAHMAN']);
  assert.deepEqual(t.birthDates, ['1957-08-17', '1958-08-17']);
  assert.equal(f.targets[1]!.names[0]!.full, 'ANSAR AL SHARIA, BENGHAZI');
  assert.equal(f.targets[1]!.unRef, 'QDe.146');
});

const ukFile = join(sharedSanctionsDir(), 'uk-hmt-conlist-2018-04-13.csv');
test('the real UK 2018 file: QDi.086 found, accents decoded, the QDe.004 individual present', { skip: !existsSync(ukFile) }, () => {
  const f = readUkConList(ukFile);
  assert.equal(f.lastUpdated, '13/04/2018');
  assert.equal(f.targets.length, 2106);
  assert.equal(f.targets.find((t) => t.groupId === '6894')?.unRef, 'QDi.086');
  assert.ok(f.targets.some((t) => t.names.some((n) => n.full === 'GROUPE ISLAMIQUE ARMÉ')));
  const bad = f.targets.find((t) => t.groupId === '13349');
  assert.equal(bad?.groupType, 'Individual');
  assert.equal(bad?.unRef, 'QDe.004');
});
