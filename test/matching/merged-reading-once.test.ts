/**
 * Retrieval (index.ts candidates) credits a query token's merged reading (the token cut in two,
 * meeting two adjacent listed tokens) and its single reading under one unit number, so a name both
 * reach gets the better credit once, not both added. The scorer pairs each query token at most once
 * (score.ts usedQ), so the bound stays an upper bound. Checked on a synthetic list, where common
 * compound names (Abdulrahman / Abdul Rahman) make both readings reach the same names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MatchEngine } from '../../src/matching/engine.js';
import type { NameIndex, QueryForms } from '../../src/matching/index.js';
import type { PreparedName } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { scoreNames } from '../../src/matching/score.js';
import { benchQueries } from '../../bench/queries.js';
import { syntheticList } from '../../bench/synthetic-list.js';

const parties = syntheticList(20_000);
const engine = MatchEngine.build(parties, { listVersions: [{ source: 'synthetic', hash: 'test' }] });
// The index and the prepared names are private: read them for the test only.
const inner = engine as unknown as { index: NameIndex; names: PreparedName[] };
const queries = benchQueries(parties, 300, 'bench-synthetic-v1').map((b) => engine.prepareQuery(parseQuery({ schema: b.schema, name: b.name })));
const NEEDED = 0.3;

describe('a query token credited once across its merged and single readings', () => {
  it('keeps every name a merged reading reaches whose score reaches the needed score', () => {
    let checked = 0;
    let reaching = 0;
    for (const pq of queries) {
      for (const qn of pq.names) {
        const forms: QueryForms = inner.index.forms(qn);
        const found = new Set(inner.index.candidates(qn, NEEDED, forms));
        const reached = new Set<number>();
        for (const ids of forms.split) for (const id of ids) reached.add(id);
        for (const id of reached) {
          checked++;
          if (scoreNames(qn, inner.names[id] as PreparedName).score < NEEDED) continue;
          reaching++;
          assert.ok(found.has(id), `${qn.tokens.map((t) => t.folded).join(' ')} ~ name ${id}`);
        }
      }
    }
    // The check must have had something to check.
    assert.ok(checked > 10_000, `${checked} names checked`);
    assert.ok(reaching > 0, `${reaching} names reaching the needed score`);
  });

  it('admits fewer candidates than crediting both readings did', () => {
    let total = 0;
    for (const pq of queries) for (const qn of pq.names) total += inner.index.candidates(qn, NEEDED).length;
    // 57,120 when both readings were credited (engine 1.9.0 before session 7); 54,963 once.
    assert.ok(total <= 54_963, `${total} candidates`);
  });

  it('gives screen() the exhaustive scorer\'s answers on queries with merged readings', () => {
    let compared = 0;
    for (const pq of queries.slice(0, 60)) {
      const withSplit = pq.names.some((qn) => inner.index.forms(qn).split.some((ids) => ids.length > 0));
      if (!withSplit) continue;
      const opts = { minScore: 0.3, limit: 10 };
      const fast = engine.screen(pq.query, opts).map((m) => `${m.entityId} ${m.score}`);
      const slow = engine.screenExhaustive(pq.query, opts).map((m) => `${m.entityId} ${m.score}`);
      assert.deepEqual(fast, slow, pq.query.name.join(' | '));
      compared++;
    }
    assert.ok(compared > 5, `${compared} queries compared`);
  });
});
