/**
 * memo.ts MergeHints and their use in score.ts pairBound (session 6): the index's per-form lists say
 * which merged and split pairings a listed name could take part in, and pairBound drops the merge
 * allowance where they say none can. A clear bit must be certain (the scorer could not make such a
 * pairing), so pairBound with hints must stay at or above the name score; it may only be lower than
 * pairBound without them. Checked on UN names written with tokens joined, split, misspelt and
 * extended, against every listed name the index returns at a low needed score.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreparedName, PreparedToken } from '../../src/matching/prepared.js';
import { cutMatches, formSimilarity, joinedAt, lengthsCompatible, pairBound, queryJoinMatches, scoreNames, type MergeHints, type PairChecks, type SimilarityFn } from '../../src/matching/score.js';
import { TOKEN } from '../../src/matching/weights.js';
import { q, rng, unEngine, unParties } from './helpers.js';
import { everyNthPartySpelt, hinted, mergeSpellings, type EngineInternals } from './merge-hint-fixtures.js';

/** Spellings that exercise merged and split pairings: words run together, a word cut in two, slips, and all run together after an Abd. */
function spellings(full: string, next: () => number): string[] {
  const words = full.split(/\s+/).filter((w) => w !== '');
  return [...mergeSpellings(full, next, 'a'), `Abd ${words.join('')}`];
}

describe('merge hints (memo.ts MergeHints) in pairBound', async () => {
  const engine = await unEngine();
  const internals = engine as unknown as EngineInternals;
  const parties = await unParties();
  const next = rng(0x5e55_1006);
  const queries = everyNthPartySpelt(parties, 3, (full) => spellings(full, next));

  it('keeps pairBound at or above the name score, never above pairBound without hints, and leaves the scorer as it was', () => {
    let pairs = 0;
    let tighter = 0;
    for (const text of queries) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = hinted(internals, pq);
      pq.names.forEach((qn, qi) => {
        const sim = memo.sims[qi] as SimilarityFn;
        const checks = memo.checks[qi] as PairChecks;
        const hints = memo.hints[qi];
        assert.ok(hints !== undefined, `${qn.full}: no hints`);
        for (const id of internals.index.candidates(qn, 0.2)) {
          const ln = internals.names[id] as PreparedName;
          const score = scoreNames(qn, ln, false, sim, checks).score;
          const bound = pairBound(qn, ln, sim, checks, -Infinity, hints, id);
          const plain = pairBound(qn, ln, sim, checks);
          // The similarity rows (memo.ts) only skip pairs the memo answers 0 for: the same bound.
          assert.ok(memo.rows[qi] !== undefined, `${qn.full}: no rows`);
          assert.equal(pairBound(qn, ln, sim, checks, -Infinity, hints, id, memo.rows[qi]), bound, `${qn.full} | ${ln.full}: rows changed the bound`);
          // The flat copy of the listed tokens (listed-tokens.ts) reads the same ids, weights and similarities.
          assert.equal(pairBound(qn, ln, sim, checks, -Infinity, hints, id, memo.rows[qi], internals.index.listed), bound, `${qn.full} | ${ln.full}: the flat tokens changed the bound`);
          assert.ok(bound + 1e-9 >= score, `${qn.full} | ${ln.full}: bound ${bound} below score ${score}`);
          assert.ok(bound <= plain, `${qn.full} | ${ln.full}: hints loosened the bound (${bound} > ${plain})`);
          if (bound < plain) tighter++;
          // The scorer skips only tests the hints say fail: the same pairings, the same score.
          assert.deepEqual(scoreNames(qn, ln, true, sim, checks, hints, id), scoreNames(qn, ln, true), `${qn.full} | ${ln.full}: scorer changed`);
          pairs++;
        }
      });
    }
    assert.ok(pairs > 20_000, `${pairs} pairs checked`);
    // Worth having: the hints tighten the bound for a good share of the candidates.
    assert.ok(tighter > pairs / 10, `${tighter} of ${pairs} tightened`);
  });

  it('clears a bit only where the scorer can make no such pairing', () => {
    let clear = 0;
    let set = 0;
    for (const text of queries.filter((_, i) => i % 3 === 0)) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = hinted(internals, pq);
      for (const [qi, qn] of pq.names.entries()) {
        const ids = internals.index.candidates(qn, 0.2);
        const hints = memo.hints[qi] as MergeHints;
        const qt = qn.tokens;
        for (const id of ids) {
          const ln = internals.names[id] as PreparedName;
          const lt = ln.tokens;
          for (let i = 0; i < qt.length; i++) {
            const a = qt[i] as PreparedToken;
            // Merged: some adjacent pair of listed tokens whose keys meet a cut of token i.
            let cut = false;
            for (let j = 0; j + 1 < lt.length; j++) if (a.role !== 'initial' && cutMatches(a, lt[j] as PreparedToken, lt[j + 1] as PreparedToken)) cut = true;
            if (((hints.nameBits(id) >> i) & 1) === 0) {
              assert.ok(!cut, `${qn.full} | ${ln.full}: merge of token ${i} hinted impossible`);
              clear++;
            } else set++;
            if (i + 1 >= qt.length) continue;
            // Split: tokens i and i + 1 written together against one listed token, as scoreNames tests it.
            const c = qt[i + 1] as PreparedToken;
            for (const b of lt) {
              if (((hints.entryBits(b.id) >> i) & 1) !== 0) {
                set++;
                continue;
              }
              clear++;
              if (a.role === 'initial' || c.role === 'initial' || b.role === 'initial') continue;
              const joined = joinedAt(qn, i);
              const possible =
                lengthsCompatible(b.folded.length, joined.length, a.abjad || b.abjad || c.abjad) &&
                queryJoinMatches(qn, i, b) &&
                formSimilarity(joined, a.abjad || c.abjad, b.folded, b.abjad).similarity >= TOKEN.mergeMinSimilarity;
              assert.ok(!possible, `${qn.full} | ${ln.full}: split of tokens ${i}, ${i + 1} with ${b.text} hinted impossible`);
            }
          }
        }
      }
    }
    assert.ok(clear > 10_000 && set > 500, `${clear} clear, ${set} set`);
  });

  it('screen() equals screenExhaustive() on joined and split spellings, with near misses', () => {
    const keyOf = (ms: { entityId: string; score: number }[]): string => ms.map((m) => `${m.entityId}@${m.score}`).sort().join(',');
    let nonEmpty = 0;
    for (const text of queries.filter((_, i) => i % 10 === 0)) {
      const query = q({ name: text });
      const exhaustive = keyOf(engine.screenExhaustive(query, { limit: 1000, minScore: 0.3 }));
      assert.equal(keyOf(engine.screen(query, { limit: 1000, minScore: 0.3 })), exhaustive, text);
      if (exhaustive !== '') nonEmpty++;
    }
    assert.ok(nonEmpty > 200, `${nonEmpty} non-empty`);
  });
});
