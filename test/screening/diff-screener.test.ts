import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { SanctionedParty } from '../../src/lists/model.js';
import { readUnXml } from '../../src/lists/un.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery, type Query } from '../../src/matching/query.js';
import { DiffScreener } from '../../src/screening/diff-screener.js';
import { ParallelDiffScreener } from '../../src/screening/parallel-diff.js';
import { UN_2026 } from '../helpers/paths.js';

/**
 * The diff re-screen must give exactly what the engine of the whole list gives on the changed parties:
 * the same matches with the same scores (alerts carry them and replays compare them), whether it runs
 * in process or on worker threads.
 */
let parties: SanctionedParty[];
let full: MatchEngine;
let targets: SanctionedParty[];
let queries: Query[];
const REFS = ['QDi.299', 'QDi.006', 'IQi.074', 'QDe.115', 'TAi.154'];

before(async () => {
  parties = (await readUnXml({ path: UN_2026 })).parties;
  full = MatchEngine.build(parties, { listVersions: [{ source: 'un', hash: 'test' }] });
  targets = parties.filter((p) => REFS.includes(p.referenceNumber));
  // Names of the targets and of other listed parties (spelled as written, and a little off), and
  // names that are on no list.
  const names = [
    ...parties.slice(0, 150).map((p) => ({ schema: p.kind === 'person' ? 'Person' : 'Organization', name: p.names[0]!.full })),
    ...targets.map((p) => ({ schema: p.kind === 'person' ? 'Person' : 'Organization', name: p.names.at(-1)!.full })),
    { schema: 'Person', name: 'Abu Bakr al Bagdadi' },
    { schema: 'Person', name: 'Aiman al-Zawahri' },
    { schema: 'Person', name: 'Hans Müller' },
    { schema: 'Organization', name: 'Acme Trading GmbH' },
  ];
  queries = names.map((n, i) => parseQuery({ id: `q${i}`, ...n }));
});

function expected(q: Query): string[] {
  const ids = new Set(targets.map((t) => t.id));
  return full
    .screen(q, { limit: 50 })
    .filter((m) => m.match && ids.has(m.entityId))
    .map((m) => `${m.entityId}:${m.score}`);
}

test('in process: the same matches and scores as the whole-list engine on the targets, nothing else', () => {
  const screener = new DiffScreener(full, targets, { threshold: full.defaultThreshold });
  let found = 0;
  for (const q of queries) {
    const got = screener.screen(q).map((m) => `${m.entityId}:${m.score}`);
    assert.deepEqual(got, expected(q), q.name.join());
    found += got.length;
  }
  assert.ok(found >= targets.length, `only ${found} matches on ${targets.length} targets`);
  assert.ok(screener.candidates < queries.length / 2, `the prefilter let ${screener.candidates} of ${queries.length} through`);
});

test('no targets: nothing to screen, nothing found', () => {
  const screener = new DiffScreener(full, [], { threshold: full.defaultThreshold });
  assert.deepEqual(screener.screen(queries[0]!), []);
});

test('on worker threads: the same results, in the order of the queries', { timeout: 120_000 }, async () => {
  const pool = await ParallelDiffScreener.start(parties, full.listVersions, targets, full.defaultThreshold, 2);
  try {
    assert.equal(pool.threads, 2);
    // Three rounds of the queries: more than one batch (parallel-diff.ts BATCH), so both workers
    // answer and the answers must be put back in query order.
    const many = [...queries, ...queries, ...queries];
    const results = await pool.screen(many);
    assert.equal(results.length, many.length);
    results.forEach((matches, i) => assert.deepEqual(matches.map((m) => `${m.entityId}:${m.score}`), expected(many[i]!), `${i}: ${many[i]!.name.join()}`));
    assert.ok(pool.candidates > 0);
  } finally {
    await pool.close();
  }
});
