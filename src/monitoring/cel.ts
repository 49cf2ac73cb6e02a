/**
 * The CEL runtime for rules. One Environment per rule pack, built once: variables are dynamic
 * maps (the facts are plain objects), and a few functions CEL lacks are registered:
 *
 *   moneyGte(amount, threshold)          amount >= threshold, converting with the FX table
 *   moneyBetween(amount, low, high)      low <= amount <= high, likewise
 *   convertible(amount, currency)        whether the FX table can convert amount to currency
 *   daysBetween("2015-01-01", "2015-03-01") -> 59.0
 *
 * Money compares in integer minor units (BigInt inside the conversion), never as floats; when no
 * rate exists the comparison is false and the rule's evidence can say why (convertible()).
 * Numbers in facts are JS numbers, so CEL sees them as doubles: write 0.30 or 10.0 in arithmetic
 * (comparisons accept 10 as well). Integer literals in evidence come back as BigInt and are turned
 * into numbers by plain().
 */
import { Environment } from '@marcbachmann/cel-js';
import { convertMinor, type FxTable, type Money } from './money.js';

export const RULE_VARIABLES = ['event', 'screening', 'geo', 'oil', 'art', 'kfr', 'npo', 'ftf', 'p'] as const;

export type CelProgram = (activation: Record<string, unknown>) => unknown;

/** The money functions' implementations over raw values, as CEL calls them (registered below; cel-guard.ts calls them too). */
export interface MoneyFunctions {
  moneyGte(a: unknown, t: unknown): boolean;
  moneyBetween(a: unknown, lo: unknown, hi: unknown): boolean;
  convertible(a: unknown, ccy: string): boolean;
}

export function moneyFunctions(fx: FxTable): MoneyFunctions {
  const asMoney = (m: unknown): Money | undefined => {
    const o = m instanceof Map ? Object.fromEntries(m) : (m as Record<string, unknown> | null);
    if (!o || typeof o.currency !== 'string') return undefined;
    const minor = typeof o.minor === 'bigint' ? Number(o.minor) : o.minor;
    return typeof minor === 'number' ? { currency: o.currency, minor } : undefined;
  };
  const inCcy = (a: unknown, ccy: string): number | undefined => {
    const m = asMoney(a);
    return m ? convertMinor(m, ccy, fx) : undefined;
  };
  return {
    moneyGte: (a, t) => {
      const th = asMoney(t);
      const v = th ? inCcy(a, th.currency) : undefined;
      return th !== undefined && v !== undefined && v >= th.minor;
    },
    moneyBetween: (a, lo, hi) => {
      const l = asMoney(lo);
      const h = asMoney(hi);
      if (!l || !h) return false;
      const vl = inCcy(a, l.currency);
      const vh = inCcy(a, h.currency);
      return vl !== undefined && vh !== undefined && vl >= l.minor && vh <= h.minor;
    },
    convertible: (a, ccy) => inCcy(a, ccy) !== undefined,
  };
}

export function ruleEnvironment(fx: FxTable): Environment {
  const env = new Environment({ unlistedVariablesAreDyn: false, homogeneousAggregateLiterals: false });
  for (const v of RULE_VARIABLES) env.registerVariable(v, 'dyn');
  const money = moneyFunctions(fx);
  env.registerFunction('moneyGte(dyn, dyn): bool', money.moneyGte);
  env.registerFunction('moneyBetween(dyn, dyn, dyn): bool', money.moneyBetween);
  env.registerFunction('convertible(dyn, string): bool', money.convertible);
  env.registerFunction('daysBetween(string, string): double', (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000);
  return env;
}

export function compile(env: Environment, source: string, what: string): CelProgram {
  try {
    return env.parse(source) as unknown as CelProgram;
  } catch (err) {
    throw new Error(`${what}: invalid CEL: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** CEL results as plain JSON-ready values: BigInt -> number, Map -> object. */
export function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Map) return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), plain(x)]));
  if (v instanceof Date) return v.toISOString();
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
