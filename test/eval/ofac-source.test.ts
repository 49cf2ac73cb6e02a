import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { normDocNumber } from '../../eval/build/set-ofac.js';
import { ofacBirthDates, ofacDisplayName, ofacDocuments, ofacField, parseOfac, parseOfacCsv, stripEof } from '../../eval/sources/ofac.js';

test('OFAC "-0-" (with its trailing space) is null, other text is trimmed', () => {
  assert.equal(ofacField('-0- '), undefined);
  assert.equal(ofacField('-0-'), undefined);
  assert.equal(ofacField(''), undefined);
  assert.equal(ofacField(' SDGT '), 'SDGT');
});

test('the 0x1A end-of-file byte does not become a row', () => {
  const text = '1,"A, B","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a';
  assert.equal(stripEof(text).endsWith('\r\n'), true);
  const rows = parseOfacCsv(text);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]![1], 'A, B');
});

test('Remarks: dates of birth at their real precision, document numbers', () => {
  const r = 'DOB 19 Jun 1951; alt. DOB 1952; DOB Mar 1960; POB Giza, Egypt; Passport 1084010 (Egypt); alt. Passport 19820215; National ID No. 12-34 567 (Iraq) issued 2001.';
  assert.deepEqual(ofacBirthDates(r), ['1951-06-19', '1952', '1960-03']);
  assert.deepEqual(ofacDocuments(r).map((d) => d.number), ['1084010', '19820215', '12-34 567']);
  assert.equal(normDocNumber('12-34 567'), '1234567');
});

test('names go given-first; alt.csv aliases attach to their SDN entry', () => {
  assert.equal(ofacDisplayName('AL ZAWAHIRI, Dr. Ayman'), 'Dr. Ayman AL ZAWAHIRI');
  assert.equal(ofacDisplayName('ABU SAYYAF GROUP'), 'ABU SAYYAF GROUP');
  const sdn = '2676,"AL ZAWAHIRI, Dr. Ayman","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 19 Jun 1951; Passport 1084010 (Egypt)."\r\n\u001a';
  const alt = '2676,1,"aka","AL-ZAWAHIRI, Aiman",-0- \r\n9999,2,"aka","ORPHAN",-0- \r\n\u001a';
  const [e] = parseOfac(sdn, alt);
  assert.equal(e!.type, 'individual');
  assert.deepEqual(e!.programs, ['SDGT']);
  assert.deepEqual(e!.aliases, [{ name: 'AL-ZAWAHIRI, Aiman', type: 'aka' }]);
  assert.deepEqual(e!.birthDates, ['1951-06-19']);
  assert.equal(e!.documents[0]!.number, '1084010');
});
