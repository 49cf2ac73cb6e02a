import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentNumberIn, sameDocumentNumber, statedDocuments } from '../../src/lists/stated-documents.js';

test('a document number picked out of a note: series prefixes joined, dates and short numbers left', () => {
  assert.equal(documentNumberIn('Tunisian passport number L 191609 issued on 28 Feb. 1996'), 'L 191609');
  assert.equal(documentNumberIn('Moroccan national identity card DE- 473900'), 'DE- 473900');
  assert.equal(documentNumberIn('SSN 156-92-9858 (United States of America)'), '156-92-9858');
  assert.equal(documentNumberIn('Italian Fiscal Code: DAOMMD74T11Z352Z'), 'DAOMMD74T11Z352Z');
  assert.equal(documentNumberIn('issued for Djamel Mostefa, born on 25 Sep. 1973 in Mehdia'), undefined);
  assert.equal(documentNumberIn('issued 03/07/1996'), undefined);
  assert.equal(documentNumberIn('Residential card number 665'), undefined);
});

test('documents stated in running text, only right after what names them', () => {
  assert.deepEqual(statedDocuments('New AKA: Jang Hyon U and diplomatic passport number 836110034, which expires on 1 January 2020.', 'COMMENTS1', true), [
    { kind: 'passport', type: 'Passport', number: '836110034', note: 'stated in COMMENTS1: "passport number 836110034"' },
  ]);
  assert.deepEqual(
    statedDocuments('Federal Employer Identification\nNumber (United States of America): 36-3804626. Review', 'COMMENTS1', false).map((d) => [d.kind, d.number]),
    [['other', '36-3804626']],
  );
  assert.deepEqual(statedDocuments('identity card no.:31/2013/20/003140, issued', 'COMMENTS1', true).map((d) => [d.kind, d.number]), [['national-id', '31/2013/20/003140']]);
  // A number further on is not the passport's; nor is a date or a short number.
  assert.deepEqual(statedDocuments('his passport number is unknown; born 1975, phone 0612345678', 'COMMENTS1', true), []);
  assert.deepEqual(statedDocuments('passport number 1234 issued 03/07/1996', 'COMMENTS1', true), []);
  assert.deepEqual(statedDocuments('no documents here', 'COMMENTS1', true), []);
});

test('one document number written two ways', () => {
  assert.ok(sameDocumentNumber('OR 1961825', 'OR1961825'));
  assert.ok(sameDocumentNumber('de-473900', 'DE 473900'));
  assert.ok(!sameDocumentNumber('OR1961825', 'OR1961826'));
});

test('a six-digit number keeps the series written before it, and only a series', () => {
  assert.equal(documentNumberIn('Russian passport number 8208 No. 555627'), '8208 555627');
  assert.equal(documentNumberIn('96 03 464086'), '96 03 464086');
  assert.equal(documentNumberIn('Passport No. 284158, expires 21 August 2005'), '284158');
  // A year before the number is no series.
  assert.equal(documentNumberIn('issued in 2003 No. 123456'), '123456');
  assert.equal(documentNumberIn('passport 4509 1234567'), '1234567');
});
