import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../eval/lib/prng.js';
import { foldAnyText, foldText } from '../../src/monitoring/text.js';

describe('judging: remembered folds of non-ASCII text (text.ts)', () => {
  it('give the general path\'s answer on first sight, on repeats, and past the memory\'s bound', () => {
    const rng = new Rng('judge-fold');
    const parts = ['مساعدة', 'عائلية', 'maaş', 'Rançon', 'ﬁnance', 'DİYARBAKIR', 'الفدية', 'x', ' ', '-', '7'];
    const texts: string[] = [];
    for (let i = 0; i < 25_000; i++) {
      let s = rng.pick(parts.slice(0, 7));
      for (let k = rng.int(0, 4); k > 0; k--) s += rng.pick(parts);
      texts.push(`${s}${i}`);
    }
    // Distinct texts past the bound (the memory is emptied and refilled), then repeats of early ones.
    for (const s of texts) assert.equal(foldText(s), foldAnyText(s), s);
    for (let i = 0; i < 2000; i++) {
      const s = texts[rng.int(0, texts.length - 1)]!;
      assert.equal(foldText(s), foldAnyText(s), s);
    }
    assert.equal(foldText('مساعدة عائلية'), 'مساعده عايليه');
  });
});
