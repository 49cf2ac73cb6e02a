import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { emptyParty } from '../../src/lists/model.js';
import { figures } from '../../eval/harness/metrics.js';
import { withholdNames } from '../../eval/harness/withhold.js';
import { jaroWinkler } from '../../bench/jaro-winkler.js';
import { percentile } from '../../bench/stats.js';

test('withholding removes exactly the named names of the named party, and moves the caption', () => {
  const a = emptyParty('un', 'QDi.1', 'person');
  a.names = [
    { type: 'primary', full: 'ABU BAKR AL-BAGHDADI', quality: 'good' },
    { type: 'alias', full: 'Ibrahim Awwad', quality: 'good' },
    { type: 'original-script', full: 'أبو بكر البغدادي', quality: 'good' },
  ];
  a.caption = 'ABU BAKR AL-BAGHDADI';
  const b = emptyParty('un', 'QDi.2', 'person');
  b.names = [{ type: 'primary', full: 'Ibrahim Awwad', quality: 'good' }];
  const out = withholdNames([a, b], [{ ref: 'QDi.1', names: [' abu bakr al-baghdadi '] }]);
  assert.deepEqual(out[0]!.names.map((n) => n.full), ['Ibrahim Awwad', 'أبو بكر البغدادي']);
  assert.equal(out[0]!.caption, 'Ibrahim Awwad');
  assert.equal(out[1], b, 'other parties are shared, not copied');
  assert.equal(a.names.length, 3, 'the loaded list itself is not modified');
});

test('figures: recall, top-1, alert precision and false-alert rate at a threshold', () => {
  const items = [
    { id: '1', set: 's', script: 'latin', kind: 'person', expected: ['A'], matches: [{ ref: 'B', score: 0.9 }, { ref: 'A', score: 0.8 }] },
    { id: '2', set: 's', script: 'latin', kind: 'person', expected: ['C'], matches: [{ ref: 'C', score: 0.6 }] },
    { id: '3', set: 'n', script: 'latin', kind: 'person', expected: [], matches: [{ ref: 'D', score: 0.75 }] },
    { id: '4', set: 'n', script: 'latin', kind: 'person', expected: [], matches: [] },
  ];
  const f = figures(items, 0.7);
  assert.equal(f.recall, 0.5);
  assert.equal(f.top1, 0, 'item 1 found A but ranked B first');
  assert.equal(f.alerts, 3);
  assert.equal(f.precision, 1 / 3);
  assert.equal(f.falseAlertRate, 0.5);
  const low = figures(items, 0.5);
  assert.equal(low.recall, 1);
  assert.equal(low.top1, 0.5);
});

test('Jaro-Winkler matches the textbook values', () => {
  assert.ok(Math.abs(jaroWinkler('martha', 'marhta') - 0.9611) < 1e-4);
  assert.ok(Math.abs(jaroWinkler('dixon', 'dicksonx') - 0.8133) < 1e-4);
  assert.equal(jaroWinkler('abc', 'abc'), 1);
  assert.equal(jaroWinkler('abc', 'xyz'), 0);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50), 5);
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99), 10);
});
