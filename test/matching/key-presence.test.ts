import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KeyPresence } from '../../src/matching/key-presence.js';
import { joinedFormKeys } from '../../src/matching/score.js';
import { skeleton } from '../../src/names/keys.js';
import { rng } from './helpers.js';

/** Folded-alphabet letters (keys.ts), so the skeletons carry merges, dropped vowels and equal neighbours. */
const LETTERS = 'aeioubdfghjklmnpqrstwyzSCXGDTJc';

function randomForm(next: () => number): string {
  const n = 2 + Math.floor(next() * 12);
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS[Math.floor(next() * LETTERS.length)];
  return s;
}

describe('key presence (index joinedMatches pre-check)', () => {
  const next = rng(7);
  const forms = Array.from({ length: 3000 }, () => randomForm(next));
  // The index holds the keys of every other form, so about half the keys asked are held.
  const held = new Set<string>();
  forms.forEach((f, i) => {
    if (i % 2 === 0) for (const k of joinedFormKeys(f)) held.add(k);
  });
  const presence = KeyPresence.build(held, held.size);

  it('writes every held key of joinedFormKeys, in its order, and nothing that is not one of its keys', () => {
    const out: string[] = [];
    let refused = 0;
    let asked = 0;
    for (const f of forms) {
      const keys = joinedFormKeys(f);
      presence.joinedKeysMaybeHeld(skeleton(f), out);
      const written = [...new Set(out)];
      for (const k of written) assert.ok(keys.includes(k), `${k} is not a joined key of ${f}`);
      const expected = keys.filter((k) => held.has(k));
      assert.deepEqual(written.filter((k) => held.has(k)), expected, f);
      asked += keys.length;
      refused += keys.length - written.length;
    }
    // The filter must refuse most keys it is not given (else it saves nothing).
    const absent = forms.reduce((n, f) => n + joinedFormKeys(f).filter((k) => !held.has(k)).length, 0);
    assert.ok(refused > 0.8 * absent, `refused ${refused} of ${absent} absent keys (${asked} asked)`);
  });
});
