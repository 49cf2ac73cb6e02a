import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exchangeRate, formatMoney, minorToDecimal, moneyToDecimal } from '../../src/reports/amount.js';
import { addDays, daysBetween, toGoamlDateTime } from '../../src/reports/dates.js';

const EX = { IQD: 3, JPY: 0 };

test('amounts become decimal strings from integer minor units, per currency exponent', () => {
  assert.equal(moneyToDecimal({ currency: 'USD', minor: 4850000 }, EX), '48500.00');
  assert.equal(moneyToDecimal({ currency: 'EUR', minor: 5 }, EX), '0.05');
  assert.equal(moneyToDecimal({ currency: 'IQD', minor: 25000000000 }, EX), '25000000.000');
  assert.equal(moneyToDecimal({ currency: 'SYP', minor: 13000000000 }, EX), '130000000.00');
  assert.equal(moneyToDecimal({ currency: 'TRY', minor: -15000001 }, EX), '-150000.01');
  assert.equal(moneyToDecimal({ currency: 'JPY', minor: 1200 }, EX), '1200');
  assert.equal(formatMoney({ currency: 'IQD', minor: 1 }, EX), '0.001 IQD');
});

test('amounts beyond 2^53 stay exact when given as strings, and fractional minor units are refused', () => {
  assert.equal(moneyToDecimal({ currency: 'SYP', minor: '123456789012345678901' }, EX), '1234567890123456789.01');
  // A float cannot carry this exactly: the string form is how such amounts travel.
  assert.equal(minorToDecimal(9007199254740993n, 2), '90071992547409.93');
  assert.throws(() => moneyToDecimal({ currency: 'USD', minor: 10.5 }, EX), /whole number of minor units/);
});

test('the exchange rate is derived from the two booked amounts, rounded half up', () => {
  assert.equal(exchangeRate({ currency: 'AED', minor: 17811625 }, { currency: 'USD', minor: 4850000 }, EX), '3.672500');
  // 70,125.00 AED for 25,000,000.000 IQD: 0.002805 AED per dinar.
  assert.equal(exchangeRate({ currency: 'AED', minor: 7012500 }, { currency: 'IQD', minor: 25000000000 }, EX), '0.002805');
  assert.equal(exchangeRate({ currency: 'AED', minor: 2 }, { currency: 'USD', minor: 3 }, EX, 2), '0.67');
  assert.throws(() => exchangeRate({ currency: 'AED', minor: 1 }, { currency: 'USD', minor: 0 }, EX), /zero/);
});

test("dates are written in goAML's form", () => {
  assert.equal(toGoamlDateTime('2026-01-21'), '2026-01-21T00:00:00');
  assert.equal(toGoamlDateTime('2026-01-21T11:05'), '2026-01-21T11:05:00');
  assert.equal(toGoamlDateTime('2026-01-21T11:05:09.123'), '2026-01-21T11:05:09');
  assert.equal(toGoamlDateTime('2026-01-21T01:00:00+03:00'), '2026-01-20T22:00:00');
  assert.throws(() => toGoamlDateTime('2026-02-30'), /not a date/);
  assert.throws(() => toGoamlDateTime('21/01/2026'), /not a date/);
});

test('calendar-day arithmetic for deadlines', () => {
  assert.equal(addDays('2026-01-15', 30), '2026-02-14');
  assert.equal(addDays('2024-02-15T23:00:00', 30), '2024-03-16');
  assert.equal(daysBetween('2026-02-10', '2026-02-14'), 4);
  assert.equal(daysBetween('2026-02-20', '2026-02-14'), -6);
});
