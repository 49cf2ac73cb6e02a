/**
 * Typing errors: two written spellings one slip of the fingers apart.
 *
 * A name copied by hand into a payment message or a form goes wrong in a few ways: the finger
 * lands on the key beside the right one (Patek -> Patdk), presses a neighbouring key as well
 * (Koryo -> Kortyo, Usama -> Usanma), or swaps two letters (Kifah -> Kfiah). Different names
 * differ in any letter; typing errors differ in a letter the keyboard puts next to the right one.
 * `keyboardSlip` recognises exactly one such slip between two lower-case written spellings, so
 * the scorer can charge it less than an unrelated consonant (weights.ts TOKEN.keyboardSlipCost).
 *
 * The layout is QWERTY, the keyboard Latin names are typed on. Neighbours come from the key
 * geometry (each row shifted right of the one above), not from a hand-written list: two keys
 * touch when they sit side by side in a row or in adjacent rows less than a key width apart.
 */

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Horizontal offset of each row, in key widths (the stagger of a standard keyboard). */
const ROW_OFFSET = [0, 0.25, 0.75];

const POSITION = new Map<string, { row: number; x: number }>();
ROWS.forEach((keys, row) => [...keys].forEach((k, col) => POSITION.set(k, { row, x: col + (ROW_OFFSET[row] as number) })));

/** True when keys a and b touch on a QWERTY keyboard (a key does not neighbour itself). */
export function keysTouch(a: string, b: string): boolean {
  const p = POSITION.get(a);
  const q = POSITION.get(b);
  if (p === undefined || q === undefined || a === b) return false;
  const dx = Math.abs(p.x - q.x);
  if (p.row === q.row) return dx === 1;
  return Math.abs(p.row - q.row) === 1 && dx < 1;
}

/**
 * True when `a` and `b` (lower-case written spellings) are one keyboard slip apart: one letter
 * replaced by a touching key, one extra letter that touches a letter beside it, or two adjacent
 * letters swapped, after the first letter. Symmetric. A plain missing letter is not a slip here: it is as likely to be a
 * different name (Hamd / Hamid) and the ordinary distance already prices it.
 */
export function keyboardSlip(a: string, b: string): boolean {
  // The first letter of a copied name is rarely the one mistyped (Pollock and Zamora's study of
  // spelling errors found it wrong in a few per cent of them), while different names often differ
  // there on neighbouring keys: Nasir / Basir, Vali / Bali.
  if (a === b || a[0] !== b[0]) return false;
  if (a.length === b.length) return substitutedOrSwapped(a, b);
  if (a.length === b.length + 1) return extraTouchingLetter(a, b);
  if (b.length === a.length + 1) return extraTouchingLetter(b, a);
  return false;
}

// Allocation-free: the scorer asks this for every pair of token forms its keys bring together.

/** a from `i` equals b from `j` to the end. */
function sameTail(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

function substitutedOrSwapped(a: string, b: string): boolean {
  let i = 0;
  while (a[i] === b[i]) i++;
  // One touching substitution: the rest equal.
  if (keysTouch(a[i] as string, b[i] as string) && sameTail(a, i + 1, b, i + 1)) return true;
  // One transposition of neighbouring letters.
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2);
}

/** `long` is `short` with one letter inserted, and that letter touches the letter before or after it. */
function extraTouchingLetter(long: string, short: string): boolean {
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (!sameTail(long, i + 1, short, i)) return false;
  const extra = long[i] as string;
  return keysTouch(extra, long[i - 1] ?? '') || keysTouch(extra, long[i + 1] ?? '');
}
