/**
 * Money as an integer number of minor units with its currency. Amounts are read from decimal
 * strings ("250000.00") or integer minor units, never from binary floats: 0.1 + 0.2 must not decide
 * whether a payment crosses a threshold. `minor` is a JS number kept within Number.MAX_SAFE_INTEGER
 * (9e15 minor units: 90 trillion dollars), so it is exact and CEL compares it exactly.
 */
import type { FieldReader } from './fields.js';

export interface Money {
  currency: string;
  minor: number;
}

/**
 * ISO 4217 minor-unit exponents that differ from 2 (source: ISO 4217 list one, maintained by SIX
 * on behalf of ISO). The Iraqi dinar has 3 (fils), the Syrian pound 2, the Turkish lira 2.
 */
const EXPONENT: Record<string, number> = {
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
};

export function exponent(currency: string): number {
  return EXPONENT[currency] ?? 2;
}

const DECIMAL = /^(-?)(\d{1,18})(?:\.(\d{1,6}))?$/;

/** "1234.50" in `currency` -> minor units, refusing more decimals than the currency has (unless zeros). */
export function decimalToMinor(text: string, currency: string): number | string {
  const m = DECIMAL.exec(text.trim());
  if (!m) return `${JSON.stringify(text)} is not a decimal amount (digits, optional "." and decimals)`;
  const exp = exponent(currency);
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > exp) return `${JSON.stringify(text)} has more decimals than ${currency} has (${exp})`;
  const digits = BigInt(m[2]! + frac.padEnd(exp, '0'));
  if (digits > BigInt(Number.MAX_SAFE_INTEGER)) return `${JSON.stringify(text)} is too large`;
  const n = Number(digits);
  return m[1] === '-' ? -n : n;
}

export function minorToDecimal(minor: number, currency: string): string {
  const exp = exponent(currency);
  const sign = minor < 0 ? '-' : '';
  const s = String(Math.abs(minor)).padStart(exp + 1, '0');
  return exp === 0 ? `${sign}${s}` : `${sign}${s.slice(0, -exp)}.${s.slice(-exp)}`;
}

export function formatMoney(m: Money): string {
  return `${minorToDecimal(m.minor, m.currency)} ${m.currency}`;
}

/**
 * Reads money from any of: {"value": "1234.50", "currency": "USD"}, {"minor": 123450, "currency":
 * "USD"}, or "1234.50 USD". A JS number as `value` is refused: it may already have lost cents.
 */
export function readMoney(r: FieldReader, raw: unknown, field: string): Money | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'string') {
    const m = /^\s*(\S+)\s+([A-Za-z]{3})\s*$/.exec(raw);
    if (!m) r.fail(field, `expected "<decimal> <currency>" such as "1250.00 USD", got ${JSON.stringify(raw)}`);
    return toMoney(r, m[1]!, m[2]!.toUpperCase(), field);
  }
  const o = r.object(raw, field);
  const currency = r.optString(o.currency, `${field}.currency`);
  if (currency === undefined || !/^[A-Za-z]{3}$/.test(currency)) r.fail(`${field}.currency`, 'required: a 3-letter ISO 4217 code');
  const ccy = currency.toUpperCase();
  if (o.minor !== undefined) {
    if (typeof o.minor !== 'number' || !Number.isSafeInteger(o.minor)) r.fail(`${field}.minor`, 'expected a whole number of minor units');
    return { currency: ccy, minor: o.minor };
  }
  if (typeof o.value === 'number') r.fail(`${field}.value`, 'give amounts as decimal strings ("1250.00") or integer "minor" units, never as JSON numbers');
  const value = r.optString(o.value ?? o.amount, `${field}.value`);
  if (value === undefined) r.fail(`${field}.value`, 'required');
  return toMoney(r, value, ccy, field);
}

export function toMoney(r: FieldReader, value: string, currency: string, field: string): Money {
  const minor = decimalToMinor(value, currency);
  if (typeof minor === 'string') r.fail(field, minor);
  return { currency, minor };
}

/**
 * Exchange rates as decimal strings per one unit of `base` ("1 USD = 3.6725 AED"). Converting uses
 * integer arithmetic on rates scaled by 1e9 and rounds half away from zero to the target's minor unit.
 */
export interface FxTable {
  base: string;
  rates: Record<string, string>;
}

const SCALE = 1_000_000_000n;

function scaledRate(fx: FxTable, currency: string): bigint | undefined {
  if (currency === fx.base) return SCALE;
  const r = fx.rates[currency];
  if (r === undefined) return undefined;
  const m = /^(\d+)(?:\.(\d{1,9}))?$/.exec(r);
  if (!m) return undefined;
  return BigInt(m[1]!) * SCALE + BigInt((m[2] ?? '').padEnd(9, '0'));
}

/** `m` in `to`'s minor units, or undefined when the table has no rate for one of the currencies. */
export function convertMinor(m: Money, to: string, fx: FxTable): number | undefined {
  if (m.currency === to) return m.minor;
  const from = scaledRate(fx, m.currency);
  const target = scaledRate(fx, to);
  if (from === undefined || target === undefined || from === 0n) return undefined;
  // minor_to = minor_from * 10^(e_to - e_from) * target / from
  let num = BigInt(m.minor) * target * 10n ** BigInt(exponent(to));
  const den = from * 10n ** BigInt(exponent(m.currency));
  const neg = num < 0n;
  if (neg) num = -num;
  const q = (num * 2n + den) / (den * 2n);
  return Number(neg ? -q : q);
}
