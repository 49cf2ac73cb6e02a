/**
 * What the distance and bound tests share (distance-bounds, distance-band, pairing-bound,
 * layered-pairing-bound, presence-bound, cold-joined-floor): the alphabets they draw letters from,
 * the script combinations every pair is read under, random edits of a form, and the full table as
 * the reference. Each test keeps its own seed and draws in its own order, so it checks the very
 * pairs it checked when it had its own copy of these.
 */
import { letterCountBound, pairingBound, tableDistance } from '../../src/matching/distance.js';
import { cliffBudget } from '../../src/matching/score.js';

/** The folded alphabet, in the order of its letter-mask bits (distance.ts letterMask). */
export const FOLDED_LETTERS = 'aeiouhwybpdtkqgsSCXDTJjzcfmnlrGv';
export const WRITTEN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Every combination of (first form Arabic-script, second form Arabic-script). */
export const SCRIPTS = [[false, false], [true, false], [false, true], [true, true]] as const;

/** A letter of `letters` drawn from `next`. */
export function randomLetter(next: () => number, letters: string): string {
  return letters[Math.floor(next() * letters.length)] as string;
}

/**
 * One edit of `s` at a random place: kind 0 substitutes a letter, 1 inserts one, 2 deletes one, 3
 * swaps two neighbours (at the last place it appends a letter); `kinds` 3 leaves the swap out. The
 * place is drawn first, then the kind; `letter` is asked only by an edit that writes a letter.
 */
export function randomEdit(s: string, next: () => number, letter: () => string, kinds: 3 | 4 = 4): string {
  const i = Math.floor(next() * Math.max(1, s.length));
  switch (Math.floor(next() * kinds)) {
    case 0: return s.slice(0, i) + letter() + s.slice(i + 1);
    case 1: return s.slice(0, i) + letter() + s.slice(i);
    case 2: return s.slice(0, i) + s.slice(i + 1);
    default: return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s + letter();
  }
}

/** randomEdit with its letter drawn first, before the place, whether the edit writes it or not. */
export function randomEditLetterFirst(s: string, next: () => number, letters: string, kinds: 3 | 4 = 4): string {
  const letter = randomLetter(next, letters);
  return randomEdit(s, next, () => letter, kinds);
}

/** `edit` applied once, twice and three times to `s`, each time starting again from `s`. */
export function oneToThreeEdits(s: string, edit: (w: string) => string): string[] {
  const out: string[] = [];
  for (let times = 1; times <= 3; times++) {
    let w = s;
    for (let k = 0; k < times; k++) w = edit(w);
    out.push(w);
  }
  return out;
}

/**
 * The reference for a pair: the full table's distance (no limit, so it never stops early), the
 * cliff of the longer form, and what a reading limited by the cliff must give (the distance within
 * it, else Infinity).
 */
export function cliffReference(a: string, b: string, aAbjad: boolean, bAbjad: boolean): { full: number; maxCost: number; want: number } {
  const full = tableDistance(a, b, aAbjad, bAbjad, Infinity);
  const maxCost = cliffBudget(Math.max(a.length, b.length));
  return { full, maxCost, want: full <= maxCost ? full : Infinity };
}

/** The string-read surplus-pairing bound: pairingBound reads the surplus letters letterCountBound leaves, so the two are always called as a pair. */
export function surplusPairingBound(a: string, b: string, aAbjad: boolean, bAbjad: boolean): number {
  letterCountBound(a, b, aAbjad, bAbjad);
  return pairingBound(a.length, b.length, aAbjad, bAbjad);
}
