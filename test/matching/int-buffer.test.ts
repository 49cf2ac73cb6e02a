import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FloatBuffer, IntBuffer } from '../../src/matching/int-buffer.js';

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

describe('FloatBuffer (engine.ts search sorts its packed codes in one)', () => {
  it('keeps integers past 32 bits across growth, and its view sorts as the comparator sort of the same numbers', () => {
    const buffer = new FloatBuffer(2);
    const values: number[] = [];
    let x = 12345;
    for (let i = 0; i < 300; i++) {
      // Codes as search packs them at a million names: up to ~1e12, distinct.
      x = (x * 48271) % 2147483647;
      const v = (x % 1000000) * 1000000 + i;
      values.push(v);
      buffer.push(v);
    }
    assert.equal(buffer.length, 300);
    assert.deepEqual([...buffer.view()], values);
    assert.deepEqual([...buffer.view().sort()], [...values].sort((a, b) => a - b));
    assert.ok(values.some((v) => v > 2 ** 32));
  });

  it('starts empty again after clear', () => {
    const buffer = new FloatBuffer(4);
    buffer.push(2 ** 40);
    buffer.clear();
    assert.equal(buffer.view().length, 0);
    buffer.push(3);
    assert.deepEqual([...buffer.view()], [3]);
  });
});
