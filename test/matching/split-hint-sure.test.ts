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
import type { PreparedName, PreparedQuery, PreparedToken } from '../../src/matching/prepared.js';
import { mayMergeKeyed, type MergeHints, type PairChecks, type SimilarityFn } from '../../src/matching/score.js';
import { q, rng, unEngine, unParties } from './helpers.js';

interface QueryMemo {
  sims: SimilarityFn[];
  checks: PairChecks[];
  hints: (MergeHints | undefined)[];
}
interface EngineInternals {
  names: PreparedName[];
  index: { candidates(qn: PreparedName, needed: number): number[] };
  memo(pq: PreparedQuery): QueryMemo;
  prepareHints(pq: PreparedQuery, memo: QueryMemo): void;
}

function variants(full: string, next: () => number): string[] {
  const words = full.split(/\s+/).filter((w) => w !== '');
  const out = [full];
  for (let i = 0; i + 1 < words.length; i++) out.push([...words.slice(0, i), `${words[i]}${words[i + 1]}`, ...words.slice(i + 2)].join(' '));
  words.forEach((w, i) => {
    if (w.length < 5) return;
    const cut = 2 + Math.floor(next() * (w.length - 3));
    out.push([...words.slice(0, i), w.slice(0, cut), w.slice(cut), ...words.slice(i + 1)].join(' '));
  });
  const chars = [...full];
  const at = Math.floor(next() * chars.length);
  if (chars[at] !== ' ') out.push([...chars.slice(0, at), 'e', ...chars.slice(at + 1)].join(''));
  return out;
}

describe('split hints as a sure merge allowance (score.ts pairBound)', async () => {
  const engine = await unEngine();
  const internals = engine as unknown as EngineInternals;
  const parties = await unParties();
  const next = rng(0x5e55_1008);
  const queries: string[] = [];
  parties.forEach((p, k) => {
    if (k % 2 !== 0) return;
    const n = p.names[k % p.names.length];
    if (n) queries.push(...variants(n.full, next));
  });

  it('sets a split bit only where mayMerge holds for both tokens of the pair', () => {
    let sure = 0;
    let asked = 0;
    for (const text of queries) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = internals.memo(pq);
      internals.prepareHints(pq, memo);
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
