/**
 * index.ts joinedMatches refuses an entry whose presence bound (distance.ts: which letters each
 * side has) is past the cost a merged similarity of TOKEN.mergeMinSimilarity allows (session 7,
 * round 2). The refusal must drop only entries the distance would put below that floor: the joined
 * lists are compared with lists built without it, on UN names run together, misspelt and cut.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QueryForms, TokenMatches } from '../../src/matching/index.js';
import { letterMask, repeatMask } from '../../src/matching/distance.js';
import type { PreparedName, PreparedToken } from '../../src/matching/prepared.js';
import { formSimilarityAtLeast, presenceRefuses } from '../../src/matching/score.js';
import { TOKEN } from '../../src/matching/weights.js';
import { joinablePairs, joinedEntries, type JoinedIndexInternals } from '../../bench/joined-walk.js';
import { q, rng, unEngine, unParties } from './helpers.js';

interface IndexInternals extends JoinedIndexInternals {
  buildForms(qn: PreparedName): QueryForms;
}

/** joinedMatches' list for tokens a, b without the presence bound, and how many entries the bound refuses. */
function unbounded(index: IndexInternals, a: PreparedToken, b: PreparedToken): { list: TokenMatches; refused: number } {
  const { form, abjad, entries } = joinedEntries(index, a, b);
  const vocab: number[] = [];
  const similarity: number[] = [];
  let refused = 0;
  for (const v of entries) {
    const l = index.vocab[v] as PreparedToken;
    if (presenceRefuses(letterMask(form), repeatMask(form), form.length, letterMask(l.folded), repeatMask(l.folded), l.folded.length, abjad, l.abjad, TOKEN.mergeMinSimilarity)) refused++;
    const s = formSimilarityAtLeast(form, abjad, l.folded, l.abjad, TOKEN.mergeMinSimilarity);
    if (s >= TOKEN.mergeMinSimilarity) {
      vocab.push(v);
      similarity.push(s);
    }
  }
  return { list: { vocab: Int32Array.from(vocab), similarity: Float64Array.from(similarity) }, refused };
}

describe('presence bound in the joined lists (index.ts joinedMatches)', async () => {
  const engine = await unEngine();
  const index = (engine as unknown as { index: IndexInternals }).index;
  const next = rng(0x10_1ed5);
  const texts: string[] = [];
  (await unParties()).forEach((p, k) => {
    if (k % 5 !== 0) return;
    const full = p.names[k % p.names.length]?.full;
    if (!full) return;
    const words = full.split(/\s+/).filter((w) => w !== '');
    texts.push(full);
    const chars = [...full];
    const at = Math.floor(next() * chars.length);
    if (chars[at] !== ' ') texts.push([...chars.slice(0, at), 'u', ...chars.slice(at + 1)].join(''));
    const long = words.findIndex((w) => w.length >= 6);
    if (long >= 0) {
      const w = words[long] as string;
      texts.push([...words.slice(0, long), w.slice(0, 2), w.slice(2), ...words.slice(long + 1)].join(' '));
    }
  });

  it('keeps every entry at or above mergeMinSimilarity, as the lists without it', () => {
    let lists = 0;
    let entries = 0;
    let refused = 0;
    for (const text of texts) {
      for (const qn of engine.prepareQuery(q({ name: text })).names) {
        const forms = index.buildForms(qn);
        for (const [a, b, i] of joinablePairs(qn.tokens)) {
          const want = unbounded(index, a, b);
          const got = forms.joined[i] as TokenMatches;
          assert.deepEqual([...got.vocab], [...want.list.vocab], `${a.written || a.folded} ${b.written || b.folded}: entries`);
          assert.deepEqual([...got.similarity], [...want.list.similarity], `${a.written || a.folded} ${b.written || b.folded}: similarities`);
          lists++;
          entries += want.list.vocab.length;
          refused += want.refused;
        }
      }
    }
    assert.ok(lists > 1000, `only ${lists} joined lists`);
    assert.ok(entries > 100, `only ${entries} joined entries kept`);
    assert.ok(refused > 1000, `the bound refused only ${refused} entries`);
  });
});
