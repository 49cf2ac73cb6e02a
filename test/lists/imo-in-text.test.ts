import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imoNumbersInText } from '../../src/lists/imo-in-text.js';

test('IMO numbers as the UN comments state them', () => {
  // The wordings of the UN list's COMMENTS1 fields (2017-07-03 to 2026-01-28).
  assert.deepEqual(imoNumbersInText('Registered owner of CHON MYONG 1, a DPRK-flagged vessel. IMO number: 5571322.'), ['5571322']);
  assert.deepEqual(imoNumbersInText('IMO Number: 5342883. The Chongchongang Shipping Company, through its vessel'), ['5342883']);
  assert.deepEqual(imoNumbersInText('through a ship-to-ship transfer operation. Company Number IMO 5434358.'), ['5434358']);
  assert.deepEqual(imoNumbersInText('International Maritime Organization (IMO) Number: 1790183.'), ['1790183']);
  assert.deepEqual(imoNumbersInText('ship transfer operations for oil. IMO number: 5676084'), ['5676084']);
  assert.deepEqual(imoNumbersInText('imo no. 9123456 and IMO 9234567; again IMO 9123456'), ['9123456', '9234567']);
});

test('numbers that are not stated as IMO numbers are not read', () => {
  // A number elsewhere in the text, a longer or shorter number, a word that starts with IMO.
  assert.deepEqual(imoNumbersInText('loaded 1,721 metric tons; passport 5571322'), []);
  assert.deepEqual(imoNumbersInText('IMO number: 55713220'), []);
  assert.deepEqual(imoNumbersInText('IMO number: 557132'), []);
  assert.deepEqual(imoNumbersInText('SALIMOVICH 5571322'), []);
  assert.deepEqual(imoNumbersInText('the vessel, IMO registered in 2017, number 5571322'), []);
  assert.deepEqual(imoNumbersInText(''), []);
});
