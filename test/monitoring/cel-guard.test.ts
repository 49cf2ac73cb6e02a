import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../eval/lib/prng.js';
import { compile, ruleEnvironment } from '../../src/monitoring/cel.js';
import { falsityGuard } from '../../src/monitoring/cel-guard.js';
import { ALL_PACKS } from '../../src/monitoring/packs/index.js';
import { loadReference } from '../../src/monitoring/reference/load.js';

const env = ruleEnvironment(loadReference().fx);
const run = (program: (a: Record<string, unknown>) => unknown, a: Record<string, unknown>): unknown => {
  try {
    return program(a);
  } catch (err) {
    return err;
  }
};

describe('CEL falsity guards (cel-guard.ts)', () => {
  it('say false only where CEL gives false, over random activations of every shipped rule and edge values', () => {
    // Each field the guards read gets values of every type (the expected one, the wrong ones, missing),
    // so a guard that decided on a value it should not (a Map, a missing key, a number) would disagree.
    const rng = new Rng('cel-guard');
    const values: unknown[] = [true, false, '', 'x', [], ['a'], 0, 1, null, undefined, new Map([['a', 1]]), { a: 1 }];
    const rules = ALL_PACKS.flatMap((m) => m.rules).map((r) => ({ code: r.code, when: compile(env, r.when, r.code), params: r.params }));
    let skipped = 0;
    let guarded = 0;
    for (const r of rules) {
      const guard = falsityGuard(r.when);
      if (!guard) continue;
      guarded++;
      const fields = [...(r.when as unknown as { ast: { input: string } }).ast.input.matchAll(/\b(event|screening|geo|oil|art|kfr|npo|ftf)\.(\w+)/g)].map((m) => [m[1]!, m[2]!] as const);
      for (let i = 0; i < 1000; i++) {
        const a: Record<string, unknown> = { p: r.params, event: {}, screening: {}, geo: [], oil: {}, art: {}, kfr: {}, npo: {}, ftf: {} };
        for (const [v, f] of fields) {
          const value = rng.pick(values);
          if (value !== undefined) (a[v] as Record<string, unknown>)[f] = value;
        }
        if (guard(a)) {
          skipped++;
          assert.equal(run(r.when, a), false, `${r.code}: the guard said false for ${JSON.stringify(a, (_k, x) => (x instanceof Map ? 'Map' : x))}`);
        }
      }
    }
    assert.ok(guarded >= 15, `guards for ${guarded} shipped rules`);
    assert.ok(skipped > 1000, `${skipped} evaluations skipped`);
  });

  it('understands && (either side), || (both sides), !, != "" and numeric comparisons, and nothing else', () => {
    const g = (src: string) => falsityGuard(compile(env, src, 't'));
    assert.equal(g('ftf.a && ftf.b')!({ ftf: { a: true, b: false } }), true);
    assert.equal(g('ftf.a && ftf.b')!({ ftf: { a: true, b: true } }), false);
    assert.equal(g('ftf.a || ftf.b')!({ ftf: { a: false, b: true } }), false);
    assert.equal(g('ftf.a || ftf.b')!({ ftf: { a: false, b: false } }), true);
    assert.equal(g('!ftf.a')!({ ftf: { a: true } }), true);
    assert.equal(g('kfr.d != ""')!({ kfr: { d: '' } }), true);
    assert.equal(g('kfr.d != ""')!({ kfr: { d: 'x' } }), false);
    assert.equal(g('size(kfr.k) > 0')!({ kfr: { k: [] } }), true);
    assert.equal(g('size(kfr.k) > 0')!({ kfr: { k: new Map() } }), false);
    // A missing field is a CEL error, not false: no skip.
    assert.equal(g('ftf.a && ftf.b')!({ ftf: { a: true } }), false);
    // Comparisons of numbers (judge-cel-guard.test.ts checks them against CEL).
    assert.equal(g('ftf.a || ftf.n >= 2.0')!({ ftf: { a: false, n: 1 } }), true);
    assert.equal(g('ftf.a || ftf.n >= 2.0')!({ ftf: { a: false, n: 2 } }), false);
    assert.equal(g('size(ftf.k) > 1')!({ ftf: { k: ['x'] } }), true);
    // || with one side not understood decides nothing; neither do other forms.
    assert.equal(g('ftf.a || ftf.n + 1.0 >= 2.0'), undefined);
    assert.equal(g('ftf.a ? true : false'), undefined);
    assert.equal(g('ftf.liquidation.exists(s, s == "x")'), undefined);
  });
});
