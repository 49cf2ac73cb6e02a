import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormTable } from '../../src/matching/form-table.js';
import { formKey } from '../../src/matching/index.js';
import { prepareList } from '../../src/matching/prepared-list.js';
import { prepareName, type PreparedToken } from '../../src/matching/prepared.js';
import { unParties } from './helpers.js';

/** NameIndex.matches files its lists in a FormTable where it once used a Map by formKey: the two must file alike. */
describe('FormTable', () => {
  it('finds a value exactly where a Map by formKey does, for the UN vocabulary and query tokens', async () => {
    const parties = await unParties();
    const { vocab } = prepareList(parties);
    const table = new FormTable<number>();
    const byKey = new Map<string, number>();
    for (let v = 0; v < vocab.length; v++) {
      const t = vocab[v] as PreparedToken;
      assert.equal(table.get(t), undefined, `entry ${v} (${t.folded}) filed once`);
      table.set(t, v);
      byKey.set(formKey(t), v);
    }
    assert.equal(table.size, vocab.length);
    // The vocabulary holds forms that share a folded form and differ elsewhere (the Abd particle and
    // the name folded alike, a written spelling, an alternative): the fields must tell them apart.
    const folded = new Map<string, number>();
    for (const t of vocab) folded.set(t.folded, (folded.get(t.folded) ?? 0) + 1);
    assert.ok([...folded.values()].filter((n) => n > 1).length > 10, 'folded forms shared by several entries');
    // Query tokens: the same names written again (new token objects), then spelt otherwise and in
    // other roles, so both hits and misses are asked.
    let asked = 0;
    let hits = 0;
    for (const p of parties.slice(0, 800)) {
      for (const n of p.names) {
        for (const full of [n.full, n.full.toUpperCase(), `${n.full}a`, `Abd ${n.full}`, `${n.full.charAt(0)}. ${n.full}`]) {
          for (const t of prepareName(full, 0, 0, 'query', 'good').tokens) {
            const want = byKey.get(formKey(t));
            assert.equal(table.get(t), want, `${full}: ${t.folded} ${t.role}`);
            asked++;
            if (want !== undefined) hits++;
          }
        }
      }
    }
    assert.ok(hits > 1000 && asked - hits > 1000, `hits ${hits} of ${asked}`);
  });

  it('tells apart forms that differ in any one field, and forgets everything when cleared', async () => {
    const [t] = prepareName('Abdullah', 0, 0, 'query', 'good').tokens as PreparedToken[];
    const base = t as PreparedToken;
    const variants: PreparedToken[] = [
      base,
      { ...base, abjad: !base.abjad },
      { ...base, alt: 'xyz' },
      { ...base, initial: 'q' },
      { ...base, role: 'initial' },
      { ...base, role: 'abd' },
      { ...base, written: `${base.written}x` },
    ];
    const table = new FormTable<number>();
    variants.forEach((v, i) => table.set(v, i));
    variants.forEach((v, i) => assert.equal(table.get({ ...v }), i, `variant ${i}`));
    // Roles other than initial and abd are one form (formKey's role number), and no alternative is the empty one.
    assert.equal(table.get({ ...base, role: base.role === 'name' ? 'nisba' : 'name' }), 0);
    assert.equal(table.get({ ...base, alt: base.alt ?? '' }), 0);
    table.clear();
    assert.equal(table.size, 0);
    assert.equal(table.get(base), undefined);
  });
});
