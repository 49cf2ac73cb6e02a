import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareName } from '../../src/matching/prepared.js';
import { formSimilarity, formSimilarityAtLeast, joinedFold } from '../../src/matching/score.js';
import { TOKEN } from '../../src/matching/weights.js';
import { oneToThreeEdits, randomEditLetterFirst } from './distance-fixtures.js';
import { rng, unParties } from './helpers.js';

/** The folded alphabet without its last letter (v): the letters these pairs were first drawn from. */
const LETTERS = 'aeiouhwybpdtkqgsSCXDTJjzcfmnlrG';

describe('formSimilarityAtLeast: what joinedMatches keeps, as formSimilarity gives it', async () => {
  // Joined spellings of adjacent listed tokens (what joinedMatches compares) against listed forms
  // and one to three edits of them: near pairs, far pairs and pairs on both sides of the floor.
  const joined: string[] = [];
  const forms: string[] = [];
  for (const p of (await unParties()).slice(0, 800)) {
    for (const n of p.names) {
      const tokens = prepareName(n.full, 0, 0, 'primary', 'good').tokens;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        forms.push(t.folded);
        if (i + 1 < tokens.length) joined.push(joinedFold(t, tokens[i + 1]!));
      }
    }
  }
  const next = rng(20261128);
  // Substitutions, insertions and deletions only.
  const edit = (s: string): string => randomEditLetterFirst(s, next, LETTERS, 3);

  it('equals formSimilarity from the floor up and stays below the floor elsewhere, over real pairs', () => {
    let kept = 0;
    let below = 0;
    for (let x = 0; x < joined.length; x++) {
      const a = joined[x] as string;
      const others = [a, ...oneToThreeEdits(a, edit), forms[Math.floor(next() * forms.length)] as string, joined[(x + 1) % joined.length] as string];
      for (const b of others) {
        for (const [aAbjad, bAbjad] of [[false, false], [true, false], [false, true], [next() < 0.5, true]] as const) {
          for (const least of [TOKEN.mergeMinSimilarity, 0.5]) {
            const full = formSimilarity(a, aAbjad, b, bAbjad).similarity;
            const s = formSimilarityAtLeast(a, aAbjad, b, bAbjad, least);
            if (full >= least) {
              assert.equal(s, full, `${a}/${b} ${aAbjad}/${bAbjad}: ${s} against ${full}`);
              kept++;
            } else {
              assert.ok(s < least, `${a}/${b} ${aAbjad}/${bAbjad}: ${s} not below ${least} (formSimilarity ${full})`);
              below++;
            }
          }
        }
      }
    }
    // Both sides of the floor were exercised.
    assert.ok(kept > 1000 && below > 1000, `kept ${kept}, below ${below}`);
  });
});
