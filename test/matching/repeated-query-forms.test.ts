/**
 * index.ts forms() keeps each query name's per-form lists on the prepared name object (session 7,
 * round 2), so a repeated query text (the engine hands out the same PreparedName for it) skips the
 * string keys and map lookups. The kept lists must be the ones a fresh build gives, and screening a
 * query the second time must give what it gave the first time and what an engine that never saw the
 * other queries gives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QueryForms } from '../../src/matching/index.js';
import { MatchEngine } from '../../src/matching/engine.js';
import type { PreparedName } from '../../src/matching/prepared.js';
import { q, rng, unEngine, unParties } from './helpers.js';

interface IndexInternals {
  forms(qn: PreparedName): QueryForms;
  buildForms(qn: PreparedName): QueryForms;
}

const OPTIONS = { limit: 10, minScore: 0.3 };

/** UN names as written, run together, cut in two and with one letter replaced. */
async function queryTexts(): Promise<string[]> {
  const next = rng(0x7e_0507);
  const out: string[] = [];
  (await unParties()).forEach((p, k) => {
    if (k % 7 !== 0) return;
    const full = p.names[k % p.names.length]?.full;
    if (!full) return;
    out.push(full);
    const words = full.split(/\s+/).filter((w) => w !== '');
    if (words.length >= 2) out.push([`${words[0]}${words[1]}`, ...words.slice(2)].join(' '));
    const long = words.findIndex((w) => w.length >= 6);
    if (long >= 0) {
      const w = words[long] as string;
      out.push([...words.slice(0, long), w.slice(0, 3), w.slice(3), ...words.slice(long + 1)].join(' '));
    }
    const chars = [...full];
    const at = Math.floor(next() * chars.length);
    if (chars[at] !== ' ') out.push([...chars.slice(0, at), 'e', ...chars.slice(at + 1)].join(''));
  });
  return out;
}

describe('per-name forms (index.ts forms) for repeated query names', async () => {
  const engine = await unEngine();
  const index = (engine as unknown as { index: IndexInternals }).index;
  const texts = await queryTexts();

  it('returns the same lists object for the same name, equal to a fresh build', () => {
    let names = 0;
    let withJoined = 0;
    for (const text of texts) {
      for (const qn of engine.prepareQuery(q({ name: text })).names) {
        const kept = index.forms(qn);
        assert.equal(index.forms(qn), kept, `${qn.full}: forms() built the lists again`);
        // The same engine hands out the same prepared name for the same text.
        assert.ok(engine.prepareQuery(q({ name: text })).names.includes(qn), `${qn.full}: a new prepared name`);
        assert.deepEqual(kept, index.buildForms(qn), `${qn.full}: kept lists differ from a fresh build`);
        names++;
        if (kept.joined.some((m) => m.vocab.length > 0)) withJoined++;
      }
    }
    assert.ok(names > 500, `only ${names} query names`);
    assert.ok(withJoined > 50, `only ${withJoined} names with a joined reading`);
  });

  it('screens a repeated query as the first time and as an engine that never saw the others', async () => {
    const queries = texts.map((text) => q({ schema: 'Person', name: text }));
    const first = queries.map((x) => JSON.stringify(engine.screen(x, OPTIONS)));
    const again = queries.map((x) => JSON.stringify(engine.screen(x, OPTIONS)));
    assert.deepEqual(again, first);
    const fresh = MatchEngine.build(await unParties(), { listVersions: [{ source: 'un', hash: 'test' }] });
    const backward: string[] = [];
    for (let i = queries.length - 1; i >= 0; i--) backward[i] = JSON.stringify(fresh.screen(queries[i]!, OPTIONS));
    assert.deepEqual(backward, first);
    assert.ok(first.filter((s) => s !== '[]').length > 300, 'too few queries with matches to compare');
  });
});
