/**
 * keys.ts skeleton() since session 15 keeps its classes in a scratch array of char codes instead of
 * iterating and indexing the strings it built. It must give what the string version gave for every
 * input: that version is kept here as the reference and both are run over random folded-looking
 * tokens (vowels, y and h placed where they change the skeleton, the folded alphabet's capitals,
 * digits, letters past ASCII) and over tokens with UTF-16 surrogates, where the old merge read code
 * points (a lone high surrogate before a pair starting with the same unit was not merged).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skeleton } from '../../src/names/keys.js';

/** The skeleton as written up to session 14, over keys.ts's own classes (read through skeleton of one letter). */
function stringSkeleton(folded: string): string {
  let s = '';
  let last = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    const cls = classOf(ch);
    if (cls === 'vowel') {
      last = '';
      continue;
    }
    if (cls === 'Y' && i > 0) continue;
    if (cls === last) continue;
    s += cls;
    last = cls;
  }
  if (s.length > 1 && s.endsWith('H')) s = s.slice(0, -1);
  let merged = '';
  for (const ch of s) if (merged[merged.length - 1] !== ch) merged += ch;
  return merged;
}

/** A character's class: 'vowel', or the one character skeleton() gives it as the first letter of a token. */
function classOf(ch: string): string {
  const alone = skeleton(ch);
  if (alone === '') return 'vowel';
  // A lone h is its own skeleton (the final-h rule needs two classes), so its class shows here too.
  return alone;
}

const ALPHABET = 'aeiouybcdfghjklmnpqrstvwxzSCXGDTJHKYc0123456789ñžшخ';
const SURROGATES = ['\ud83d', '\ude00', '\ud83d\ude00', '\ud800', '\udfff', '\ud83d\ud83d\ude00'];

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('skeleton over char codes', () => {
  it('equals the string version on 50,000 random folded-looking tokens', () => {
    const next = random(11);
    let differ = 0;
    for (let k = 0; k < 50_000; k++) {
      let t = '';
      const n = 1 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) t += ALPHABET[Math.floor(next() * ALPHABET.length)];
      if (skeleton(t) !== stringSkeleton(t)) differ++;
    }
    assert.equal(differ, 0);
  });

  it('equals the string version on tokens with surrogates, lone or paired', () => {
    const next = random(5);
    const cases = ['\ud83d\ud83d\ude00', '\ud83da\ud83d\ude00', 'a\ud83d\ud83d\ude00b', '\ud83d\ude00\ud83d\ude00', 'h\ud83d\ude00h', 'bah\ud800ah'];
    for (let k = 0; k < 5_000; k++) {
      let t = '';
      const n = 1 + Math.floor(next() * 8);
      for (let i = 0; i < n; i++) t += next() < 0.4 ? (SURROGATES[Math.floor(next() * SURROGATES.length)] as string) : ALPHABET[Math.floor(next() * ALPHABET.length)];
      cases.push(t);
    }
    for (const t of cases) assert.equal(skeleton(t), stringSkeleton(t), JSON.stringify(t));
    // The case the string version's code-point merge keeps apart: a lone high surrogate, a vowel,
    // then a pair starting with the same unit (a merge over char codes would give two units).
    assert.equal(skeleton('\ud83da\ud83d\ude00'), '\ud83d\ud83d\ude00');
  });

  it('drops a final h before merging, as before (bahah keeps its h)', () => {
    assert.equal(skeleton('bahah'), 'BH');
    assert.equal(skeleton('haha'), 'H');
    assert.equal(skeleton('baghdadi'), stringSkeleton('baghdadi'));
  });
});
