/**
 * unit-marks.ts NameMarks: one word per listed name holding candidates()' admission stamp, the unit
 * bits of the call and a fixed has-initials flag. Each field must read back as set in the current
 * call, as clear after the next begin(), and the flag must survive every call and the stamps'
 * wrap-around; a word left from before the wrap must not read as current.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NameMarks } from '../../src/matching/unit-marks.js';

/** Six names; names 1 and 4 carry initials. */
function marksOfSix(): NameMarks {
  return new NameMarks(Uint8Array.from([0, 2, 0, 0, 1, 0]));
}

describe('NameMarks', () => {
  it('flags exactly the names with initials, before and after calls', () => {
    const marks = marksOfSix();
    const flagged = (): number[] => [0, 1, 2, 3, 4, 5].filter((id) => marks.hasInitials(id));
    assert.deepEqual(flagged(), [1, 4]);
    for (let call = 0; call < 3; call++) {
      marks.begin();
      marks.markAll(Int32Array.from([0, 1, 2, 3, 4, 5]), 0x80);
      for (let id = 0; id < 6; id++) marks.admit(id);
      assert.deepEqual(flagged(), [1, 4]);
    }
  });

  it('keeps the unit bits of the call, per name, and admission apart from them', () => {
    const marks = marksOfSix();
    marks.begin();
    // Entry 0 is carried by names 0 and 2, entry 1 by names 2 and 4.
    const postings = [Int32Array.from([0, 2]), Int32Array.from([2, 4])];
    marks.markEntries(Int32Array.from([0, 1]), postings, 0b10);
    marks.markAll(Int32Array.from([4, 5]), 0b100);
    marks.admit(2);
    marks.admit(3);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((id) => marks.of(id)), [0b10, 0, 0b10, 0, 0b110, 0b100]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((id) => marks.admitted(id)), [false, false, true, true, false, false]);
    // Marking an admitted name keeps it admitted.
    marks.markAll(Int32Array.from([3]), 0b1);
    assert.equal(marks.admitted(3), true);
    assert.equal(marks.of(3), 0b1);
  });

  it('reads every name as unmarked and not admitted in the next call', () => {
    const marks = marksOfSix();
    marks.begin();
    marks.markAll(Int32Array.from([0, 1, 4]), 0b1000);
    marks.admit(1);
    marks.admit(5);
    marks.begin();
    for (let id = 0; id < 6; id++) {
      assert.equal(marks.of(id), 0, `units of ${id}`);
      assert.equal(marks.admitted(id), false, `admission of ${id}`);
    }
    // A new mark starts from no units, not from the last call's.
    marks.markAll(Int32Array.from([0]), 0b1);
    assert.equal(marks.of(0), 0b1);
  });

  it('clears the stamps when they wrap around, so a word from before never reads as current', () => {
    const marks = marksOfSix();
    marks.begin();
    marks.admit(0);
    marks.markAll(Int32Array.from([1]), 0b1);
    const first = marks.stampBits;
    // Run calls until the stamp comes back to the first call's value.
    let calls = 0;
    do {
      marks.begin();
      calls++;
    } while (marks.stampBits !== first && calls < 1 << 23);
    assert.equal(marks.stampBits, first, 'the stamp came back round');
    assert.equal(marks.admitted(0), false);
    assert.equal(marks.of(1), 0);
    assert.equal(marks.hasInitials(1), true);
    assert.equal(marks.hasInitials(0), false);
    for (const w of marks.words) assert.ok(w >= 0, 'no word sets the sign bit');
  });
});
