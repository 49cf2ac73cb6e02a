/**
 * pair-check-answers.ts: the merged and split pairings' key checks kept across queries by the query
 * side's form must answer as score.ts cutHalfBits and queryJoinMatches do for every query that
 * brings the form back, whichever token or name object carries it, and after the store starts afresh.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PairCheckAnswers } from '../../src/matching/pair-check-answers.js';
import type { PreparedName, PreparedToken } from '../../src/matching/prepared.js';
import { cutHalfBits, mayCut, queryJoinMatches } from '../../src/matching/score.js';
import { q, unEngine, unParties } from './helpers.js';

interface EngineInternals {
  names: PreparedName[];
  index: { candidates(qn: PreparedName, needed: number): number[] };
}

describe('pair-check answers kept across queries', async () => {
  const engine = await unEngine();
  const internals = engine as unknown as EngineInternals;
  const parties = await unParties();
  // Each listed name twice as a query: as written, and with its first two tokens written together
  // and a letter changed, so forms come back in other names and token objects.
  const texts: string[] = [];
  for (const p of parties.slice(0, 60)) {
    const full = p.names[0]?.full ?? '';
    const words = full.split(/\s+/).filter((w) => w !== '');
    if (words.length < 2) continue;
    texts.push(full, `${words[0]}${words[1]} ${words.slice(2).join(' ')}`.trim(), words.reverse().join(' '));
  }

  it('answers every cut and join check as computed directly, with a store kept and one cleared every 50 answers', () => {
    const kept = new PairCheckAnswers();
    const cleared = new PairCheckAnswers(50);
    let cuts = 0;
    let cutHits = 0;
    let joins = 0;
    let joinHits = 0;
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        for (const qn of engine.prepareQuery(q({ name: text })).names) {
          for (const id of internals.index.candidates(qn, 0.4)) {
            for (const b of (internals.names[id] as PreparedName).tokens) {
              if (b.id < 0) continue;
              for (let i = 0; i < qn.tokens.length; i++) {
                const a = qn.tokens[i] as PreparedToken;
                if (mayCut(a)) {
                  for (const side of [0, 1] as const) {
                    const expected = cutHalfBits(a, b, side);
                    assert.equal(kept.cutBits(a, b, side), expected, `cut ${a.folded} | ${b.folded} side ${side}`);
                    assert.equal(cleared.cutBits(a, b, side), expected, `cut ${a.folded} | ${b.folded} side ${side}`);
                    cuts++;
                    if (expected !== 0) cutHits++;
                  }
                }
                if (i + 1 < qn.tokens.length) {
                  const expected = queryJoinMatches(qn, i, b);
                  assert.equal(kept.joinMatches(qn, i, b), expected, `join ${qn.full} @${i} | ${b.folded}`);
                  assert.equal(cleared.joinMatches(qn, i, b), expected, `join ${qn.full} @${i} | ${b.folded}`);
                  joins++;
                  if (expected) joinHits++;
                }
              }
            }
          }
        }
      }
    }
    // Both answers occur often enough for a wrong key (side or entry mixed up) to show.
    assert.ok(cuts > 10_000 && cutHits > 500, `${cuts} cut checks, ${cutHits} with bits`);
    assert.ok(joins > 10_000 && joinHits > 100, `${joins} join checks, ${joinHits} true`);
  });
});
