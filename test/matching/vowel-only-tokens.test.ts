/**
 * Engine 1.16.0: a word of vowels only (IO of IO Musoni, OE, the acronym AIAI) has an empty
 * skeleton, and up to 1.15.0 such a token had no retrieval key, so it met nothing, not even itself:
 * the UN list's own names "IO Musoni" (CDi.017) and "AL-ITIHAAD AL-ISLAMIYA / AIAI" (QDe.002),
 * screened exactly as listed, did not alert (since 1.33.0 the latter is two names, so its acronym
 * AIAI is screened alone). Now such tokens share the empty skeleton's keys and the
 * distance decides, as for any pair (prepared.ts isIndexable). Real UN records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { q, unEngine } from './helpers.js';

describe('words of vowels only', () => {
  it('a listed name holding one alerts when screened as listed', async () => {
    const e = await unEngine();
    for (const [schema, name, ref, word] of [
      ['Person', 'IO Musoni', 'CDi.017', 'io'],
      // Since 1.33.0 the listed "AL-ITIHAAD AL-ISLAMIYA / AIAI" is two names, the acronym one of them.
      ['Organization', 'AIAI', 'QDe.002', 'aiai'],
      ['Person', 'Dorda Abuzed OE', 'LYi.006', 'oe'],
    ] as const) {
      const hit = e.screen(q({ schema, name }), { limit: 1 })[0];
      assert.equal(hit?.referenceNumber, ref, name);
      assert.ok(hit?.match === true, `${name}: ${hit?.score}`);
      const pairing = hit?.explanation.name?.tokens.find((t) => t.query.some((x) => x.text === word));
      assert.equal(pairing?.kind, 'exact', `${name}: ${word} is ${pairing?.kind}`);
    }
  });

  it('two different ones are not paired on their empty skeletons alone', async () => {
    const e = await unEngine();
    const r = e.compare(q({ schema: 'Person', name: 'Ai Musoni' }), q({ schema: 'Person', name: 'IO Musoni' }));
    const ai = r.explanation.name?.tokens.find((t) => t.query.some((x) => x.text === 'ai'));
    assert.equal(ai?.kind, 'unmatched-query');
    assert.ok(r.score < e.compare(q({ schema: 'Person', name: 'Io Musoni' }), q({ schema: 'Person', name: 'IO Musoni' })).score);
  });
});
