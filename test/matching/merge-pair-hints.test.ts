/**
 * memo.ts MergeHints.pairBits (session 13): the index's splitNames keeps the adjacent pairs a cut of
 * a query token meets, by the flat position of their left token, and the bound and the scorer read
 * the merged pairing's key check from them instead of asking cutMatches (or the per-query memo that
 * stood for it). Exact only if bit i of pairBits(id, j) is set exactly where cutMatches(query token
 * i, tokens j and j + 1 of listed name id) holds: checked both ways on every adjacent pair of the
 * candidates of UN names written joined, cut, misspelt and extended. A pair bit read for the wrong
 * name or the wrong pair of it (a position off by one, another name's tokens) fails here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreparedName, PreparedToken } from '../../src/matching/prepared.js';
import { cutMatches, type MergeHints } from '../../src/matching/score.js';
import { q, rng, unEngine, unParties } from './helpers.js';
import { everyNthPartySpelt, hinted, mergeSpellings, type EngineInternals } from './merge-hint-fixtures.js';

describe('merge pair hints (memo.ts MergeHints.pairBits)', async () => {
  const engine = await unEngine();
  const internals = engine as unknown as EngineInternals;
  const parties = await unParties();
  const next = rng(0x5e55_1301);
  const queries = everyNthPartySpelt(parties, 3, (full) => [full, ...mergeSpellings(full, next, 'o')]);

  it('sets bit i of a pair exactly where cutMatches holds for query token i and that pair', () => {
    let set = 0;
    let clear = 0;
    for (const text of queries) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = hinted(internals, pq);
      pq.names.forEach((qn, qi) => {
        const hints = memo.hints[qi] as MergeHints | undefined;
        assert.ok(hints !== undefined, `${qn.full}: no hints`);
        const qt = qn.tokens;
        for (const id of internals.index.candidates(qn, 0.2)) {
          const ln = internals.names[id] as PreparedName;
          const lt = ln.tokens;
          for (let j = 0; j + 1 < lt.length; j++) {
            const bits: number = hints.pairBits(id, j);
            for (let i = 0; i < qt.length; i++) {
              const a = qt[i] as PreparedToken;
              // The hints leave initials out (none of the scorer's merged pairings starts from one).
              const expected = a.role !== 'initial' && cutMatches(a, lt[j] as PreparedToken, lt[j + 1] as PreparedToken);
              assert.equal(((bits >> i) & 1) !== 0, expected, `${qn.full} | ${ln.full}: token ${i} against tokens ${j}, ${j + 1}`);
              if (expected) set++;
              else clear++;
            }
            // No bit beyond the query name's own tokens.
            assert.equal(bits >>> qt.length, 0, `${qn.full} | ${ln.full}: bits past the name`);
          }
        }
      });
    }
    assert.ok(set > 1_000 && clear > 20_000, `${set} set, ${clear} clear`);
  });
});
