import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CsvError, parseCsv, parseCsvWithHeader } from '../../src/util/csv.js';

test('quoted fields, doubled quotes, embedded newlines and CRLF', () => {
  const records = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\r\n');
  assert.deepEqual(
    records.map((r) => r.fields),
    [
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', 'z'],
    ],
  );
  // The record after a two-line field starts on line 5, and the two-line field's record on line 3.
  assert.deepEqual(
    records.map((r) => r.line),
    [1, 2, 3],
  );
});

test('a byte-order mark and blank lines are ignored; empty trailing fields are kept', () => {
  const records = parseCsv('\ufeffid,name,\n\n1,Ali,\n');
  assert.deepEqual(
    records.map((r) => r.fields),
    [
      ['id', 'name', ''],
      ['1', 'Ali', ''],
    ],
  );
  assert.equal(records[1]!.line, 3);
});

test('an unclosed quote names the line where it opened', () => {
  assert.throws(
    () => parseCsv('id,name\n1,"Abu\n2,x\n'),
    (err: unknown) => err instanceof CsvError && err.line === 2 && /never closed/.test(err.message),
  );
});

test('rows with more fields than the header are refused with their line', () => {
  assert.throws(
    () => parseCsvWithHeader('id,name\n1,a\n2,b,extra\n'),
    (err: unknown) => err instanceof CsvError && err.line === 3,
  );
  const t = parseCsvWithHeader('id,name\n1,a\n');
  assert.deepEqual(t.rows, [{ line: 2, values: { id: '1', name: 'a' } }]);
});
