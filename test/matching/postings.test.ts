/**
 * postings.ts keeps every vocabulary entry's names in one flat array (session 14): each entry's
 * slice, its count and a filtered copy must be exactly the per-entry lists it was built from,
 * empty lists included (an entry no indexable token carries), and the UN index's postings must
 * list exactly the names whose indexable tokens carry each entry.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Postings } from '../../src/matching/postings.js';
import { isIndexable, type PreparedName } from '../../src/matching/prepared.js';
import { rng, unEngine } from './helpers.js';

describe('postings in one flat array (postings.ts)', () => {
  it('gives back each list, its count, and the lists filtered', () => {
    const next = rng(0x0051_4e05);
    const lists: number[][] = [];
    for (let v = 0; v < 300; v++) {
      const list: number[] = [];
      const n = next() < 0.2 ? 0 : Math.floor(next() * 12);
      let id = 0;
      for (let k = 0; k < n; k++) list.push((id += 1 + Math.floor(next() * 9)));
      lists.push(list);
    }
    const postings = Postings.fromLists(lists);
    const odd = postings.filter((id) => id % 2 === 1);
    for (let v = 0; v < lists.length; v++) {
      const list = lists[v] as number[];
      assert.deepEqual(Array.from(postings.of(v)), list, `entry ${v}`);
      assert.equal(postings.count(v), list.length);
      assert.deepEqual(Array.from(odd.of(v)), list.filter((id) => id % 2 === 1), `entry ${v}, filtered`);
    }
  });

  it('lists, on the UN index, exactly the names whose indexable tokens carry each entry', async () => {
    const engine = (await unEngine()) as unknown as { names: PreparedName[]; index: { postings: Postings; vocabularySize: number } };
    const expected: number[][] = Array.from({ length: engine.index.vocabularySize }, () => []);
    engine.names.forEach((name, id) => {
      for (const t of name.tokens) {
        const list = expected[t.id];
        if (t.id >= 0 && isIndexable(t) && list !== undefined && list[list.length - 1] !== id) list.push(id);
      }
    });
    let carried = 0;
    for (let v = 0; v < expected.length; v++) {
      assert.deepEqual(Array.from(engine.index.postings.of(v)), expected[v], `entry ${v}`);
      carried += (expected[v] as number[]).length;
    }
    assert.ok(carried > 10_000, `postings read (${carried})`);
  });
});
