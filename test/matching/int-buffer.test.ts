import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IntBuffer } from '../../src/matching/int-buffer.js';

describe('IntBuffer (splitNames reuses one per index)', () => {
  it('keeps every value across growth past its capacity, in push order', () => {
    const buffer = new IntBuffer(2);
    for (let v = 0; v < 37; v++) buffer.push(v * 3 - 50);
    assert.equal(buffer.length, 37);
    assert.deepEqual([...buffer.copy()], Array.from({ length: 37 }, (_, v) => v * 3 - 50));
  });

  it('starts empty again after clear, and a copy does not change with later pushes', () => {
    const buffer = new IntBuffer(4);
    buffer.push(7);
    buffer.push(9);
    const kept = buffer.copy();
    buffer.clear();
    assert.equal(buffer.view().length, 0);
    buffer.push(1);
    assert.deepEqual([...kept], [7, 9]);
    assert.deepEqual([...buffer.view()], [1]);
  });
});
