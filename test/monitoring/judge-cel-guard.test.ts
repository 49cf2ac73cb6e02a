import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../eval/lib/prng.js';
import { compile, ruleEnvironment } from '../../src/monitoring/cel.js';
import { falsityGuard } from '../../src/monitoring/cel-guard.js';
import { loadReference } from '../../src/monitoring/reference/load.js';
import { prepareReference } from '../../src/monitoring/reference/prepared.js';
import { RulePack } from '../../src/monitoring/rule-pack.js';

const reference = prepareReference(loadReference());
const env = ruleEnvironment(reference.data.fx);
const run = (program: (a: Record<string, unknown>) => unknown, a: Record<string, unknown>): unknown => {
  try {
    return program(a);
  } catch (err) {
    return err;
  }
};
const show = (a: unknown): string => JSON.stringify(a, (_k, x) => (x instanceof Map ? 'Map' : typeof x === 'bigint' ? `${x}n` : Number.isNaN(x) ? 'NaN' : x));

// Numbers of both CEL types around the shipped parameters' values, the values a comparison must not
// decide on (strings, booleans, null, Maps, objects, missing), and lists of several lengths for size().
const NUMBERS: unknown[] = [0, 1, 2, 3, 9, 10, 0.3, 0.29, 0.31, -1, -0.5, 2.5, 365, 1e9, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0n, 3n, -2n];
const MONEY: unknown[] = [
  { currency: 'EUR', minor: 300 }, { currency: 'EUR', minor: 30_000 }, { currency: 'USD', minor: 30_000_000n }, { currency: 'AED', minor: 50_000_00 }, { currency: 'XXX', minor: 1 },
  { currency: 'EUR' }, new Map<string, unknown>([['currency', 'EUR'], ['minor', 30_000]]), Object.assign(Object.create(null), { currency: 'EUR', minor: 1_000_000_00 }),
];
const OTHERS: unknown[] = [true, false, '', '3', null, undefined, new Map([['a', 1]]), { a: 1 }, [], ['a'], ['one-way-ticket', 'loan-drawn', 'asset-sale'], ['a', 'b', 'c', 'd'], ...MONEY, ...MONEY];

describe('judging: falsity guards of numeric comparisons and money calls (cel-guard.ts)', () => {
  it('say false only where CEL gives false, for every shipped rule with its effective parameters', () => {
    const pack = RulePack.build(reference);
    const rng = new Rng('judge-cel-guard');
    let skipped = 0;
    for (const r of pack.rules) {
      if (!r.surelyFalse) continue;
      const fields = [...r.rule.def.when.matchAll(/\b(event|screening|geo|oil|art|kfr|npo|ftf)\.(\w+)/g)].map((m) => [m[1]!, m[2]!] as const);
      for (let i = 0; i < 2000; i++) {
        // Parameters as configured, or (one time in four) a random money value in place of one.
        const p: Record<string, unknown> = { ...r.rule.params };
        if (rng.chance(0.25)) for (const k of Object.keys(p)) if (rng.chance(0.5)) p[k] = rng.pick(MONEY);
        const a: Record<string, unknown> = { p, event: {}, screening: {}, geo: [], oil: {}, art: {}, kfr: {}, npo: {}, ftf: {} };
        for (const [v, f] of fields) {
          const value = rng.chance(0.5) ? rng.pick(NUMBERS) : rng.pick(OTHERS);
          if (value !== undefined) (a[v] as Record<string, unknown>)[f] = value;
        }
        if (r.surelyFalse(a)) {
          skipped++;
          assert.equal(run(r.when, a), false, `${r.rule.def.code}: the guard said false for ${show(a)}`);
        }
      }
    }
    assert.ok(skipped > 2000, `${skipped} evaluations skipped`);
  });

  it('agree with CEL on every operator, operand form and value type', () => {
    const rng = new Rng('judge-cel-compare');
    const operands = ['ftf.a', 'p.b', 'size(ftf.l)', '2', '2.0', '0', '1.5'];
    let decided = 0;
    for (const op of ['<', '<=', '>', '>=']) {
      for (const left of operands) {
        for (const right of operands) {
          const source = `${left} ${op} ${right}`;
          const when = compile(env, source, source);
          const guard = falsityGuard(when);
          assert.ok(guard, `a guard for ${source}`);
          for (let i = 0; i < 200; i++) {
            const a: Record<string, unknown> = { ftf: {}, p: {} };
            const pick = (): unknown => (rng.chance(0.6) ? rng.pick(NUMBERS) : rng.pick(OTHERS));
            for (const [o, f] of [['ftf', 'a'], ['p', 'b'], ['ftf', 'l']] as const) {
              const value = f === 'l' && rng.chance(0.6) ? rng.pick(OTHERS.filter(Array.isArray)) : pick();
              if (value !== undefined) (a[o] as Record<string, unknown>)[f] = value;
            }
            const result = run(when, a);
            if (guard(a)) {
              decided++;
              assert.equal(result, false, `${source}: the guard said false for ${show(a)}`);
            } else if (typeof (a.ftf as Record<string, unknown>).a === 'number' && typeof (a.p as Record<string, unknown>).b === 'number' && Array.isArray((a.ftf as Record<string, unknown>).l)) {
              // Every operand readable: the guard must decide whenever CEL says false.
              assert.notEqual(result, false, `${source}: the guard missed a false for ${show(a)}`);
            }
          }
        }
      }
    }
    assert.ok(decided > 2000, `${decided} decided`);
  });

  it('call the money functions as CEL does, and decide only on plain objects', () => {
    const pack = RulePack.build(reference);
    const ftf2 = pack.rules.find((r) => r.rule.def.code === 'FTF-2')!;
    const base = { outgoing: true, riskAreas: ['Raqqa'], firstTime: true };
    const at = (amount: unknown) => ({ ftf: base, event: { amount }, p: ftf2.rule.params });
    // EUR 200-5,000 by default: EUR 10,000 is outside (false, skipped), EUR 300 inside (evaluated).
    assert.equal(ftf2.surelyFalse!(at({ currency: 'EUR', minor: 1_000_000 })), true);
    assert.equal(ftf2.surelyFalse!(at({ currency: 'EUR', minor: 30_000 })), false);
    assert.equal(ftf2.when(at({ currency: 'EUR', minor: 30_000 })), true);
    // A Map or a missing amount is left to CEL.
    assert.equal(ftf2.surelyFalse!(at(new Map<string, unknown>([['currency', 'EUR'], ['minor', 1_000_000]]))), false);
    assert.equal(ftf2.surelyFalse!({ ftf: base, event: {}, p: ftf2.rule.params }), false);
    // Without the implementations, the call decides nothing.
    assert.equal(falsityGuard(compile(env, 'moneyGte(event.amount, p.minAmount)', 't')), undefined);
  });

  it('skip the count rules that ran the evaluator on nearly every payment', () => {
    const pack = RulePack.build(reference);
    const rule = (code: string) => pack.rules.find((r) => r.rule.def.code === code)!;
    const ftf3 = rule('FTF-3');
    assert.equal(ftf3.surelyFalse!({ ftf: { liquidation: [] }, p: ftf3.rule.params }), true);
    assert.equal(ftf3.surelyFalse!({ ftf: { liquidation: ['asset-sale', 'loan-drawn', 'one-way-ticket'] }, p: ftf3.rule.params }), false);
    const npo1 = rule('NPO-1');
    assert.equal(npo1.surelyFalse!({ npo: { charityReceipts: 0, outVia: 'channel msb' }, p: npo1.rule.params }), true);
    assert.equal(npo1.surelyFalse!({ npo: { charityReceipts: 3, outVia: 'channel msb' }, p: npo1.rule.params }), false);
    // A parameter that is not a number (a user's configuration could only make it one, but the
    // guard does not rely on that) leaves the rule to CEL.
    assert.equal(npo1.surelyFalse!({ npo: { charityReceipts: 0, outVia: 'channel msb' }, p: { minReceipts: '3' } }), false);
  });
});
