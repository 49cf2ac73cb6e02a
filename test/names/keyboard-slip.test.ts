/**
 * names/keyboard.ts: one keyboard slip (a touching key, a touching key pressed as well, two letters
 * swapped, never the first letter) between two written spellings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyboardSlip, keysTouch } from '../../src/names/keyboard.js';

describe('QWERTY neighbours from the key geometry', () => {
  it('gives s the six keys around it and nothing further away', () => {
    const around = [...'abcdefghijklmnopqrstuvwxyz'].filter((k) => keysTouch('s', k)).sort().join('');
    assert.equal(around, 'adewxz');
  });

  it('is symmetric and never lets a key touch itself', () => {
    for (const a of 'qwertyuiopasdfghjklzxcvbnm') {
      assert.equal(keysTouch(a, a), false);
      for (const b of 'qwertyuiopasdfghjklzxcvbnm') assert.equal(keysTouch(a, b), keysTouch(b, a), `${a}${b}`);
    }
    assert.equal(keysTouch('q', 'p'), false);
    assert.equal(keysTouch('n', 'b'), true);
  });
});

describe('keyboardSlip', () => {
  // Typed variants of real UN-listed names (eval noisy variants): Patek, Koryo, Kifah, Sayyaf, Usama.
  const slips: [string, string, string][] = [
    ['patdk', 'patek', 'e -> d, touching keys'],
    ['sayyar', 'sayyaf', 'f -> r, touching keys'],
    ['kortyo', 'koryo', 't pressed beside r and y'],
    ['usanma', 'usama', 'n pressed beside m'],
    ['kfiah', 'kifah', 'i and f swapped'],
  ];
  for (const [typed, listed, how] of slips) {
    it(`reads ${typed} as ${listed} with one slip (${how}), both ways round`, () => {
      assert.equal(keyboardSlip(typed, listed), true);
      assert.equal(keyboardSlip(listed, typed), true);
    });
  }

  it('refuses letters far apart on the keyboard, two slips, and the first letter', () => {
    assert.equal(keyboardSlip('hamid', 'hamed'), false, 'i and e do not touch');
    assert.equal(keyboardSlip('usaxma', 'usama'), false, 'x touches neither a nor m');
    assert.equal(keyboardSlip('kuddy', 'kurdi'), false, 'two changes');
    assert.equal(keyboardSlip('nasir', 'basir'), false, 'first letter: different names');
    assert.equal(keyboardSlip('patek', 'patek'), false, 'equal spellings are no slip');
  });
});
