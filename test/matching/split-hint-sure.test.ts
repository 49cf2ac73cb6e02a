/**
 * score.ts pairBound reads a set split bit of the merge hints (memo.ts MergeHints.entryBits: the
 * listed token's entry is among the index's joinedMatches of query tokens k and k + 1) as a sure
 * "yes" to mayMerge(q, l, i, true) for i = k and i = k + 1, instead of asking the key-check memo
 * (session 8). Exact only if every such bit implies that answer: checked here on every (query
 * token, listed token) of the candidates of UN names written joined, cut, misspelt and extended,
 * against the unmemoised mayMergeKeyed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreparedName, PreparedToken } from '../../src/matching/prepared.js';
import { mayMergeKeyed } from '../../src/matching/score.js';
import { q, rng, unEngine, unParties } from './helpers.js';
import { everyNthPartySpelt, hinted, mergeSpellings, type EngineInternals } from './merge-hint-fixtures.js';

describe('split hints as a sure merge allowance (score.ts pairBound)', async () => {
  const engine = await unEngine();
  const internals = engine as unknown as EngineInternals;
  const parties = await unParties();
  const next = rng(0x5e55_1008);
  // Each name as listed, then joined, cut and misspelt.
  const queries = everyNthPartySpelt(parties, 2, (full) => [full, ...mergeSpellings(full, next, 'e')]);

  it('sets a split bit only where mayMerge holds for both tokens of the pair', () => {
    let sure = 0;
    let asked = 0;
    for (const text of queries) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = hinted(internals, pq);
      pq.names.forEach((qn, qi) => {
        const hints = memo.hints[qi];
        if (hints === undefined) return;
        for (const id of internals.index.candidates(qn, 0.2)) {
          const ln = internals.names[id] as PreparedName;
          let split = 0;
          for (const t of ln.tokens as PreparedToken[]) if (t.id >= 0) split |= hints.entryBits(t.id);
          const bits = split | (split << 1);
          for (let i = 0; i < qn.tokens.length; i++) {
            asked++;
            if (((bits >> i) & 1) === 0) continue;
            sure++;
            assert.ok(mayMergeKeyed(qn, ln, i), `${qn.full} | ${ln.full}: split bit for token ${i} but no merge or split can meet`);
          }
        }
      });
    }
    assert.ok(asked > 20_000, `${asked} (token, name) pairs asked`);
    assert.ok(sure > 500, `only ${sure} sure answers: the test no longer reaches the shortcut`);
  });
});
