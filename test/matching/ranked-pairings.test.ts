/**
 * score.ts scoreNames in two halves (session 13): rankPairings (the pairings the scorer may choose,
 * in the order it tries them) and pairUp (the choice). A ranking kept by its caller (rankPairings'
 * `into`) may be chosen from plainly and in detail. Exact only if the plain and detailed choices
 * over one ranking equal scoreNames' (memoised and direct) and choosing does not change the
 * ranking: checked on the candidates of UN names written joined, cut and misspelt, and on screen()
 * against screenExhaustive() with explanations compared.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreparedName } from '../../src/matching/prepared.js';
import { RankedPairings } from '../../src/matching/ranked-pairings.js';
import { pairUp, rankPairings, scoreNames, type PairChecks, type SimilarityFn } from '../../src/matching/score.js';
import { q, rng, unEngine, unParties } from './helpers.js';
import { everyNthPartySpelt, hinted, mergeSpellings, type EngineInternals } from './merge-hint-fixtures.js';

describe('ranked pairings chosen twice (score.ts rankPairings, pairUp)', async () => {
  const engine = await unEngine();
  const internals = engine as unknown as EngineInternals;
  const parties = await unParties();
  const next = rng(0x5e55_1302);
  const queries = everyNthPartySpelt(parties, 5, (full) => [full, ...mergeSpellings(full, next, 'u')]);

  it('gives scoreNames plain and detailed from one ranking, which choosing leaves as it was', () => {
    let pairs = 0;
    const kept = new RankedPairings();
    for (const text of queries) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = hinted(internals, pq);
      pq.names.forEach((qn, qi) => {
        const sim = memo.sims[qi] as SimilarityFn;
        const checks = memo.checks[qi] as PairChecks;
        const hints = memo.hints[qi];
        for (const id of internals.index.candidates(qn, 0.2)) {
          const ln = internals.names[id] as PreparedName;
          const ranked = rankPairings(qn, ln, sim, checks, hints, id, kept);
          const before = JSON.stringify(ranked);
          assert.deepEqual(pairUp(qn, ln, ranked, false, false), scoreNames(qn, ln, false, sim, checks, hints, id), `${qn.full} | ${ln.full}: plain`);
          const detailed = pairUp(qn, ln, ranked, true, false);
          assert.deepEqual(detailed, scoreNames(qn, ln, true, sim, checks, hints, id), `${qn.full} | ${ln.full}: detailed`);
          // The memoised detail equals the direct scorer's, costs included.
          assert.deepEqual(detailed, scoreNames(qn, ln, true), `${qn.full} | ${ln.full}: direct`);
          assert.equal(JSON.stringify(ranked), before, `${qn.full} | ${ln.full}: the ranking changed`);
          pairs++;
        }
      });
    }
    assert.ok(pairs > 5_000, `${pairs} pairs checked`);
  });

  it('explains screen() matches as screenExhaustive() does', () => {
    let nonEmpty = 0;
    for (const text of queries.filter((_, i) => i % 7 === 0)) {
      const query = q({ name: text });
      const fast = engine.screen(query, { limit: 10, minScore: 0.3 });
      assert.deepEqual(fast, engine.screenExhaustive(query, { limit: 10, minScore: 0.3 }), text);
      if (fast.length > 0) nonEmpty++;
    }
    assert.ok(nonEmpty > 50, `${nonEmpty} non-empty`);
  });
});
