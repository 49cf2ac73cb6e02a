/**
 * score.ts pairBound (the engine's filter between the index and the scorer, session 5) and the
 * per-query key-check memo behind it (memo.ts PairCheckMemo). The filter may only refuse a listed
 * name the scorer could not lift to the needed score, so pairBound must never fall below
 * scoreNames; and the memo must answer every merged/split key check exactly as the string-set
 * checks do. Checked on UN names written many ways (typos, dropped, joined and split tokens,
 * initials, reordered) against every listed name the index returns for them at a low needed score.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PairCheckMemo } from '../../src/matching/memo.js';
import type { PreparedName, PreparedQuery, PreparedToken } from '../../src/matching/prepared.js';
import { candidateBound, mayMergeKeyed, pairBound, scoreNames, similarityBound, type PairChecks, type SimilarityFn } from '../../src/matching/score.js';
import { q, unEngine, unParties } from './helpers.js';

interface EngineInternals {
  names: PreparedName[];
  index: { candidates(qn: PreparedName, needed: number): number[]; vocabularySize: number };
  memo(pq: PreparedQuery): { sims: SimilarityFn[]; checks: PairChecks[] };
}

/** Variants of a listed name: the ways queries differ from records. */
function variants(full: string, k: number): string[] {
  const words = full.split(/\s+/).filter((w) => w !== '');
  const out = [full];
  if (words.length > 1) {
    out.push(words.slice(1).join(' '));
    out.push(words.slice(0, -1).join(' '));
    out.push([...words].reverse().join(' '));
    const i = k % (words.length - 1);
    out.push([...words.slice(0, i), (words[i] as string) + (words[i + 1] as string), ...words.slice(i + 2)].join(' '));
    out.push([`${(words[0] as string)[0]}.`, ...words.slice(1)].join(' '));
  }
  const long = words.findIndex((w) => w.length >= 6);
  if (long >= 0) {
    const w = words[long] as string;
    const cut = 2 + (k % (w.length - 3));
    out.push([...words.slice(0, long), w.slice(0, cut), w.slice(cut), ...words.slice(long + 1)].join(' '));
  }
  const chars = [...full];
  const at = (k * 7) % chars.length;
  if (chars[at] !== ' ') {
    const typo = [...chars];
    typo[at] = k % 2 === 0 ? 'e' : 'h';
    out.push(typo.join(''));
  }
  out.push(`${full} Ahmad`);
  out.push(`Abdul ${full}`);
  return out;
}

describe('pairBound and the per-query key-check memo', async () => {
  const engine = await unEngine();
  const internals = engine as unknown as EngineInternals;
  const parties = await unParties();
  const queries: string[] = [];
  let k = 0;
  for (const p of parties) {
    if (k++ % 4 !== 0) continue;
    const n = p.names[k % p.names.length];
    if (n) queries.push(...variants(n.full, k));
  }

  it('never falls below the name score, and never above the similarity bound', () => {
    let pairs = 0;
    let refused = 0;
    for (const text of queries) {
      const pq = engine.prepareQuery(q({ name: text }));
      const memo = internals.memo(pq);
      pq.names.forEach((qn, qi) => {
        const sim = memo.sims[qi] as SimilarityFn;
        const checks = memo.checks[qi] as PairChecks;
        for (const id of internals.index.candidates(qn, 0.2)) {
          const ln = internals.names[id] as PreparedName;
          const score = scoreNames(qn, ln, false, sim, checks).score;
          const bound = pairBound(qn, ln, sim, checks);
          assert.ok(bound + 1e-9 >= score, `${qn.full} | ${ln.full}: bound ${bound} below score ${score}`);
          assert.ok(bound <= similarityBound(qn, ln, sim, true) + 1e-9, `${qn.full} | ${ln.full}: above the similarity bound`);
          // The same without the memos (direct similarities and key checks): the same value.
          assert.equal(pairBound(qn, ln, (i, l) => sim(i, l)), bound, `${qn.full} | ${ln.full}: memo changed the bound`);
          if (bound < 0.5 && candidateBound(qn, ln, sim, 0.5) >= 0.5) refused++;
          pairs++;
        }
      });
    }
    assert.ok(pairs > 20_000, `${pairs} pairs checked`);
    // It is worth having: it refuses names the similarity bound lets through.
    assert.ok(refused > pairs / 20, `${refused} of ${pairs} refused only by pairBound`);
  });

  it('answers every key check and merge test as the string sets do, with and without its tables', () => {
    const vocabularySize = internals.index.vocabularySize;
    // The engine marks the vocabulary entries whose tokens all carry the same keys; since 1.9.0 the
    // intern key holds the Abd role, so on the UN list every entry is such. Some are marked
    // otherwise here, so that the direct path of the memo is exercised too.
    const engineMarks = (engine as unknown as { pairChecks: { cacheable: Uint8Array } }).pairChecks.cacheable;
    assert.ok(!engineMarks.includes(0), 'an interned vocabulary entry groups tokens with different keys');
    const cacheable = Uint8Array.from(engineMarks, (x, id) => (id % 7 === 3 ? 0 : x));
    const tabled = new PairCheckMemo(vocabularySize, cacheable);
    const direct = new PairCheckMemo(vocabularySize, cacheable, 0);
    let checked = 0;
    let yes = 0;
    for (const text of queries.slice(0, 1500)) {
      const pq = engine.prepareQuery(q({ name: text }));
      const flat: PreparedToken[] = pq.names.flatMap((n) => n.tokens);
      tabled.reset(flat);
      direct.reset(flat);
      let offset = 0;
      for (const qn of pq.names) {
        const a = tabled.checks(offset, qn);
        const b = direct.checks(offset, qn);
        offset += qn.tokens.length;
        for (const id of internals.index.candidates(qn, 0.2)) {
          const ln = internals.names[id] as PreparedName;
          const lt = ln.tokens;
          for (let i = 0; i < qn.tokens.length; i++) {
            // Twice: the second answer comes from the tables the first filled.
            for (let again = 0; again < 2; again++) {
              const answer = a.merge(i, ln);
              assert.equal(answer, mayMergeKeyed(qn, ln, i), `merge ${qn.full} | ${ln.full}`);
              assert.equal(answer, b.merge(i, ln), `merge ${qn.full} | ${ln.full}`);
            }
            for (let j = 0; j < lt.length; j++) {
              const l = lt[j] as PreparedToken;
              if (j + 1 < lt.length) {
                const answer = a.cut(i, l, lt[j + 1] as PreparedToken);
                assert.equal(answer, b.cut(i, l, lt[j + 1] as PreparedToken), `cut ${qn.full} | ${lt.map((t) => t.text).join(' ')}`);
                if (answer) yes++;
                checked++;
              }
              if (i + 1 < qn.tokens.length) {
                const answer = a.join(i, l);
                assert.equal(answer, b.join(i, l), `join ${qn.full} | ${lt.map((t) => t.text).join(' ')}`);
                if (answer) yes++;
                checked++;
              }
            }
          }
        }
      }
    }
    assert.ok(checked > 50_000 && yes > 100, `${checked} checks, ${yes} true`);
  });

  it('keeps a name whose score reaches the floor only once rounded (Irfan HALIM at 0.3)', () => {
    // The name score is just under what the floor 0.3 needs, and the final score rounds up to 0.3:
    // a filter on the unrounded name score refused such a name (found by bench/screen-equivalence.ts
    // against the session-4 engine, on Mamadou THIAM and GBi.011 MAMADU TURE; since 1.96.0 Mamadou
    // weighs as a common name and that pair scores lower). QDi.075 for Irfan HALIM is such a pair on
    // 1.96.0: its unrounded score was checked to lie in [0.29995, 0.3) with a hook in engine.ts combine.
    const found = engine.screen(q({ name: 'Irfan HALIM', schema: 'Person' }), { limit: 5, minScore: 0.3 });
    assert.ok(found.some((m) => m.referenceNumber === 'QDi.075' && m.score === 0.3));
  });

  it('screen() equals screenExhaustive() with near misses, down to the rounding of the floor', () => {
    const keyOf = (ms: { entityId: string; score: number }[]): string => ms.map((m) => `${m.entityId}@${m.score}`).sort().join(',');
    let nonEmpty = 0;
    for (const text of queries.filter((_, i) => i % 12 === 0)) {
      for (const minScore of [0.3, 0.5]) {
        const query = q({ name: text });
        const exhaustive = keyOf(engine.screenExhaustive(query, { limit: 1000, minScore }));
        assert.equal(keyOf(engine.screen(query, { limit: 1000, minScore })), exhaustive, `${text} (${minScore})`);
        if (exhaustive !== '') nonEmpty++;
      }
    }
    assert.ok(nonEmpty > 200, `${nonEmpty} non-empty`);
  });
});
