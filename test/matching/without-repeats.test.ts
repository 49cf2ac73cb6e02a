import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenKeys, withoutRepeats } from '../../src/matching/prepared.js';
import { distinctUnTokens, rng } from './helpers.js';

describe('withoutRepeats (tokenKeys drops repeated keys without a Set)', () => {
  it('keeps the first occurrence of each key, in order, as [...new Set(keys)] did', () => {
    const next = rng(2026);
    const pool = ['k:MHMD', 'k:HMD', 'k:MMD', 'p:MHMT', 'u:mhmd', 'u:hmd', 'd:M_', 'd:_M', ''];
    let repeated = 0;
    for (let round = 0; round < 3000; round++) {
      const keys: string[] = [];
      const n = Math.floor(next() * 16);
      // Built by concatenation, as tokenKeys builds them: equal keys are equal strings, not one object.
      for (let i = 0; i < n; i++) keys.push(`${(pool[Math.floor(next() * pool.length)] as string).slice(0, 1)}${(pool[Math.floor(next() * 3)] as string).slice(1)}`);
      const expected = [...new Set(keys)];
      if (expected.length < keys.length) repeated++;
      assert.deepEqual(withoutRepeats([...keys]), expected);
    }
    assert.ok(repeated > 1000, `${repeated} rounds with a repeat`);
  });

  it('gives UN tokens the keys a Set would (each key once)', async () => {
    const tokens = await distinctUnTokens(400);
    let total = 0;
    for (const t of tokens) {
      const keys = tokenKeys(t);
      assert.equal(new Set(keys).size, keys.length);
      total += keys.length;
    }
    assert.ok(total > 2000, `${total} keys`);
  });
});
