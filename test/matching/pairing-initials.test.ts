/**
 * retrieval-plan.ts PairingInitials (session 15): the vocabulary's initial entries a query's tokens
 * pair with, found by letter. It must give exactly the entries, in the same order, that the plan
 * found before by testing every initial entry against the set of the query tokens' initials and
 * folded forms: checked on the bench mix's query names, on query names holding initials and
 * one-letter tokens, and on random sets of listed tokens.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PairingInitials, queryLetters } from '../../src/matching/retrieval-plan.js';
import type { PreparedName, PreparedToken } from '../../src/matching/prepared.js';
import { parseQuery } from '../../src/matching/query.js';
import { benchQueries } from '../../bench/queries.js';
import { unEngine, unParties } from './helpers.js';

interface Inner {
  index: { initialVocab: Int32Array; vocab: readonly PreparedToken[] };
  names: PreparedName[];
}

/** The plan's pairing initials as computed up to session 14. */
function bySet(tokens: readonly PreparedToken[], initialVocab: Int32Array, vocab: readonly PreparedToken[]): number[] {
  const letters = queryLetters(tokens);
  const out: number[] = [];
  for (const v of initialVocab) {
    const t = vocab[v] as PreparedToken;
    if (letters.has(t.initial) || letters.has(t.folded)) out.push(v);
  }
  return out;
}

describe('PairingInitials', async () => {
  const engine = await unEngine();
  const inner = engine as unknown as Inner;
  const { initialVocab, vocab } = inner.index;
  const pairing = new PairingInitials(initialVocab, vocab);
  const parties = await unParties();

  it('finds the entries the letter set found, in order, for bench and initial-heavy query names', () => {
    const texts = benchQueries(parties, 2000, 'pairing-initials').map((b) => b.name);
    texts.push('A. B. Khan', 'K. S. M. Ali', 'x y z', 'I. Ivanov', 'Yusuf K.', 'V. W. Ks', 'C Kay', 'H. Y. Kim');
    let nonEmpty = 0;
    for (const text of texts) {
      for (const qn of engine.prepareQuery(parseQuery({ schema: 'Person', name: text })).names) {
        const got = pairing.pairingWith(qn.tokens);
        assert.deepEqual(got, bySet(qn.tokens, initialVocab, vocab), text);
        if (got.length > 0) nonEmpty++;
      }
    }
    assert.ok(nonEmpty > 1000, `${nonEmpty} names pair with some initial entry`);
  });

  it('finds them for random sets of listed tokens (initials among them)', () => {
    let seed = 3;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      const tokens = Array.from({ length: 1 + rand(5) }, () => {
        const name = inner.names[rand(inner.names.length)] as PreparedName;
        return name.tokens[rand(name.tokens.length)] as PreparedToken;
      });
      assert.deepEqual(pairing.pairingWith(tokens), bySet(tokens, initialVocab, vocab));
    }
  });
});
