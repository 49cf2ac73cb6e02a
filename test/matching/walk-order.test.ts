import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { walkOrder, type Unit } from '../../src/matching/retrieval-plan.js';
import { rng } from './helpers.js';

/** A unit with only what the walk order reads (weight, position). */
function unit(weight: number, position: number): Unit {
  return { weight, position, maxCredit: 0, vocab: new Int32Array(0), credits: [], first: 0, postings: 0 };
}

describe('walkOrder (buildPlan orders its units by insertion, not Array.prototype.sort)', () => {
  it('gives the order the comparator sort it replaced gives: heaviest first, ties by position', () => {
    const next = rng(1511);
    const weights = [0.3, 2.2, 2.2, 4.15, 7.5, 10, 1.2000000000000002, 1.2];
    let tied = 0;
    for (let round = 0; round < 2000; round++) {
      const n = Math.floor(next() * 9);
      const units: Unit[] = [];
      for (let i = 0; i < n; i++) units.push(unit(weights[Math.floor(next() * weights.length)] as number, i));
      // Positions are unique per plan but not in weight order.
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = units[i] as Unit;
        units[i] = units[j] as Unit;
        units[j] = t;
      }
      const expected = [...units].sort((x, y) => y.weight - x.weight || x.position - y.position);
      if (new Set(units.map((u) => u.weight)).size < units.length) tied++;
      walkOrder(units);
      assert.deepEqual(units.map((u) => u.position), expected.map((u) => u.position));
    }
    assert.ok(tied > 500, `${tied} rounds with tied weights`);
  });
});
