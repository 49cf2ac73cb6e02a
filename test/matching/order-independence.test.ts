/**
 * "Same input, same list version: same output, always" (issue 3), whatever the engine screened
 * before: its caches (analysed names, per-token-form similarity lists, split and joined lists) may
 * only save work. Up to engine 1.8.0 the similarity-list cache was keyed without the token's Abd
 * role, so the Abd particle عبد and the name عابد (both folded "abd", with different retrieval
 * keys) shared an entry: "مجيد عبد" met QDi.054 at 0.7768 on a fresh engine and at 0.6997 after
 * "عابد" had been screened.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MatchEngine } from '../../src/matching/engine.js';
import { benchQueries } from '../../bench/queries.js';
import { BoundedMemo, clearProcessMemos } from '../../src/names/bounded-memo.js';
import { q, unParties } from './helpers.js';

async function freshEngine(): Promise<MatchEngine> {
  return MatchEngine.build(await unParties(), { listVersions: [{ source: 'un', hash: 'order-test' }] });
}

const OPTIONS = { limit: 10, minScore: 0.3 };

/** Reference numbers and scores of a result, for a readable failure message. */
function brief(json: string): string {
  return (JSON.parse(json) as { referenceNumber: string; score: number }[]).map((m) => `${m.referenceNumber} ${m.score}`).join(', ');
}

describe('screening does not depend on what the engine screened before', () => {
  it('the Abd particle and a name of the same letters do not share a cached similarity list', async () => {
    const target = q({ schema: 'Person', name: 'مجيد عبد' });
    const fresh = JSON.stringify((await freshEngine()).screen(target, OPTIONS));
    for (const first of ['عابد', 'عبد', 'Abid', 'عبد الله']) {
      const e = await freshEngine();
      e.screen(q({ schema: 'Person', name: first }), OPTIONS);
      const after = JSON.stringify(e.screen(target, OPTIONS));
      assert.ok(after === fresh, `after screening ${first}: ${brief(after)} instead of ${brief(fresh)}`);
    }
  });

  it('the benchmark mix gives the same output in forward and reverse order', async () => {
    const parties = await unParties();
    const raw = benchQueries(parties, 600, 'order-independence');
    const queries = raw.map((x) => q({ id: x.id, schema: x.schema, name: x.name }));
    const forward = await freshEngine();
    const backward = await freshEngine();
    const a = queries.map((x) => JSON.stringify(forward.screen(x, OPTIONS)));
    const b: string[] = new Array(queries.length);
    for (let i = queries.length - 1; i >= 0; i--) b[i] = JSON.stringify(backward.screen(queries[i]!, OPTIONS));
    const differing = a.map((x, i) => (x === b[i] ? '' : raw[i]!.name)).filter((x) => x !== '');
    assert.deepEqual(differing, []);
  });

  it('the process-wide word memos only save work: emptied between two engines, the output is the same', async () => {
    const parties = await unParties();
    const raw = benchQueries(parties, 400, 'process-memos');
    const queries = raw.map((x) => q({ id: x.id, schema: x.schema, name: x.name }));
    const warmEngine = await freshEngine();
    // Memos warm from this file's earlier tests and from the first screening of each query.
    const warm = queries.map((x) => JSON.stringify(warmEngine.screen(x, OPTIONS)));
    const probe = BoundedMemo.processWide<string, number>(10);
    probe.set('x', 1);
    clearProcessMemos();
    assert.equal(probe.size, 0, 'clearProcessMemos empties every process-wide memo');
    const coldEngine = await freshEngine();
    const cold: string[] = new Array(queries.length);
    for (let i = queries.length - 1; i >= 0; i--) cold[i] = JSON.stringify(coldEngine.screen(queries[i]!, OPTIONS));
    const differing = warm.map((x, i) => (x === cold[i] ? '' : raw[i]!.name)).filter((x) => x !== '');
    assert.deepEqual(differing, []);
  });
});
