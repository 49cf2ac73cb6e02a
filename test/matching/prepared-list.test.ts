/**
 * prepareList weighs and interns each shared analysed token once (prepared.ts Interning, and
 * assignWeights' listed weights): the ids and weights must be those of weighing and interning
 * every listed token on its own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syntheticList } from '../../bench/synthetic-list.js';
import { formKey } from '../../src/matching/index.js';
import { prepareList } from '../../src/matching/prepared-list.js';
import { tokenWeight } from '../../src/matching/prepared.js';
import { unParties } from './helpers.js';

function assertTokenByToken(list: ReturnType<typeof prepareList>): number {
  const ids = new Map<string, number>();
  let tokens = 0;
  for (const n of list.names) {
    let total = 0;
    for (const t of n.tokens) {
      tokens++;
      const key = formKey(t);
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      assert.equal(t.id, id, `${t.folded}: id`);
      assert.equal(t.weight, tokenWeight(t, list.freq), `${t.folded}: weight`);
      total += t.weight;
    }
    assert.equal(n.totalWeight, total, n.full);
  }
  assert.equal(list.vocab.length, ids.size);
  return tokens;
}

describe('prepareList', async () => {
  const un = await unParties();
  it('gives the UN list the ids and weights of interning and weighing token by token', () => {
    assert.ok(assertTokenByToken(prepareList(un)) > 10_000);
  });
  it('the same on a synthetic list, whose tokens mostly repeat, prepared twice (the second time from the kept analyses)', () => {
    const parties = syntheticList(3000, 'prepared-list');
    assert.ok(assertTokenByToken(prepareList(parties)) > 7000);
    assert.ok(assertTokenByToken(prepareList(parties)) > 7000);
    // Another list after it: the ids kept with the shared analyses belong to the list that asked.
    assertTokenByToken(prepareList(un.slice(0, 200)));
  });
});
