import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdjacentKeyFilter, isCutKey, keyHash } from '../../src/matching/adjacent-key-filter.js';
import { prepareName, tokenKeys, type PreparedToken } from '../../src/matching/prepared.js';
import { cuts } from '../../src/matching/score.js';
import { q, unEngine, unParties } from './helpers.js';

/** Every adjacent pair of retrievable tokens in the real UN names, as (keys of b, keys of c). */
async function unAdjacentPairs(): Promise<[string[], string[]][]> {
  const out: [string[], string[]][] = [];
  for (const party of await unParties()) {
    for (const n of party.names) {
      const tokens = prepareName(n.full, 0, 0, n.type, n.quality).tokens;
      for (let j = 0; j + 1 < tokens.length; j++) {
        const kb = tokenKeys(tokens[j] as PreparedToken).filter(isCutKey);
        const kc = tokenKeys(tokens[j + 1] as PreparedToken).filter(isCutKey);
        if (kb.length > 0 && kc.length > 0) out.push([kb, kc]);
      }
    }
  }
  return out;
}

function filterOf(pairs: [string[], string[]][]): AdjacentKeyFilter {
  // Each pair is given its own two "vocabulary ids" (2i, 2i + 1): the filter only needs keys per id.
  return AdjacentKeyFilter.build(
    (visit) => pairs.forEach((_, i) => visit(2 * i, 2 * i + 1)),
    pairs.length * 2,
    (v) => (pairs[v >> 1] as [string[], string[]])[v & 1] as string[],
  );
}

describe('adjacent key filter (index splitNames pre-check)', async () => {
  const pairs = await unAdjacentPairs();
  const filter = filterOf(pairs);

  it('has no false negative: every key pair of every adjacent UN token pair is reported present', () => {
    assert.ok(pairs.length > 3000, `only ${pairs.length} adjacent pairs read from the UN list`);
    let missing = 0;
    for (const [kb, kc] of pairs) for (const l of kb) for (const r of kc) if (!filter.mayHave(l, r)) missing++;
    assert.equal(missing, 0);
  });

  it('rejects most key pairs that no adjacent tokens carry (false positives well under 10%)', () => {
    const present = new Set<string>();
    for (const [kb, kc] of pairs) for (const l of kb) for (const r of kc) present.add(`${l}\u0000${r}`);
    // Absent pairs made of real keys, swapped in order or combined across unrelated names.
    let absent = 0;
    let reported = 0;
    for (let i = 0; i + 7 < pairs.length && absent < 20_000; i += 3) {
      const l = (pairs[i + 7] as [string[], string[]])[1][0] as string;
      const r = (pairs[i] as [string[], string[]])[0][0] as string;
      if (present.has(`${l}\u0000${r}`)) continue;
      absent++;
      if (filter.mayHave(l, r)) reported++;
    }
    assert.ok(absent > 1000, `${absent}`);
    assert.ok(reported / absent < 0.1, `false positives ${reported} of ${absent}`);
  });

  it('lets through any pair that is not made of skeleton keys (it only knows those)', () => {
    assert.equal(filter.mayHave('p:xyz', 'k:abc'), true);
    assert.equal(filter.mayHave('k:abc', 'u:xyz'), true);
  });

  it('hashes strings deterministically (FNV-1a, 32 bits)', () => {
    assert.equal(keyHash(''), 0x811c9dc5);
    assert.equal(keyHash('k:bn'), keyHash('k:bn'));
    assert.notEqual(keyHash('k:bn'), keyHash('k:nb'));
  });

  it('the engine still meets a merged spelling through the filter (real record QDi.299)', async () => {
    const engine = await unEngine();
    const m = engine.screen(q({ name: 'Abubakr al-Baghdadi' }), { limit: 1 });
    assert.equal(m[0]?.referenceNumber, 'QDi.299');
    const merged = m[0]?.explanation.name?.tokens.find((t) => t.kind === 'merged');
    assert.deepEqual(merged?.listed.map((t) => t.text), ['abu', 'bakr']);
    assert.ok(cuts('abubakr').length > 0);
  });
});
