/**
 * index.ts markUnitSets leaves a unit unmarked when UnitSetBounds.decides says its bit changes no
 * answer the admitting walks ask (session 14): a walk of admitting unit a asks mayReach(M | bit a),
 * M the bits marked on the name, so leaving bit b out of every M must give the same answers. Checked
 * by brute force over every M and every admitting unit, on the plans of respelt UN names at several
 * needed scores; and decides must answer both ways there (else the check proves nothing).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreparedName, PreparedQuery } from '../../src/matching/prepared.js';
import type { QueryForms } from '../../src/matching/index.js';
import type { RetrievalPlan } from '../../src/matching/retrieval-plan.js';
import { unitBit, UnitSetBounds } from '../../src/matching/unit-marks.js';
import { q, unEngine, unParties } from './helpers.js';

interface Internals {
  index: { forms(q: PreparedName): QueryForms; plan(q: PreparedName, forms: QueryForms): RetrievalPlan };
  prepareQuery(query: unknown): PreparedQuery;
}

describe('units whose bit decides nothing (unit-marks.ts UnitSetBounds.decides)', () => {
  it('leaving such a unit unmarked changes no admitting walk\'s answer', async () => {
    const engine = (await unEngine()) as unknown as Internals;
    const parties = await unParties();
    const bounds = new UnitSetBounds();
    let skipped = 0;
    let kept = 0;
    for (let p = 0; p < parties.length; p += 7) {
      const party = parties[p] as { names: { full: string }[] };
      for (const n of party.names.slice(0, 2)) {
        // A respelling (a letter dropped from the longest token) reaches entries besides the name's own.
        const words = n.full.split(' ');
        const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
        const respelt = words.map((w) => (w === longest && w.length > 4 ? w.slice(0, 2) + w.slice(3) : w)).join(' ');
        for (const qn of engine.prepareQuery(q({ name: [respelt] })).names) {
          const plan = engine.index.plan(qn, engine.index.forms(qn));
          const units = plan.units.length;
          if (units < 2 || units > 5) continue;
          const used = (1 << units) - 1;
          for (const needed of [0.3, 0.5, 0.7, 0.85]) {
            bounds.begin(plan, needed, 1e-9);
            for (let admitting = 1; admitting <= units; admitting++) {
              const admittingBits = (1 << admitting) - 1;
              for (let j = 1; j < units; j++) {
                const bit = unitBit(j);
                if (bounds.decides(bit, used, admittingBits)) {
                  kept++;
                  continue;
                }
                skipped++;
                for (let marks = 0; marks <= used; marks++) {
                  if ((marks & 1) !== 0 || (marks & bit) === 0) continue;
                  for (let a = 0; a < admitting; a++) {
                    const ask = unitBit(a);
                    assert.equal(bounds.mayReach((marks & ~bit) | ask), bounds.mayReach(marks | ask), `${qn.full} at ${needed}: unit ${j} left out, marks ${marks}, walk ${a}`);
                  }
                }
              }
            }
          }
        }
      }
    }
    assert.ok(skipped > 100 && kept > 100, `both answers met (${skipped} left out, ${kept} marked)`);
  });
});
