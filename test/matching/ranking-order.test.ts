/**
 * ranked-pairings.ts ranks the scorer's pairings in typed columns by an index array (session 13,
 * r2). Up to 1.11.0 they were objects sorted by Array.prototype.sort (stable) with the comparator
 * below; the choice takes pairings in that order, so the new order must be the same one, ties
 * included: equal gains fall to rank, query and listed position, and a merged and a split pairing
 * at the same positions with the same gain stay in the order they were added. Checked on random
 * pairings drawn to tie often (both the insertion sort of short rankings and the typed array sort
 * of long ones) and on the rankings of the candidates of respelt UN names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreparedName } from '../../src/matching/prepared.js';
import { KIND_MERGED, KIND_SPLIT, RankedPairings } from '../../src/matching/ranked-pairings.js';
import { rankPairings, type PairChecks, type SimilarityFn } from '../../src/matching/score.js';
import { q, rng, unEngine, unParties } from './helpers.js';
import { everyNthPartySpelt, hinted, mergeSpellings, type EngineInternals } from './merge-hint-fixtures.js';

interface Added {
  at: number;
  gain: number;
  rank: number;
  q0: number;
  l0: number;
}

/** The order the scorer used up to 1.11.0: objects in the order added, stably sorted by this comparator. */
function directOrder(r: RankedPairings): number[] {
  const added: Added[] = [];
  for (let k = 0; k < r.count; k++) added.push({ at: k, gain: r.gain[k] as number, rank: r.rank[k] as number, q0: r.q0[k] as number, l0: r.l0[k] as number });
  added.sort((x, y) => y.gain - x.gain || x.rank - y.rank || x.q0 - y.q0 || x.l0 - y.l0);
  return added.map((a) => a.at);
}

function rankedOrder(r: RankedPairings): number[] {
  return Array.from(r.order.subarray(0, r.count));
}

describe('the ranking order of the scorer\'s pairings (ranked-pairings.ts)', () => {
  it('equals the stable object sort on random pairings that tie often, short and long', () => {
    const next = rng(0x5e55_1322);
    const r = new RankedPairings(4);
    const gains = [0.25, 0.5, 0.5 + 1e-15, 0.75, 1];
    let tiedMergeSplit = 0;
    for (let round = 0; round < 400; round++) {
      r.reset();
      const count = Math.floor(next() * 130);
      for (let k = 0; k < count; k++) {
        const gain = gains[Math.floor(next() * gains.length)] as number;
        const q0 = Math.floor(next() * 3);
        const l0 = Math.floor(next() * 3);
        if (next() < 0.5) r.add(gain, gain, 0, 1, 0, 0, q0, -1, l0, -1);
        else {
          // A merged and a split pairing at the same positions with the same gain: only the order added tells them apart.
          r.add(gain, gain, 0, 1, KIND_MERGED, 1, q0, -1, l0, l0 + 1);
          r.add(gain, gain, 0, 1, KIND_SPLIT, 1, q0, q0 + 1, l0, -1);
          tiedMergeSplit++;
        }
      }
      r.sort();
      assert.deepEqual(rankedOrder(r), directOrder(r), `round ${round}, ${r.count} pairings`);
    }
    assert.ok(tiedMergeSplit > 1_000);
  });

  it('equals the stable object sort on the rankings of respelt UN names', async () => {
    const engine = await unEngine();
    const internals = engine as unknown as EngineInternals;
    const parties = await unParties();
    const next = rng(0x5e55_1323);
    let rankings = 0;
    let withMerges = 0;
    for (const text of everyNthPartySpelt(parties, 7, (full) => [full, ...mergeSpellings(full, next, 'u')])) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = hinted(internals, pq);
      pq.names.forEach((qn, qi) => {
        for (const id of internals.index.candidates(qn, 0.2)) {
          const ln = internals.names[id] as PreparedName;
          const r = rankPairings(qn, ln, memo.sims[qi] as SimilarityFn, memo.checks[qi] as PairChecks, memo.hints[qi], id);
          assert.deepEqual(rankedOrder(r), directOrder(r), `${qn.full} | ${ln.full}`);
          if (Array.from(r.rank.subarray(0, r.count)).some((x) => x === 1)) withMerges++;
          rankings++;
        }
      });
    }
    assert.ok(rankings > 3_000 && withMerges > 100, `${rankings} rankings, ${withMerges} with merges`);
  });
});
