import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NameIndex, TokenMatches } from '../../src/matching/index.js';
import { SimilarityMemo } from '../../src/matching/memo.js';
import { isIndexable, prepareName, tokenKeys, type PreparedToken } from '../../src/matching/prepared.js';
import { tokenSimilarity } from '../../src/matching/score.js';
import { distinctUnTokens, unEngine } from './helpers.js';

/** The index's parts this test reads (private in index.ts). */
interface Inside {
  vocab: PreparedToken[];
  vocabularySize: number;
  matches(t: PreparedToken): TokenMatches;
  similarEntries(t: PreparedToken, keys: readonly string[]): TokenMatches;
}

/**
 * Misspellings of listed tokens, as noisy queries write them: a letter dropped, two swapped, one
 * doubled. Their lists are computed when first met (no stored list holds them), so they carry costs.
 */
function misspelt(text: string): string[] {
  if (text.length < 4) return [];
  const m = text.length >> 1;
  return [text.slice(0, m) + text.slice(m + 1), text.slice(0, 1) + text.charAt(2) + text.charAt(1) + text.slice(3), text.slice(0, m) + text.charAt(m) + text.slice(m)];
}

describe('costs kept with a computed similarity list', () => {
  it('equal tokenSimilarity(q, entry).cost for every entry of every list, in the list order', async () => {
    const index = (await unEngine() as unknown as { index: NameIndex }).index as unknown as Inside;
    let pairs = 0;
    let fuzzy = 0;
    for (const listed of await distinctUnTokens(400)) {
      for (const text of [listed.text, ...misspelt(listed.text)]) {
        for (const t of prepareName(text, -1, 0, 'query', 'good').tokens) {
          if (t.role === 'initial' || !isIndexable(t)) continue;
          const m = index.similarEntries(t, tokenKeys(t));
          if (m.vocab.length === 0) continue;
          assert.ok(m.costs !== undefined && m.costs.length === m.vocab.length, `${text}: a cost per entry`);
          for (let k = 0; k < m.vocab.length; k++) {
            const entry = index.vocab[m.vocab[k] as number] as PreparedToken;
            assert.equal(m.costs[k], tokenSimilarity(t, entry).cost, `${text} ~ ${entry.text}`);
            pairs++;
            if ((m.costs[k] as number) > 0) fuzzy++;
          }
        }
      }
    }
    // Enough pairs, and enough of them fuzzy (cost above 0), for a shifted or unsorted cost to show.
    assert.ok(pairs > 5000 && fuzzy > 2000, `${pairs} pairs, ${fuzzy} fuzzy`);
  });

  it("a stored own-form list's costs, worked out on first use, equal tokenSimilarity(q, entry).cost", async () => {
    const index = (await unEngine() as unknown as { index: NameIndex }).index as unknown as Inside;
    const memo = new SimilarityMemo((t) => index.matches(t), index.vocabularySize);
    let pairs = 0;
    for (const listed of await distinctUnTokens(400)) {
      // A query token written as a listed one: its list is the stored one, which has no costs.
      for (const t of prepareName(listed.text, -1, 0, 'query', 'good').tokens) {
        const m = index.matches(t);
        // Only the stored lists (a form the analysis reads otherwise in a query gets a computed one).
        if (m.vocab.length === 0 || m.costs !== undefined) continue;
        memo.reset([t]);
        for (let k = 0; k < m.vocab.length; k++) {
          const entry = index.vocab[m.vocab[k] as number] as PreparedToken;
          // Twice: worked out, then remembered.
          for (let again = 0; again < 2; again++) assert.equal(memo.cost(0, entry), tokenSimilarity(t, entry).cost, `${t.text} ~ ${entry.text}`);
          pairs++;
        }
      }
    }
    assert.ok(pairs > 5000, `${pairs} pairs`);
  });
});
