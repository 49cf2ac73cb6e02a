/**
 * index.ts candidates(): the early stop per count of initials. A name none of the units so far hit
 * is admitted only when its own initials could still lift it to the needed score, so a few listed
 * names with many initials no longer keep every other name admissible. These tests build a
 * synthetic list with and without such names and check that (1) screening still equals the
 * exhaustive scorer, names with many initials included, and (2) the names admitted per query do
 * not grow with the one many-initials name (they did: the stop was taken at the list's largest
 * count of initials for every name).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyParty, type SanctionedParty } from '../../src/lists/model.js';
import { MatchEngine } from '../../src/matching/engine.js';
import { parseQuery } from '../../src/matching/query.js';
import { benchQueries } from '../../bench/queries.js';
import { syntheticList } from '../../bench/synthetic-list.js';

const meta = { listVersions: [{ source: 'test', hash: 'test' }] };

function party(ref: string, full: string): SanctionedParty {
  const p = emptyParty('test', ref, 'person');
  p.names.push({ type: 'primary', full, quality: 'good' });
  return p;
}

/** Names the index admitted for one query name (its scratch `touched` list after candidates()). */
function admittedPerQuery(engine: MatchEngine, names: string[]): number {
  const index = (engine as unknown as { index: { candidates(q: unknown, needed: number): number[]; touched: number[] } }).index;
  let total = 0;
  for (const name of names) {
    const pq = engine.prepareQuery(parseQuery({ name, schema: 'Person' }));
    for (const qn of pq.names) {
      index.candidates(qn, 0.5);
      total += index.touched.length;
    }
  }
  return total;
}

describe('early stop per count of initials', () => {
  // The synthetic list without its parties that carry an initial: a list whose largest count of
  // initials is 0, to which the names below add counts up to 5.
  const all = syntheticList(6000, 'initials-early-stop');
  const probe = MatchEngine.build(all, meta) as unknown as { names: { party: number }[]; index: { initials: Uint8Array } };
  const hasInitial = new Set<number>();
  probe.names.forEach((n, id) => {
    if ((probe.index.initials[id] as number) > 0) hasInitial.add(n.party);
  });
  const base = all.filter((_, p) => !hasInitial.has(p));
  const manyInitials = [
    party('INI.1', 'A. B. C. D. E. Karimov'),
    party('INI.2', 'M. A. H. Rahman'),
    party('INI.3', 'S. Ali'),
    party('INI.4', 'M. M. Hassan Omar'),
  ];
  const withInitials = MatchEngine.build([...base, ...manyInitials], meta);
  const without = MatchEngine.build(base, meta);
  const queries = benchQueries(base, 60, 'initials-early-stop-q').map((q) => q.name);

  it('one listed name of five initials does not make every name admissible', () => {
    const plain = admittedPerQuery(without, queries);
    const mixed = admittedPerQuery(withInitials, queries);
    assert.ok(plain > 0);
    // The four added names may be admitted themselves. With one stop at the list's largest count of
    // initials (5) this read 11,348 against 6,650 without them; per count, 6,674.
    // The list left holds no initial at all. Up to 1.128.0 its initials were all its organisations'
    // dotted legal forms read as letters (S.p.A.: 28 parties); since 1.129.0 there are none to drop.
    const withoutIndex = (without as unknown as { index: { initials: Uint8Array } }).index;
    assert.ok(base.length > 2000 && withoutIndex.initials.every((n) => n === 0));
    assert.ok(mixed <= plain * 1.05 + 4 * queries.length, `admitted ${mixed} with the initials names, ${plain} without`);
  });

  it('screen() equals screenExhaustive() on names with and without initials, near misses included', () => {
    const extra = ['A B C D E Karimov', 'A. B. Karimov', 'M A H Rahman', 'Mohammed Abdul Rahman', 'S Ali', 'Sami Ali', 'M. Hassan Omar', 'Mahmoud Mohammed Hassan Omar'];
    const opts = { threshold: 0.64, minScore: 0.3, limit: 50 };
    const keyOf = (ms: { entityId: string; score: number }[]): string => ms.map((m) => `${m.entityId}@${m.score}`).join(',');
    let nonEmpty = 0;
    for (const name of [...extra, ...queries.slice(0, 25)]) {
      const q = parseQuery({ name, schema: 'Person' });
      const exhaustive = keyOf(withInitials.screenExhaustive(q, opts));
      assert.equal(keyOf(withInitials.screen(q, opts)), exhaustive, name);
      if (exhaustive !== '') nonEmpty++;
    }
    assert.ok(nonEmpty >= 10, `${nonEmpty} queries with matches`);
  });
});
