/**
 * index.ts candidates() with the engine's refusal bound (session 12): a name whose own tokens
 * surely lose enough (tokens nothing in the query may pair with, singly, merged or split) is not
 * returned. It may only drop names the scorer could not lift to that bound, so every name dropped
 * must score under it; the rest must come back as before. Checked on UN names respelt (joined, cut,
 * misspelt) and shortened (a listed name longer than the query loses its extra tokens), against
 * the names candidates() returns without the bound.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QueryForms } from '../../src/matching/index.js';
import type { PreparedName } from '../../src/matching/prepared.js';
import { scoreNames, type PairChecks, type SimilarityFn } from '../../src/matching/score.js';
import { q, rng, unEngine, unParties } from './helpers.js';
import { everyNthPartySpelt, hinted, mergeSpellings, type EngineInternals } from './merge-hint-fixtures.js';

interface Index {
  forms(qn: PreparedName): QueryForms;
  candidates(qn: PreparedName, needed: number, forms?: QueryForms, refusable?: number): number[];
}

/** Respellings that exercise merged and split pairings, and the name without its last word and without its first. */
function spellings(full: string, next: () => number): string[] {
  const words = full.split(/\s+/).filter((w) => w !== '');
  const out = mergeSpellings(full, next, 'e');
  if (words.length > 2) out.push(words.slice(0, -1).join(' '), words.slice(1).join(' '));
  return out;
}

describe('candidates() with the listed tokens\' certain loss', async () => {
  const engine = await unEngine();
  const internals = engine as unknown as EngineInternals;
  const index = internals.index as unknown as Index;
  const parties = await unParties();
  const next = rng(0x5e55_1201);
  const queries = everyNthPartySpelt(parties, 3, (full) => spellings(full, next));

  it('drops only names that score under the refusal bound, and keeps the others in order', () => {
    let returned = 0;
    let dropped = 0;
    let withInitials = 0;
    for (const text of queries) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = hinted(internals, pq);
      pq.names.forEach((qn, qi) => {
        const forms = index.forms(qn);
        const initial = qn.tokens.some((t) => t.role === 'initial');
        for (const refusable of [0.35, 0.55, 0.75]) {
          const all = index.candidates(qn, refusable, forms);
          const kept = index.candidates(qn, refusable, forms, refusable);
          const keptSet = new Set(kept);
          assert.deepEqual(kept, all.filter((id) => keptSet.has(id)), `${qn.full}: not a subsequence`);
          if (initial) {
            // A query initial pairs with listed tokens no list holds: the test is not taken.
            assert.deepEqual(kept, all, `${qn.full}: names dropped for a query with an initial`);
            withInitials++;
          }
          for (const id of all) {
            if (keptSet.has(id)) continue;
            const ln = internals.names[id] as PreparedName;
            const score = scoreNames(qn, ln, false, memo.sims[qi] as SimilarityFn, memo.checks[qi] as PairChecks).score;
            assert.ok(score < refusable, `${qn.full} | ${ln.full}: dropped at ${refusable}, scores ${score}`);
            dropped++;
          }
          returned += all.length;
        }
      });
    }
    assert.ok(returned > 10_000, `${returned} candidates checked`);
    // It is worth having: a good share of the names are dropped.
    assert.ok(dropped > returned / 5, `${dropped} of ${returned} dropped`);
    assert.ok(withInitials > 0, 'no query with an initial');
  });

  it('drops nothing without a refusal bound', () => {
    for (const text of queries.slice(0, 300)) {
      for (const qn of engine.prepareQuery(q({ name: text })).names) {
        const forms = index.forms(qn);
        assert.deepEqual(index.candidates(qn, 0.5, forms, -Infinity), index.candidates(qn, 0.5, forms));
      }
    }
  });
});
