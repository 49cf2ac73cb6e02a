/**
 * Money in reports: integer minor units in, decimal strings out. Never through a binary float, so
 * 0.1 + 0.2 cannot change a figure an FIU reads. BigInt carries the digits, so an amount in Iraqi
 * dinar fils or Syrian piastres of any size stays exact.
 *
 * How many minor units a currency has is a fact about the currency (ISO 4217), and FIUs sometimes
 * book differently; it comes from the FIU profile (`currencyExponents`), 2 when the profile is silent.
 */

export interface Money {
  /** ISO 4217 code, upper case. */
  currency: string;
  /** Integer minor units (cents, fils...). A string holds amounts beyond 2^53 exactly. */
  minor: number | string;
}

export type Exponents = Readonly<Record<string, number>>;

export function exponentOf(currency: string, exponents: Exponents): number {
  return exponents[currency] ?? 2;
}

/** The minor units as a BigInt, or an error message naming what is wrong. */
export function minorUnits(m: Money): bigint | string {
  if (typeof m.minor === 'number') {
    if (!Number.isSafeInteger(m.minor)) return `minor must be a whole number of minor units, not ${m.minor}`;
    return BigInt(m.minor);
  }
  if (typeof m.minor === 'string' && /^-?\d{1,30}$/.test(m.minor)) return BigInt(m.minor);
  return `minor must be a whole number of minor units (a number or a string of digits), not ${JSON.stringify(m.minor)}`;
}

/** 123456 minor units of a 2-exponent currency -> "1234.56"; of IQD (3) -> "123.456". */
export function minorToDecimal(minor: bigint, exponent: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const frac = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

export function moneyToDecimal(m: Money, exponents: Exponents): string {
  const units = minorUnits(m);
  if (typeof units === 'string') throw new RangeError(units);
  return minorToDecimal(units, exponentOf(m.currency, exponents));
}

/** "1234.56 USD", for people (HTML, messages). */
export function formatMoney(m: Money, exponents: Exponents): string {
  return `${moneyToDecimal(m, exponents)} ${m.currency}`;
}

/**
 * Units of `local` per one unit of `foreign`, as a decimal string rounded half-up to `places`
 * fraction digits. Computed from the two booked amounts (both facts the bank has) rather than taken
 * from a rate table: the report must state the rate the transaction was actually booked at.
 */
export function exchangeRate(local: Money, foreign: Money, exponents: Exponents, places = 6): string {
  const l = minorUnits(local);
  const f = minorUnits(foreign);
  if (typeof l === 'string') throw new RangeError(l);
  if (typeof f === 'string') throw new RangeError(f);
  if (f === 0n) throw new RangeError('cannot derive an exchange rate from a zero foreign amount');
  // rate = (l / 10^el) / (f / 10^ef) = l * 10^ef / (f * 10^el); scaled by 10^places for the digits kept.
  const el = BigInt(exponentOf(local.currency, exponents));
  const ef = BigInt(exponentOf(foreign.currency, exponents));
  let num = l * 10n ** (ef + BigInt(places));
  let den = f * 10n ** el;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const negative = num < 0n;
  const abs = negative ? -num : num;
  const q = abs / den;
  const rounded = (abs % den) * 2n >= den ? q + 1n : q;
  return minorToDecimal(negative ? -rounded : rounded, places);
}
