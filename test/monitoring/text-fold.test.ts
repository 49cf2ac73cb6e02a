import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldAnyPlaceText, foldPlaceText } from '../../src/monitoring/reference/geo.js';
import { foldAnyText, foldAscii, foldText, keywordHits } from '../../src/monitoring/text.js';

/** Deterministic pseudo-random ASCII strings, weighted towards what separates words. */
function* asciiStrings(count: number): Generator<string> {
  let x = 12345;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pool = ' \t\n-_.,;:/|\'"()[]{}#&%+0123456789AZaz' + Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = Math.floor(next() * 24);
    for (let j = 0; j < n; j++) s += pool[Math.floor(next() * pool.length)];
    yield s;
  }
}

describe('folding ASCII text (text.ts foldAscii)', () => {
  it('gives what the general paths give, for every ASCII string tried', () => {
    const samples = ['INVOICE 512345 CEMENT', '  rent  ', 'Family-Support', 'Wien', 'Deir ez-Zor', '', ' ', 'a\u0000b', 'x\u007fy', 'TAL ABYAD  ', ...asciiStrings(20_000)];
    for (const s of samples) {
      assert.equal(foldText(s), foldAnyText(s), JSON.stringify(s));
      assert.equal(foldPlaceText(s), foldAnyPlaceText(s), JSON.stringify(s));
    }
  });

  it('leaves anything not ASCII to the general path', () => {
    for (const s of ['Rançon', 'Akçakale', 'ﬁnance', 'الفدية', 'DİYARBAKIR', 'x\u0080']) {
      assert.equal(foldAscii(s), undefined, s);
      assert.equal(foldText(s), foldAnyText(s));
    }
  });

  it('keyword needles follow a list edited in place', () => {
    const keywords = ['ransom', 'فدية'];
    assert.deepEqual(keywordHits(foldText('Ransom payment فديه'), keywords), ['ransom', 'فدية']);
    keywords[0] = 'hostage';
    assert.deepEqual(keywordHits(foldText('Ransom payment فديه'), keywords), ['فدية']);
    assert.deepEqual(keywordHits(foldText('hostages released'), keywords), ['hostage']);
    assert.deepEqual(keywordHits(foldText('a potage'), ['otage']), []);
  });
});
