import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skeleton, skeletonCodes, skeletonCodesRead } from '../../src/names/keys.js';
import { keyHash } from '../../src/matching/adjacent-key-filter.js';
import { skeletonKeyHash } from '../../src/matching/key-presence.js';
import { rng } from '../matching/helpers.js';

/** skeleton() as it was written on strings up to 1.9.0 (engine 1.9.0's keys), the reference. */
const CLASSES: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', w: 'W', y: 'Y', j: 'J', J: 'J', t: 'T', T: 'T', d: 'D', D: 'D', z: 'D', s: 'S', c: 'S', S: 'x', C: 'x',
  k: 'K', q: 'K', g: 'K', G: 'K', h: 'H', X: 'H', l: 'L', m: 'M', n: 'N', r: 'R',
};
function referenceSkeleton(folded: string): string {
  let s = '';
  let last = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    if ('aeiou'.includes(ch)) {
      last = '';
      continue;
    }
    const cls = CLASSES[ch] ?? ch;
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

/** Folded letters, a few others, and lone and paired surrogates (the merge reads code points). */
const UNITS = ['a', 'e', 'y', 'h', 'H', 'b', 'd', 'z', 'D', 's', 'S', 'k', 'X', 'm', '1', 'é', '\ud835', '\udc9c', '\ud835\udc9c'];

describe('skeleton by code units (keys.ts skeletonCodes)', () => {
  const next = rng(11);
  const forms = Array.from({ length: 20000 }, () => {
    let s = '';
    const n = Math.floor(next() * 10);
    for (let i = 0; i < n; i++) s += UNITS[Math.floor(next() * UNITS.length)];
    return s;
  });

  it('gives the reference skeleton of every form and of every slice', () => {
    for (const f of forms) {
      assert.equal(skeleton(f), referenceSkeleton(f), JSON.stringify(f));
      for (let a = 0; a <= f.length; a++) {
        for (let b = a; b <= f.length; b++) {
          const n = skeletonCodes(f, a, b);
          assert.equal(String.fromCharCode(...skeletonCodesRead().subarray(0, n)), referenceSkeleton(f.slice(a, b)), `${JSON.stringify(f)} ${a}..${b}`);
        }
      }
    }
  });

  it('hashes a slice\'s skeleton key as keyHash of the key spelt out', () => {
    for (const f of forms.slice(0, 3000)) {
      for (let cut = 0; cut <= f.length; cut++) {
        assert.equal(skeletonKeyHash(f, 0, cut), keyHash(`k:${skeleton(f.slice(0, cut))}`));
        assert.equal(skeletonKeyHash(f, cut, f.length), keyHash(`k:${skeleton(f.slice(cut))}`));
      }
    }
  });
});
