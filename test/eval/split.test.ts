/** The held-out split of the evaluation harness (eval/harness/split.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sideOf, thresholdFromTuneHalf } from '../../eval/harness/split.js';
import type { ScreenedItem } from '../../eval/harness/metrics.js';

const item = (id: string, expected: string[], set = 'noisy-variants', matches: { ref: string; score: number }[] = []): ScreenedItem => ({ id, set, script: 'latin', kind: 'person', expected, matches });

describe('sideOf', () => {
  it('puts every item of one party on the same side', () => {
    const sides = new Set(['a', 'b', 'c', 'd'].map((id) => sideOf(item(id, ['QDi.001']))));
    assert.equal(sides.size, 1);
  });

  it('splits parties roughly in half', () => {
    let tune = 0;
    for (let p = 0; p < 1000; p++) if (sideOf(item('x', [`P${p}`])) === 'tune') tune++;
    assert.ok(tune > 400 && tune < 600, `tune ${tune} of 1000`);
  });
});

describe('thresholdFromTuneHalf', () => {
  it('is the lowest threshold whose tune-half false-alert rate is within the limit', () => {
    // Negatives on the tune side only; one alerting at 0.6.
    const negatives: ScreenedItem[] = [];
    for (let k = 0; negatives.length < 10; k++) {
      const candidate = item(`n${k}`, [], 'negatives');
      if (sideOf(candidate) === 'tune') negatives.push(candidate);
    }
    (negatives[0] as ScreenedItem).matches = [{ ref: 'X', score: 0.6 }];
    assert.equal(thresholdFromTuneHalf(negatives, [0.5, 0.6, 0.65, 0.7], 0), 0.65);
    assert.equal(thresholdFromTuneHalf(negatives, [0.5, 0.6], 0.1), 0.5);
    assert.equal(thresholdFromTuneHalf(negatives, [0.5, 0.6], 0), undefined);
  });
});
